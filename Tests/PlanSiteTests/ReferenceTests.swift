import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// Every form of DESIGN's reference table, resolved by `ReferenceResolver` on a small site
/// with two regions and three documents, and the ways a reference can fail.
@Suite struct ReferenceTests {
    static let files: [String: String] = [
        "content/site.yaml": "titel: Testsite\nbasis-url: https://test.example/\n",
        "content/hervormingsagenda/hervormingsagenda.yaml": """
            themas:
              - id: "1"
                titel: Jeugdhulp dichtbij
                maatregelen:
                  - id: "1.1"
                    titel: Eerste maatregel
                  - id: "1.2"
                    titel: Tweede maatregel
                  - id: "1.3"
                    titel: Ouderschap versterken
            """,
        "content/regio-a/regio.yaml": "naam: Regio A\ngemeenten: [Aadorp, Bedorp]\n",
        "content/regio-a/overlegvormen.yaml": """
            gremia:
              - id: rpo-zorg
                naam: Regionaal Portefeuillehoudersoverleg Zorg
                afkorting: RPO Zorg
              - id: werkgroep
                naam: Werkgroep Dichtbij
            """,
        "content/regio-a/begrippen.yaml": """
            begrippen:
              - id: ret
                term: Regionaal expertteam
                afkorting: RET
              - id: gi
                term: Gecertificeerde instelling
            """,
        "content/regio-a/plan-2024/document.yaml": "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\n",
        "content/regio-a/plan-2024/01-inleiding.md": """
            ---
            titel: Inleiding
            nummer: "1"
            ---

            Zie [](actielijn:4.1).

            ## Leeswijzer

            Tekst.
            """,
        "content/regio-a/plan-2024/02-ambitie.md": """
            ---
            titel: Ambitie
            nummer: "2"
            ---

            ## 2.3 Terugblik {#terugblik}

            Tekst.
            """,
        "content/regio-a/plan-2024/03-opgaven.md": """
            ---
            titel: Overige opgaven
            nummer: "3"
            ---

            ## Eén {#opgave:1}

            ### Eerste actielijn {#actielijn:1.1}

            ## Twee {#opgave:2}

            ## Drie {#opgave:3}
            """,
        "content/regio-a/plan-2024/04-opgave-4.md": """
            ---
            titel: Kwetsbare gezinnen
            nummer: "4"
            id: opgave:4
            ---

            ### Het ontlasten van kwetsbare gezinnen {#actielijn:4.1}

            Tekst.
            """,
        "content/regio-a/plan-2024/bijlagen/01-begrippenlijst.md": "---\ntitel: Begrippenlijst\nnummer: \"Bijlage 1\"\n---\n\nTekst.\n",
        "content/regio-a/plan-2024/hervormingsagenda.yaml": "maatregelen:\n  \"1.3\":\n    bijdragen:\n      4: geheel\n",
        "content/regio-a/visie-2023/document.yaml": "titel: Visie 2023\nsoort: regiovisie\nniveaus: [Opgave]\n",
        "content/regio-a/visie-2023/01-visie.md": "---\ntitel: Visie\nnummer: \"1\"\n---\n\n## Visie {#opgave:1}\n\n## Uitvoering {#opgave:2}\n",
        "content/regio-b/regio.yaml": "naam: Regio B\ngemeenten: [Cedorp]\n",
        "content/regio-b/regiovisie-2023/document.yaml": "titel: Regiovisie 2023\nsoort: regiovisie\nniveaus: [Opgave]\n",
        "content/regio-b/regiovisie-2023/01-visie.md": "---\ntitel: Visie\nnummer: \"1\"\n---\n\n## Zorg {#opgave:1}\n\n## Veilig opgroeien {#opgave:2}\n",
    ]

    struct Fixture {
        var site: Site
        var diagnostics: [Diagnostic]
        var resolver: ReferenceResolver { ReferenceResolver(site: site) }

        func context(_ path: String) throws -> ReferenceContext {
            let address = try #require(site.symbols.pagesByPath[path])
            return ReferenceContext(region: address.region, document: address.document, page: address.page)
        }

        func regionContext(_ slug: String) throws -> ReferenceContext {
            let region = try #require(site.symbols.regions[slug])
            return ReferenceContext(region: region)
        }

        func target(_ destination: String, from context: ReferenceContext) -> ResolvedTarget? {
            if case .target(let t) = resolver.resolve(destination, from: context) { return t }
            return nil
        }

        func problem(_ destination: String, from context: ReferenceContext) -> ReferenceProblem? {
            if case .problem(let p) = resolver.resolve(destination, from: context) { return p }
            return nil
        }

        /// From the first chapter of plan-2024.
        func target(_ destination: String) throws -> ResolvedTarget? {
            target(destination, from: try context("regio-a/plan-2024/01-inleiding.md"))
        }

