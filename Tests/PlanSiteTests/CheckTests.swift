import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// One minimal fixture per check code of the REF, FN, HTML, GR and HA families, each
/// asserting code, severity, file, line and column; and a clean fixture that gives none.
@Suite struct CheckTests {
    // MARK: - Fixture

    static let plan = "regio-a/plan-2024/"

    static let national = """
        themas:
          - id: "1"
            titel: Jeugdhulp dichtbij
            maatregelen:
              - id: "1.1"
                titel: Eerste
              - id: "1.2"
                titel: Tweede
              - id: "1.3"
                titel: Derde, dezelfde als 1.1
                zelfde-als: "1.1"
          - id: "2"
            titel: Inkoop
            maatregelen:
              - id: "2.1"
                titel: Vierde

        """

    /// Lines 1–16; the cells of 1.1 and 1.3 are the same, as `zelfde-als` demands.
    static let agenda = """
        maatregelen:
          "1.1":
            bijdragen:
              1: geheel
              2: { onderdelen: ["2.1", "2.2"], tekst: "Samen met [actielijn 2.1](actielijn:2.1)" }
          "1.2":
            bijdragen:
              3: geheel
              4: { onderdelen: ["4.1", "4.2"] }
          "1.3":
            bijdragen:
              1: geheel
              2: { onderdelen: ["2.1", "2.2"], tekst: "Samen met [actielijn 2.1](actielijn:2.1)" }
          "2.1":
            bijdragen:
              5: { geheel: true, tekst: "Het RET helpt." }

        """

    static let gremia = """
        gremia:
          - id: rpo
            naam: Regionaal portefeuillehoudersoverleg
            werkt-aan: ["opgave:1@plan-2024"]
          - id: rao
            naam: Regionaal ambtelijk overleg
            werkt-aan: ["opgave:2"]
            legt-verantwoording-af-aan: rpo

        """

    static let begrippen = """
        begrippen:
          - id: ret
            term: Regionaal expertteam
            afkorting: RET
            hoort-bij: "actielijn:5.1@plan-2024"

        """

    static let clean: [String: String] = [
        "content/site.yaml": "titel: Testsite\nbasis-url: https://test.example/\n",
        "content/hervormingsagenda/hervormingsagenda.yaml": national,
        "content/regio-a/regio.yaml": "naam: Regio A\ngemeenten: [Aadorp, Bedorp]\n",
        "content/regio-a/overlegvormen.yaml": gremia,
        "content/regio-a/begrippen.yaml": begrippen,
        "content/regio-a/plan-2024/document.yaml": "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\n",
        "content/regio-a/plan-2024/hervormingsagenda.yaml": agenda,
        "content/regio-a/plan-2024/kaart.png": "png",
        "content/regio-a/plan-2024/01-inleiding.md": """
            ---
            titel: Inleiding
            nummer: "1"
            ---

            Zie [](actielijn:4.1) en [opgave 5](02-opgaven.md#opgave-5).[^1]
            Oppervlak 240 km<sup>2</sup>, [RPO](gremium:rpo), [RET](begrip:ret) en [het antwoord](maatregel:1.2@plan-2024).

            ![Kaart van de regio](kaart.png)

            [^1]: Een noot.

            """,
        "content/regio-a/plan-2024/02-opgaven.md": """
            ---
            titel: Opgaven
            nummer: "2"
            ---

            ## Eerste {#opgave:1}

            ### Een {#actielijn:1.1}

            ## Tweede {#opgave:2}

            ### Een {#actielijn:2.1}

            ### Twee {#actielijn:2.2}

            ## Derde {#opgave:3}

            ### Een {#actielijn:3.1}

            ## Vierde {#opgave:4}

            ### Netwerk samenwerking {#actielijn:4.1}

            ### Essentiële functies behouden {#actielijn:4.2}

            ## Vijfde {#opgave:5}

            ### Een {#actielijn:5.1}

            """,
    ]

    struct Checked {
        var diagnostics: [Diagnostic]
        var content: String