        func problem(_ destination: String) throws -> ReferenceProblem? {
            problem(destination, from: try context("regio-a/plan-2024/01-inleiding.md"))
        }
    }

    static func fixture() throws -> Fixture {
        let (outcome, root) = try TestSupport.check(files)
        defer { try? FileManager.default.removeItem(at: root) }
        return Fixture(site: try #require(outcome.site), diagnostics: outcome.diagnostics)
    }

    @Test func fixtureHasNoErrorsOrWarnings() throws {
        let fixture = try Self.fixture()
        #expect(fixture.diagnostics.filter { $0.severity != .info }.map(\.code) == [])
        #expect(fixture.site.regions.map(\.slug) == ["regio-a", "regio-b"])
    }

    // MARK: - Every form of the table

    @Test func entityOfThisDocument() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.target("actielijn:4.1") == ResolvedTarget(
            url: "regio-a/plan-2024/actielijn-4-1/", fragment: nil,
            label: "Actielijn 4.1 Het ontlasten van kwetsbare gezinnen", key: "entiteit:regio-a/plan-2024/actielijn:4.1"))
        #expect(try fixture.target("opgave:4") == ResolvedTarget(
            url: "regio-a/plan-2024/opgave-4/", fragment: nil, label: "Opgave 4 Kwetsbare gezinnen", key: "entiteit:regio-a/plan-2024/opgave:4"))
    }

    @Test func emptyLinkTextIsFilledWithTheEntityTitle() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(Self.files, into: root)
        let site = root.appendingPathComponent("site")
        let outcome = SiteBuild(options: .init(content: root.appendingPathComponent("content").path, output: site.path)).build()
        #expect(outcome.writeError == nil && outcome.pageCount > 0)
        let html = try TestSupport.read(site.appendingPathComponent("regio-a/plan-2024/inleiding/index.html"))
        #expect(html.contains(">Actielijn 4.1 Het ontlasten van kwetsbare gezinnen</a>"))
        #expect(html.contains("href=\"../actielijn-4-1/\""))
    }

    @Test func entityOfAnotherDocumentOfTheRegion() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.target("opgave:2@visie-2023") == ResolvedTarget(
            url: "regio-a/visie-2023/opgave-2/", fragment: nil, label: "Opgave 2 Uitvoering", key: "entiteit:regio-a/visie-2023/opgave:2"))
    }

    @Test func entityOfAnotherRegionsDocument() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.target("opgave:2@regio-b/regiovisie-2023") == ResolvedTarget(
            url: "regio-b/regiovisie-2023/opgave-2/", fragment: nil, label: "Opgave 2 Veilig opgroeien", key: "entiteit:regio-b/regiovisie-2023/opgave:2"))
    }

    @Test func nationalMaatregelAndThema() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.target("maatregel:1.3") == ResolvedTarget(
            url: "hervormingsagenda/maatregel-1-3/", fragment: nil, label: "Maatregel 1.3 Ouderschap versterken", key: "landelijk:maatregel:1.3"))
        #expect(try fixture.target("ha-thema:1") == ResolvedTarget(
            url: "hervormingsagenda/thema-1/", fragment: nil, label: "Thema 1 Jeugdhulp dichtbij", key: "landelijk:ha-thema:1"))
    }

    @Test func documentsAnswerToAMaatregel() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.target("maatregel:1.3@plan-2024") == ResolvedTarget(
            url: "regio-a/plan-2024/hervormingsagenda/", fragment: "maatregel-1-3",
            label: "Maatregel 1.3 Ouderschap versterken", key: "antwoord:regio-a/plan-2024/maatregel:1.3"))
        #expect(try fixture.target("ha-thema:1@regio-a/plan-2024")?.fragment == "thema-1")
        #expect(try fixture.problem("maatregel:1.3@visie-2023")?.code == .refUnknownTarget)
        #expect(try fixture.problem("maatregel:1.3@visie-2023")?.message == "visie-2023 heeft geen hervormingsagenda.yaml")
    }

    @Test func gremiumAndBegrip() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.target("gremium:rpo-zorg") == ResolvedTarget(
            url: "regio-a/overlegvormen/rpo-zorg/", fragment: nil, label: "RPO Zorg", key: "gremium:regio-a/rpo-zorg"))
        #expect(try fixture.target("gremium:werkgroep")?.label == "Werkgroep Dichtbij")
        #expect(try fixture.target("begrip:ret") == ResolvedTarget(
            url: "regio-a/begrippen/", fragment: "begrip-ret", label: "RET", key: "begrip:regio-a/ret"))
        #expect(try fixture.target("begrip:gi")?.label == "Gecertificeerde instelling")
    }

    @Test func bijlageAndHoofdstukByNummer() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.target("bijlage:1") == ResolvedTarget(
            url: "regio-a/plan-2024/begrippenlijst/", fragment: nil, label: "Bijlage 1 Begrippenlijst", key: "pagina:regio-a/plan-2024/begrippenlijst/"))
        #expect(try fixture.target("hoofdstuk:3") == ResolvedTarget(
            url: "regio-a/plan-2024/opgaven/", fragment: nil, label: "3 Overige opgaven", key: "pagina:regio-a/plan-2024/opgaven/"))
        #expect(try fixture.target("hoofdstuk:2#terugblik") == ResolvedTarget(
            url: "regio-a/plan-2024/ambitie/", fragment: "terugblik", label: "2.3 Terugblik", key: "pagina:regio-a/plan-2024/ambitie/#terugblik"))
        // An entity page is also a numbered chapter.
        #expect(try fixture.target("hoofdstuk:4")?.url == "regio-a/plan-2024/opgave-4/")
    }

    @Test func relativeLinkWithAnchor() throws {
        let fixture = try Self.fixture()
        let expected = ResolvedTarget(url: "regio-a/plan-2024/ambitie/", fragment: "terugblik", label: "2.3 Terugblik",
                                      key: "pagina:regio-a/plan-2024/ambitie/#terugblik")
        #expect(try fixture.target("02-ambitie.md#terugblik") == expected)
        #expect(try fixture.target("./02-ambitie.md#terugblik") == expected)
        #expect(fixture.target("../02-ambitie.md#terugblik", from: try fixture.context("regio-a/plan-2024/bijlagen/01-begrippenlijst.md")) == expected)
        #expect(try fixture.target("02-ambitie.md") == ResolvedTarget(
            url: "regio-a/plan-2024/ambitie/", fragment: nil, label: "2 Ambitie", key: "pagina:regio-a/plan-2024/ambitie/"))
        #expect(try fixture.target("../visie-2023/01-visie.md")?.url == "regio-a/visie-2023/visie/")
        #expect(try fixture.target("../../regio-b/regiovisie-2023/01-visie.md#veilig-opgroeien") == nil)
        #expect(try fixture.target("../../regio-b/regiovisie-2023/01-visie.md#opgave-2")?.url == "regio-b/regiovisie-2023/visie/")
    }

    @Test func inPageAnchor() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.target("#leeswijzer") == ResolvedTarget(
            url: "regio-a/plan-2024/inleiding/", fragment: "leeswijzer", label: "Leeswijzer", key: "pagina:regio-a/plan-2024/inleiding/#leeswijzer"))
    }

    @Test func externalLinksAreLeftAlone() throws {
        let fixture = try Self.fixture()
        let context = try fixture.context("regio-a/plan-2024/01-inleiding.md")
        for destination in ["https://example.org/x", "http://example.org", "mailto:info@example.org", "//cdn.example.org/x"] {
            guard case .external = fixture.resolver.resolve(destination, from: context) else {
                Issue.record("\(destination) was not external")
                continue
            }
        }
    }

    @Test func bareFormFromRegionYAMLFindsTheOnlyDocument() throws {
        let fixture = try Self.fixture()
        #expect(fixture.target("actielijn:4.1", from: try fixture.regionContext("regio-a"))?.url == "regio-a/plan-2024/actielijn-4-1/")
    }

    // MARK: - Failures

    @Test func unknownTargetWithNearestHint() throws {
        let fixture = try Self.fixture()
        let p = try #require(try fixture.problem("actielijn:4.4"))
        #expect(p.code == .refUnknownTarget)
        #expect(p.message == "actielijn 4.4 bestaat niet in plan-2024")
        #expect(p.hint == "bedoelde je 4.1 of 1.1?")
        let h = try #require(try fixture.problem("hoofdstuk:9"))
        #expect(h.code == .refUnknownTarget)
        #expect(h.message == "hoofdstuk 9 bestaat niet in plan-2024")
        #expect(h.hint == "bedoelde je `hoofdstuk:4`, `hoofdstuk:3` of `hoofdstuk:2`?")
        let m = try #require(try fixture.problem("maatregel:1.9"))
        #expect(m.code == .refUnknownTarget)
        #expect(m.message == "maatregel 1.9 bestaat niet in de Hervormingsagenda")
        #expect(m.hint == "bedoelde je `maatregel:1.3`, `maatregel:1.2` of `maatregel:1.1`?")
        let b = try #require(try fixture.problem("begrip:rte"))
        #expect(b.code == .refUnknownTarget)
        #expect(b.message == "begrip `rte` bestaat niet in regio-a/begrippen.yaml")
        #expect(b.hint == "bedoelde je `ret`?")
    }

    @Test func unknownGremium() throws {
        let fixture = try Self.fixture()
        let p = try #require(try fixture.problem("gremium:rpo-zrg"))
        #expect(p.code == .grUnknownGremium)
        #expect(p.message == "gremium `rpo-zrg` bestaat niet in regio-a/overlegvormen.yaml")
        #expect(p.hint == "bedoelde je `rpo-zorg`?")
    }

    @Test func unknownKind() throws {
        let fixture = try Self.fixture()
        let p = try #require(try fixture.problem("opgve:1"))
        #expect(p.code == .refUnknownKind)
        #expect(p.message == "`opgve:` is geen soort verwijzing die plan-2024 kent")
        #expect(p.hint == "bedoelde je `opgave:`?")
        // A kind of another document is unknown here.
        #expect(fixture.problem("actielijn:1.1", from: try fixture.context("regio-a/visie-2023/01-visie.md"))?.code == .refUnknownKind)
    }

    @Test func missingFile() throws {
        let fixture = try Self.fixture()
        let p = try #require(try fixture.problem("02-ambtie.md"))
        #expect(p.code == .refMissingFile)
        #expect(p.message == "het bestand `02-ambtie.md` bestaat niet")
        #expect(p.hint == "bedoelde je `02-ambitie.md`?")
        #expect(try fixture.problem("../../x.md")?.code == .refMissingFile)
        #expect(try fixture.problem("kaart.png")?.code == .refMissingFile)
    }

    @Test func missingAnchor() throws {
        let fixture = try Self.fixture()
        let p = try #require(try fixture.problem("02-ambitie.md#terugblk"))
        #expect(p.code == .refMissingAnchor)
        #expect(p.message == "de pagina `02-ambitie.md` heeft geen anker `#terugblk`")
        #expect(p.hint == "bedoelde je `terugblik`?")
        let inPage = try #require(try fixture.problem("#nergens"))
        #expect(inPage.code == .refMissingAnchor)
        #expect(inPage.message == "de pagina `01-inleiding.md` heeft geen anker `#nergens`")
        #expect(inPage.hint == nil)
        #expect(try fixture.problem("hoofdstuk:2#terugblk")?.code == .refMissingAnchor)
    }

    @Test func ambiguousBareReferenceFromRegionYAML() throws {
        let fixture = try Self.fixture()
        let p = try #require(fixture.problem("opgave:1", from: try fixture.regionContext("regio-a")))
        #expect(p.code == .refAmbiguous)
        #expect(p.message == "`opgave:1` bestaat in meer dan één document van de regio")
        #expect(p.hint == "schrijf `opgave:1@plan-2024` of `opgave:1@visie-2023`")
        // In another region the same bare form is unique.
        #expect(fixture.target("opgave:1", from: try fixture.regionContext("regio-b"))?.url == "regio-b/regiovisie-2023/opgave-1/")
        let none = try #require(fixture.problem("opgave:9", from: try fixture.regionContext("regio-a")))
        #expect(none.code == .refUnknownTarget)
        #expect(none.message == "`opgave:9` bestaat in geen enkel document van de regio")
    }

    @Test func linkOutOfTheContentFolder() throws {
        let fixture = try Self.fixture()
        let p = try #require(try fixture.problem("../../../x.md"))
        #expect(p.code == .refOutsideContent)
        #expect(p.message == "de link `../../../x.md` wijst buiten de inhoudsmap")
        #expect(p.hint == "het pad begint in `regio-a/plan-2024/`: `../` is `regio-a/`, `../../` is de inhoudsmap; hoger kan niet")
    }

    @Test func absolutePath() throws {
        let fixture = try Self.fixture()
        let p = try #require(try fixture.problem("/etc/passwd"))
        #expect(p.code == .refOutsideContent)
        #expect(p.message == "`/etc/passwd` is een absoluut pad; een link noemt een Markdown-bestand (`.md`) of een afbeelding, met het pad vanaf het bestand waarin de link staat, of een verwijzing (`soort:id`)")
        // The example in the hint is a real page of the document, written from here.
        #expect(p.hint == "schrijf het pad vanaf dit bestand, zoals `02-ambitie.md`")
        #expect(try fixture.target("02-ambitie.md")?.url == "regio-a/plan-2024/ambitie/")
    }

    @Test func unknownDocument() throws {
        let fixture = try Self.fixture()
        let p = try #require(try fixture.problem("opgave:1@plan-2099"))
        #expect(p.code == .refUnknownDocument)
        #expect(p.message == "het document `plan-2099` bestaat niet")
        #expect(p.hint == "bedoelde je `plan-2024`?")
        let other = try #require(try fixture.problem("opgave:1@regio-c/plan"))
        #expect(other.code == .refUnknownDocument)
        #expect(other.message == "het document `regio-c/plan` bestaat niet")
        #expect(other.hint == "documenten: regio-a/plan-2024, regio-a/visie-2023, regio-b/regiovisie-2023")
        #expect(try fixture.problem("maatregel:1.3@plan-2099")?.code == .refUnknownDocument)
    }
}