        func at(_ path: String, _ line: Int, _ column: Int) -> PlanSite.SourceLocation {
            PlanSite.SourceLocation(file: content + "/" + path, line: line, column: column)
        }

        func only(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }

        /// Errors and warnings of any other code (infos are allowed to change with a fixture).
        func others(than codes: DiagnosticCode...) -> [Diagnostic] {
            diagnostics.filter { !codes.contains($0.code) && $0.severity != .info }
        }
    }

    static func check(_ changes: [String: String]) throws -> Checked {
        var files = clean
        for (k, v) in changes { files[k] = v }
        let (outcome, root) = try TestSupport.check(files)
        defer { try? FileManager.default.removeItem(at: root) }
        return Checked(diagnostics: outcome.diagnostics, content: SiteBuild.displayPath(root.appendingPathComponent("content").path))
    }

    /// A third chapter whose body starts on line 6.
    static func chapter(_ body: String) -> [String: String] {
        ["content/regio-a/plan-2024/03-test.md": "---\ntitel: Test\nnummer: \"3\"\n---\n\n" + body]
    }

    static let test = plan + "03-test.md"

    // MARK: - Clean

    @Test func cleanFixtureGivesNoDiagnostics() throws {
        let checked = try Self.check([:])
        #expect(checked.diagnostics.map { "\($0.location) \($0.code.rawValue) \($0.message)" } == [])
    }

    @Test func everyCheckedCodeHasATestHere() {
        let families = ["REF", "FN", "HTML", "GR", "HA", "BEG"]
        let codes = DiagnosticCode.allCases.filter { code in families.contains { code.rawValue.hasPrefix($0) } }.map(\.rawValue)
        #expect(codes == [
            "REF001", "REF002", "REF003", "REF004", "REF005", "REF006", "REF007", "REF008", "REF009",
            "HA001", "HA002", "HA003", "HA004", "HA005", "HA006", "HA007", "HA008", "HA009", "HA010", "HA011", "HA012", "HA013",
            "GR001", "GR002", "GR003", "GR004", "GR005",
            "BEG001",
            "FN001", "FN002", "FN003",
            "HTML001", "HTML002",
        ])
    }

    // MARK: - REF

    @Test func ref001UnknownTarget() throws {
        let checked = try Self.check(Self.chapter("Zie [x](actielijn:4.3).\n"))
        #expect(checked.others(than: .refUnknownTarget).isEmpty)
        let d = try #require(checked.only(.refUnknownTarget).first)
        #expect(checked.only(.refUnknownTarget).count == 1)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.test, 6, 5))
        #expect(d.message == "actielijn 4.3 bestaat niet in plan-2024")
        #expect(d.hint == "bedoelde je 4.2, 4.1 of 3.1?")
    }

    @Test func ref002UnknownKind() throws {
        let checked = try Self.check(Self.chapter("Één [x](actie:1).\n"))
        #expect(checked.others(than: .refUnknownKind).isEmpty)
        let d = try #require(checked.only(.refUnknownKind).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.test, 6, 5))
        #expect(d.message == "`actie:` is geen soort verwijzing die plan-2024 kent")
        #expect(d.hint == "soorten: actielijn, begrip, bijlage, gremium, ha-thema, hoofdstuk, maatregel, opgave")
    }

    @Test func ref003MissingFile() throws {
        let checked = try Self.check(Self.chapter("Tekst.\n\n- Zie [x](ontbreekt.md).\n"))
        #expect(checked.others(than: .refMissingFile).isEmpty)
        let d = try #require(checked.only(.refMissingFile).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.test, 8, 7))
        #expect(d.message == "het bestand `ontbreekt.md` bestaat niet")
        #expect(d.hint == nil)
    }

    @Test func ref004MissingAnchor() throws {
        let checked = try Self.check(Self.chapter("| a | b |\n|---|---|\n| één | [x](02-opgaven.md#vijfde) |\n"))
        #expect(checked.others(than: .refMissingAnchor).isEmpty)
        let d = try #require(checked.only(.refMissingAnchor).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.test, 8, 9))
        #expect(d.message == "de pagina `02-opgaven.md` heeft geen anker `#vijfde`")
    }

    @Test func ref005AmbiguousFromRegionYAML() throws {
        let checked = try Self.check([
            "content/regio-a/begrippen.yaml": Self.begrippen + "  - id: gi\n    term: Gecertificeerde instelling\n    hoort-bij: opgave:1\n",
            "content/regio-a/visie-2023/document.yaml": "titel: Visie 2023\nsoort: regiovisie\nniveaus: [Opgave]\n",
            "content/regio-a/visie-2023/01-visie.md": "---\ntitel: Visie\nnummer: \"1\"\n---\n\n## Visie {#opgave:1}\n",
        ])
        #expect(checked.others(than: .refAmbiguous).isEmpty)
        let d = try #require(checked.only(.refAmbiguous).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at("regio-a/begrippen.yaml", 8, 16))
        #expect(d.message == "`hoort-bij` van begrip `gi`: `opgave:1` bestaat in meer dan één document van de regio")
        #expect(d.hint == "schrijf `opgave:1@plan-2024` of `opgave:1@visie-2023`")
    }

    @Test func ref006OutOfTheContentFolder() throws {
        let checked = try Self.check(Self.chapter("Zie [x](../../../x.md) en [y](/etc/passwd).\n"))
        #expect(checked.others(than: .refOutsideContent).isEmpty)
        let found = checked.only(.refOutsideContent)
        #expect(found.map(\.location) == [checked.at(Self.test, 6, 5), checked.at(Self.test, 6, 27)])
        #expect(found.map(\.message) == ["de link `../../../x.md` wijst buiten de inhoudsmap",
                                         "`/etc/passwd` is een absoluut pad; een link noemt een Markdown-bestand (`.md`) of een afbeelding, met het pad vanaf het bestand waarin de link staat, of een verwijzing (`soort:id`)"])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func ref007ImageWithoutAlt() throws {
        let checked = try Self.check(Self.chapter("Een kaart: ![](kaart.png)\n"))
        #expect(checked.others(than: .refImageWithoutAlt).isEmpty)
        let d = try #require(checked.only(.refImageWithoutAlt).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.test, 6, 12))
        #expect(d.message == "afbeelding `kaart.png` heeft geen alt-tekst")
        #expect(d.hint == "beschrijf wat de afbeelding laat zien: `![Kaart van de regio](kaart.png)`")
    }

    @Test func ref008ImageMissing() throws {
        let checked = try Self.check(Self.chapter("![Kaart](ontbreekt.png)\n"))
        #expect(checked.others(than: .refImageMissing).isEmpty)
        let d = try #require(checked.only(.refImageMissing).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.test, 6, 1))
        #expect(d.message == "het bestand `ontbreekt.png` bestaat niet")
    }

    @Test func ref009UnknownDocument() throws {
        let checked = try Self.check(Self.chapter("Zie [x](opgave:1@plan-2099).\n").merging([
            "content/regio-a/plan-2024/document.yaml": "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nvervangt: plan-2020\n",
        ]) { $1 })
        #expect(checked.others(than: .refUnknownDocument).isEmpty)
        let found = checked.only(.refUnknownDocument)
        #expect(found.map(\.location) == [checked.at(Self.test, 6, 5), checked.at(Self.plan + "document.yaml", 4, 11)])
        #expect(found.map(\.message) == ["het document `plan-2099` bestaat niet", "het document `plan-2020` bestaat niet"])
        #expect(found.map(\.hint) == ["bedoelde je `plan-2024`?", "bedoelde je `plan-2024`?"])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    // MARK: - FN

    @Test func fn001ReferenceWithoutDefinition() throws {
        let checked = try Self.check(Self.chapter("Tekst[^9].\n"))
        #expect(checked.others(than: .fnUndefined).isEmpty)
        let d = try #require(checked.only(.fnUndefined).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.test, 6, 7))
        #expect(d.message == "voetnoot [^9] heeft geen tekst")
        #expect(d.hint == "voeg onderaan het bestand `[^9]: tekst van de voetnoot` toe")
    }

    @Test func fn002DefinitionNeverUsed() throws {
        let checked = try Self.check(Self.chapter("Tekst.\n\n[^3]: Ongebruikt.\n"))
        #expect(checked.others(than: .fnUnused).isEmpty)
        let d = try #require(checked.only(.fnUnused).first)
        #expect(d.severity == .warning)
        #expect(d.location == checked.at(Self.test, 8, 2))
        #expect(d.message == "voetnoot [^3] wordt nergens in de tekst gebruikt")
    }

    /// As in GFM (and as cmark-gfm renders it), a label matches its definition whatever its case.
    @Test func fnLabelsMatchWhateverTheirCase() throws {
        let checked = try Self.check(Self.chapter("Tekst[^Noot].\n\n[^noot]: De noot.\n"))
        #expect(checked.only(.fnUndefined).isEmpty && checked.only(.fnUnused).isEmpty,
                "\(checked.diagnostics.map(\.message))")
    }

    @Test func fn003LabelUsedTwiceInADocument() throws {
        let checked = try Self.check(Self.chapter("Meer[^1].\n\n[^1]: Een andere noot.\n"))
        #expect(checked.others(than: .fnDuplicate).isEmpty)
        let d = try #require(checked.only(.fnDuplicate).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.test, 8, 1))
        #expect(d.message == "voetnoot [^1] is in dit document al eerder gedefinieerd")
        #expect(d.hint == "de eerste staat in \(checked.at(Self.plan + "01-inleiding.md", 11, 1)); geef deze voetnoot een eigen nummer")
    }

    // MARK: - HTML

    @Test func html001RawHTMLOutsideTheAllowList() throws {
        let checked = try Self.check(Self.chapter("Tekst <span>x</span> en <sup>2</sup>.\n\n<div>\nblok\n</div>\n"))
        #expect(checked.others(than: .htmlNotAllowed).isEmpty)
        let found = checked.only(.htmlNotAllowed)
        #expect(found.map(\.location) == [checked.at(Self.test, 6, 7), checked.at(Self.test, 6, 14), checked.at(Self.test, 8, 1)])
        #expect(found.map(\.message) == [
            "HTML `<span>` is niet toegestaan en wordt als tekst getoond",
            "HTML `</span>` is niet toegestaan en wordt als tekst getoond",
            "HTML `<div>` is niet toegestaan en wordt als tekst getoond",
        ])
        #expect(found.first?.hint == "gebruik Markdown; toegestaan zijn alleen <abbr>, <b>, <br>, <em>, <i>, <strong>, <sub>, <sup>")
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    /// Comments are editors' notes wherever they stand, also when text follows on the line
    /// of a comment that starts an HTML block; a tag beside a comment is still reported.
    @Test func html001NeverForAComment() throws {
        let checked = try Self.check(Self.chapter("<!-- notitie --> en tekst erna\n\nTekst <!-- in de zin --> verder.\n\n<!--\nmeer regels\n-->\n\n<!-- notitie --> <div>\n"))
        #expect(checked.others(than: .htmlNotAllowed).isEmpty)
        #expect(checked.only(.htmlNotAllowed).map(\.location) == [checked.at(Self.test, 14, 1)])
        #expect(GFMSpecExample.plansiteHTML("<!-- notitie --> en tekst erna\n").contains(">en tekst erna</p>"))
    }

    @Test func html002AllowedTagLeftOpenOrClosedWithoutOpening() throws {
        let checked = try Self.check(Self.chapter("Een <b>vet en *<i>schuin* eind.\n\nLos </sup> en <b>goed</b>.\n"))
        #expect(checked.others(than: .htmlUnbalanced).isEmpty)
        let found = checked.only(.htmlUnbalanced)
        #expect(found.map(\.location) == [checked.at(Self.test, 6, 5), checked.at(Self.test, 6, 16), checked.at(Self.test, 8, 5)])
        #expect(found.map(\.message) == [
            "`<b>` wordt niet gesloten; plansite sluit het aan het eind van de alinea",
            "`<i>` wordt niet gesloten; plansite sluit het aan het eind van de alinea",
            "`</sup>` sluit niets af en wordt als tekst getoond",
        ])
        #expect(found.first?.hint == "zet `</b>` waar het moet eindigen, of gebruik Markdown (`**vet**`, `*schuin*`)")
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    // MARK: - GR

    @Test func gr004DuplicateGremium() throws {
        let checked = try Self.check(["content/regio-a/overlegvormen.yaml": Self.gremia + "  - id: rpo\n    naam: Nog eens\n"])
        #expect(checked.others(than: .grDuplicateGremium).isEmpty)
        let d = try #require(checked.only(.grDuplicateGremium).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at("regio-a/overlegvormen.yaml", 9, 9))
        #expect(d.message == "gremium `rpo` is al gedefinieerd op regel 2")
        #expect(d.hint == "geef elk gremium een eigen `id`")
    }

    @Test func gr005DescriptionOfADocumentTheRegionDoesNotHave() throws {
        let checked = try Self.check(["content/regio-a/overlegvormen.yaml": Self.gremia + "  - id: tafel\n    naam: Tafel\n    beschreven-in:\n      plan-2042:\n        doel: Overleggen.\n"])
        #expect(checked.others(than: .grUnknownDocument).isEmpty)
        let d = try #require(checked.only(.grUnknownDocument).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at("regio-a/overlegvormen.yaml", 12, 7))
        #expect(d.message == "`beschreven-in` van `tafel` noemt het document `plan-2042`, maar Regio A heeft geen document met die mapnaam")
        #expect(d.hint == "bedoelde je `plan-2024`?")
    }

    // MARK: - BEG

    @Test func beg001DuplicateBegrip() throws {
        let checked = try Self.check(["content/regio-a/begrippen.yaml": Self.begrippen + "  - id: ret\n    term: Nog eens\n"])
        #expect(checked.others(than: .begripDuplicate).isEmpty)
        let d = try #require(checked.only(.begripDuplicate).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at("regio-a/begrippen.yaml", 6, 9))
        #expect(d.message == "begrip `ret` is al gedefinieerd op regel 2")
        #expect(d.hint == "geef elk begrip een eigen `id`")
    }

    @Test func gr001UnknownGremium() throws {
        let checked = try Self.check(["content/regio-a/overlegvormen.yaml": Self.gremia.replacingOccurrences(of: "af-aan: rpo", with: "af-aan: rpoo")])
        #expect(checked.others(than: .grUnknownGremium).isEmpty)
        let d = try #require(checked.only(.grUnknownGremium).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at("regio-a/overlegvormen.yaml", 8, 33))
        #expect(d.message == "gremium `rpoo` bestaat niet in overlegvormen.yaml")
        #expect(d.hint == "bedoelde je `rpo` of `rao`?")
    }

    @Test func gr001UnknownGremiumInALink() throws {
        let checked = try Self.check(Self.chapter("Het [overleg](gremium:rpa).\n"))
        #expect(checked.others(than: .grUnknownGremium).isEmpty)
        let d = try #require(checked.only(.grUnknownGremium).first)
        #expect(d.location == checked.at(Self.test, 6, 5))
        #expect(d.message == "gremium `rpa` bestaat niet in regio-a/overlegvormen.yaml")
        #expect(d.hint == "bedoelde je `rpo` of `rao`?")
    }

    @Test func gr002ReportingCycleAtFirstGremiumInFileOrder() throws {
        let checked = try Self.check(["content/regio-a/overlegvormen.yaml": """
            gremia:
              - id: rpo
                naam: RPO
              - id: rao
                naam: RAO
              - id: b
                naam: B
                legt-verantwoording-af-aan: c
              - id: a
                naam: A
                legt-verantwoording-af-aan: [rpo, b]
              - id: c
                naam: C
                legt-verantwoording-af-aan: a

            """])
        #expect(checked.others(than: .grReportingCycle).isEmpty)
        let found = checked.only(.grReportingCycle)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at("regio-a/overlegvormen.yaml", 8, 33))
        #expect(d.message == "verantwoording in een kring: b → c → a → b")
    }

    @Test func gr003UnresolvedWerktAan() throws {
        let checked = try Self.check(["content/regio-a/overlegvormen.yaml": Self.gremia.replacingOccurrences(of: "opgave:1@plan-2024", with: "opgave:9@plan-2024")])
        #expect(checked.others(than: .grUnresolvedWerktAan).isEmpty)
        let d = try #require(checked.only(.grUnresolvedWerktAan).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at("regio-a/overlegvormen.yaml", 4, 17))
        #expect(d.message == "`werkt-aan` van `rpo`: opgave 9 bestaat niet in plan-2024")
        #expect(d.hint == "bedoelde je 5, 4 of 3?")
    }

    /// A web address is no part of a plan: without the diagnostic it would vanish from the page.
    @Test func gr003WerktAanAWebAddress() throws {
        let checked = try Self.check(["content/regio-a/overlegvormen.yaml": Self.gremia.replacingOccurrences(of: "opgave:1@plan-2024", with: "https://example.org/")])
        #expect(checked.others(than: .grUnresolvedWerktAan).isEmpty)
        let d = try #require(checked.only(.grUnresolvedWerktAan).first)
        #expect(d.location == checked.at("regio-a/overlegvormen.yaml", 4, 17))
        #expect(d.message == "`werkt-aan` van `rpo`: `https://example.org/` is een webadres, geen onderdeel of pagina van een plan")
    }

    // MARK: - HA

    static let agendaFile = plan + "hervormingsagenda.yaml"

    static func agenda(replacing old: String, with new: String) -> [String: String] {
        precondition(agenda.contains(old))
        return ["content/regio-a/plan-2024/hervormingsagenda.yaml": agenda.replacingOccurrences(of: old, with: new)]
    }

    @Test func ha012MaatregelTwiceInTheNationalList() throws {
        let national = Self.national.replacingOccurrences(of: "        zelfde-als: \"1.1\"\n", with: "        zelfde-als: \"1.1\"\n      - id: \"1.2\"\n        titel: Nog eens\n")
        let checked = try Self.check(["content/hervormingsagenda/hervormingsagenda.yaml": national])
        #expect(checked.others(than: .haDuplicateMaatregel).isEmpty)
        let d = try #require(checked.only(.haDuplicateMaatregel).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at("hervormingsagenda/hervormingsagenda.yaml", 12, 13))
        #expect(d.message == "maatregel 1.2 staat twee keer in de landelijke lijst")
        #expect(d.hint == "gebruik `zelfde-als` voor een maatregel die de bron twee keer noemt")
    }

    /// Formerly `HA005`, which now only means a malformed onderdeel in a document's cell.
    @Test func ha013MaatregelNumberedOutsideItsThema() throws {
        let national = Self.national.replacingOccurrences(of: "        zelfde-als: \"1.1\"\n", with: "        zelfde-als: \"1.1\"\n      - id: \"2.2\"\n        titel: Onder het verkeerde thema\n")
        let checked = try Self.check(["content/hervormingsagenda/hervormingsagenda.yaml": national])
        #expect(checked.others(than: .haMaatregelOutsideThema).isEmpty)
        let found = checked.only(.haMaatregelOutsideThema)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at("hervormingsagenda/hervormingsagenda.yaml", 12, 13))
        #expect(d.message == "maatregel `2.2` staat onder thema 1, maar het nummer begint niet met `1.`")
        #expect(d.hint == nil)
        #expect(checked.only(.haMalformedReference).isEmpty)
    }

    @Test func ha001UnknownMaatregel() throws {
        let checked = try Self.check(["content/regio-a/plan-2024/hervormingsagenda.yaml": Self.agenda + "  \"2.2\": {}\n"])
        #expect(checked.others(than: .haUnknownMaatregel).isEmpty)
        let d = try #require(checked.only(.haUnknownMaatregel).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.agendaFile, 17, 3))
        #expect(d.message == "maatregel 2.2 bestaat niet in de Hervormingsagenda")
        #expect(d.hint == "bedoelde je 2.1, 1.1 of 1.2?")
    }

    @Test func ha002UnknownColumn() throws {
        let checked = try Self.check(Self.agenda(replacing: "      5: { geheel", with: "      7: { geheel"))
        #expect(checked.others(than: .haUnknownColumn).isEmpty)
        let d = try #require(checked.only(.haUnknownColumn).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.agendaFile, 16, 7))
        #expect(d.message == "kolom 7 bestaat niet: plan-2024 heeft geen opgave 7")
        #expect(d.hint == "bedoelde je 5, 4 of 3?")
    }

    @Test func ha003UnknownOnderdeel() throws {
        let checked = try Self.check(Self.agenda(replacing: "[\"4.1\", \"4.2\"]", with: "[\"4.1\", \"4.9\"]"))
        #expect(checked.others(than: .haUnknownOnderdeel).isEmpty)
        let d = try #require(checked.only(.haUnknownOnderdeel).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.agendaFile, 9, 32))
        #expect(d.message == "onderdeel 4.9 bestaat niet in plan-2024")
        #expect(d.hint == "bedoelde je 4.2 of 4.1?")
    }

    @Test func ha004OnderdeelInAnotherColumn() throws {
        let checked = try Self.check(Self.agenda(replacing: "[\"4.1\", \"4.2\"]", with: "[\"4.2\", \"5.1\"]"))
        #expect(checked.others(than: .haOnderdeelInOtherColumn).isEmpty)
        let d = try #require(checked.only(.haOnderdeelInOtherColumn).first)
        #expect(checked.only(.haOnderdeelInOtherColumn).count == 1)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.agendaFile, 9, 32))
        #expect(d.message == "onderdeel 5.1 hoort bij opgave 5, maar staat in de kolom van opgave 4")
        #expect(d.hint == "verplaats 5.1 naar kolom 5, of bedoelde je 4.1?")
    }

    @Test func ha005MalformedReference() throws {
        let checked = try Self.check(Self.agenda(replacing: "[\"2.1\", \"2.2\"]", with: "[\"2.1/2/2\"]"))
        #expect(checked.others(than: .haMalformedReference).isEmpty)
        let found = checked.only(.haMalformedReference)
        #expect(found.map(\.location) == [checked.at(Self.agendaFile, 5, 25), checked.at(Self.agendaFile, 13, 25)])
        #expect(found.map(\.message) == ["`2.1/2/2` is geen geldige verwijzing naar een onderdeel", "`2.1/2/2` is geen geldige verwijzing naar een onderdeel"])
        #expect(found.first?.hint == "schrijf elk onderdeel apart: [\"2.1\", \"2.2\"]")
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func ha006ZelfdeAlsPairAnsweredDifferently() throws {
        var agenda = Self.agenda.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        agenda[12] = "      2: { onderdelen: [\"2.1\"], tekst: \"Samen met [actielijn 2.1](actielijn:2.1)\" }"
        let checked = try Self.check(["content/regio-a/plan-2024/hervormingsagenda.yaml": agenda.joined(separator: "\n")])
        #expect(checked.others(than: .haZelfdeAlsDiffers).isEmpty)
        let d = try #require(checked.only(.haZelfdeAlsDiffers).first)
        #expect(checked.only(.haZelfdeAlsDiffers).count == 1)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.agendaFile, 10, 3))
        #expect(d.message == "maatregel 1.3 is dezelfde als 1.1, maar de cellen verschillen")
        #expect(d.hint == "maak de cellen gelijk aan die van 1.1 (regel 2), of verwijder een van beide")
    }

    @Test func ha007UnknownThema() throws {
        let checked = try Self.check(["content/regio-a/plan-2024/hervormingsagenda.yaml": "themas:\n  \"9\":\n    onderdelen: [\"5\"]\n" + Self.agenda])
        #expect(checked.others(than: .haUnknownThema).isEmpty)
        let d = try #require(checked.only(.haUnknownThema).first)
        #expect(d.severity == .error)
        #expect(d.location == checked.at(Self.agendaFile, 2, 3))
        #expect(d.message == "thema 9 bestaat niet in de Hervormingsagenda")
        #expect(d.hint == "bedoelde je 2 of 1?")
    }

    @Test func ha008BegripOfAnotherColumnNamedInACell() throws {
        let checked = try Self.check(Self.agenda(replacing: "{ onderdelen: [\"4.1\", \"4.2\"] }", with: "{ onderdelen: [\"4.1\", \"4.2\"], tekst: \"Met het RET.\" }"))
        #expect(checked.others(than: .haBegripInOtherColumn).isEmpty)
        let d = try #require(checked.only(.haBegripInOtherColumn).first)
        #expect(d.severity == .warning)
        #expect(d.location == checked.at(Self.agendaFile, 9, 47))
        #expect(d.message == "RET hoort bij actielijn:5.1 (opgave 5), maar wordt genoemd in de kolom van opgave 4")
        #expect(d.hint == "staat deze tekst in de goede kolom? Anders hoort hij in kolom 5")
    }

    @Test func ha009AndHA010NotAnsweredAndAnswersNone() throws {
        let checked = try Self.check(Self.agenda(replacing: "  \"2.1\":\n    bijdragen:\n      5: { geheel: true, tekst: \"Het RET helpt.\" }\n", with: "  \"2.1\": {}\n"))
        #expect(checked.others().isEmpty)
        let notAnswered = checked.only(.haNotAnswered)
        #expect(notAnswered.map(\.location) == [checked.at("hervormingsagenda/hervormingsagenda.yaml", 15, 13)])
        #expect(notAnswered.map(\.message) == ["maatregel 2.1 wordt door geen enkel document beantwoord"])
        #expect(notAnswered.allSatisfy { $0.severity == .info })
        let none = checked.only(.haEntityAnswersNone)
        #expect(none.map(\.location) == [checked.at(Self.plan + "02-opgaven.md", 26, 1), checked.at(Self.plan + "02-opgaven.md", 28, 1)])
        #expect(none.map(\.message) == [
            "Opgave 5 draagt volgens hervormingsagenda.yaml aan geen enkele maatregel bij",
            "Actielijn 5.1 draagt volgens hervormingsagenda.yaml aan geen enkele maatregel bij",
        ])
        #expect(none.allSatisfy { $0.severity == .info })
        #expect(checked.diagnostics.count == 3)
    }

    @Test func ha011CellTextNamesAnotherOnderdeel() throws {
        let checked = try Self.check(Self.agenda(replacing: "{ onderdelen: [\"4.1\", \"4.2\"] }", with: "{ onderdelen: [\"4.1\"], tekst: \"Essentiële functies behouden\" }"))
        #expect(checked.others(than: .haTextNamesOtherOnderdeel).isEmpty)
        let d = try #require(checked.only(.haTextNamesOtherOnderdeel).first)
        #expect(checked.only(.haTextNamesOtherOnderdeel).count == 1)
        #expect(d.severity == .warning)
        #expect(d.location == checked.at(Self.agendaFile, 9, 25))
        #expect(d.message == "de tekst van deze cel noemt \u{2018}essentiele functies behouden\u{2019} uit Actielijn 4.2, maar `onderdelen` is [\"4.1\"]")
        #expect(d.hint == "bedoelde je 4.2 in plaats van 4.1? Klopt de tekst, voeg dan 4.2 toe")
    }
}
