import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteModel

/// The link-path diagnostics an editor could not act on (issue 16): a link to a region's YAML
/// file, to the web address of a page plansite makes, and an absolute path. Each test checks
/// that the message is true and then follows the hint: every reference the hint names is
/// written in place of the wrong link, and the site must then check clean.
@Suite struct LinkPathDiagnosticTests {
    static let chapter = "content/regio-a/plan-2024/02-tekst.md"
    static let shownChapter = "regio-a/plan-2024/02-tekst.md"

    /// A region with overlegvormen and begrippen and one document; the chapter under test
    /// holds `line` on line 6.
    static func site(_ line: String, extra: [String: String] = [:]) -> [String: String] {
        var files = TestSupport.minimalSite(extra: [
            "content/regio-a/overlegvormen.yaml": """
                gremia:
                  - id: rpo
                    naam: Regionaal portefeuillehoudersoverleg
                    afkorting: RPO
                  - id: rao
                    naam: Regionaal ambtelijk overleg
                    legt-verantwoording-af-aan: rpo

                """,
            "content/regio-a/begrippen.yaml": """
                begrippen:
                  - id: ret
                    term: Regionaal expertteam
                    afkorting: RET

                """,
            chapter: "---\ntitel: Tekst\nnummer: \"2\"\n---\n\n" + line + "\n",
        ])
        for (k, v) in extra { files[k] = v }
        return files
    }

    /// The errors and warnings of a checked site.
    static func problems(_ files: [String: String]) throws -> [Diagnostic] {
        let (outcome, root) = try TestSupport.check(files)
        defer { try? FileManager.default.removeItem(at: root) }
        return outcome.diagnostics.filter { $0.severity != .info }
    }

    /// The one diagnostic for `destination` written as a link on line 6 of the chapter.
    static func diagnostic(for destination: String, extra: [String: String] = [:]) throws -> Diagnostic {
        let found = try problems(site("Zie [de pagina](\(destination)).", extra: extra))
        #expect(found.count == 1, "\(found.map { "\($0.code.rawValue) \($0.message)" })")
        let d = try #require(found.first)
        #expect(d.location.file.hasSuffix(shownChapter) && d.location.line == 6 && d.location.column == 5)
        return d
    }

    /// Every code span of a hint that is something to write in a link: a reference
    /// (`gremium:rpo`) or a path (`01-inleiding.md`); not the placeholder `soort:id`.
    static func destinations(in hint: String?) -> [String] {
        let spans = (hint ?? "").split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        return spans.filter { !$0.contains(" ") && $0 != "soort:id" && ($0.contains(":") || $0.hasSuffix(".md")) }
    }

    /// Writes each destination the hint names in place of the wrong one and expects no problem.
    static func follow(_ d: Diagnostic, extra: [String: String] = [:], expecting count: Int) throws {
        let suggested = destinations(in: d.hint)
        #expect(suggested.count == count, "hint: \(d.hint ?? "nil")")
        for destination in suggested {
            let after = try problems(site("Zie [de pagina](\(destination)).", extra: extra))
            #expect(after.isEmpty, "following `\(destination)` leaves \(after.map { "\($0.code.rawValue) \($0.message)" })")
        }
    }

    /// A bijlage that shows the region's overlegvormen (`toon: overlegvormen`).
    static let overlegvormenBijlage = [
        "content/regio-a/plan-2024/bijlagen/01-overleggen.md": "---\ntitel: Overleggen\nnummer: \"2\"\ntoon: overlegvormen\n---\n\nDe overleggen van de regio.\n",
    ]

    // MARK: - REF003: a YAML file

    @Test func linkToTheOverlegvormenYAMLStatesTheRuleAndNamesWhatWorks() throws {
        let d = try Self.diagnostic(for: "../overlegvormen.yaml")
        #expect(d.code == .refMissingFile)
        // True: the file exists; the message says why a link cannot go there and what it becomes.
        #expect(d.message == "een link kan niet naar `../overlegvormen.yaml`: alleen een Markdown-bestand (`.md`) of een afbeelding kan het doel van een link zijn; `overlegvormen.yaml` wordt de pagina Overlegvormen van Regio A")
        #expect(!d.message.contains("bestaat niet"))
        #expect(d.hint == "schrijf `overlegvormen:` voor de hele pagina, of `gremium:rpo` voor één overleg (RPO)")
        try Self.follow(d, expecting: 2)
    }

    /// The region's page is the target, even where a bijlage shows the same overview.
    @Test func linkToTheOverlegvormenYAMLNamesTheRegionPageEvenBesideABijlageThatShowsThem() throws {
        let d = try Self.diagnostic(for: "../overlegvormen.yaml", extra: Self.overlegvormenBijlage)
        #expect(d.hint == "schrijf `overlegvormen:` voor de hele pagina, of `gremium:rpo` voor één overleg (RPO)")
        try Self.follow(d, extra: Self.overlegvormenBijlage, expecting: 2)
    }

    @Test func linkToTheBegrippenYAML() throws {
        let d = try Self.diagnostic(for: "../begrippen.yaml")
        #expect(d.code == .refMissingFile)
        #expect(d.message.hasSuffix("; `begrippen.yaml` wordt de pagina Begrippen van Regio A"))
        try Self.follow(d, expecting: 2)
    }

    @Test func linkToAnotherYAMLFileStatesTheRule() throws {
        let d = try Self.diagnostic(for: "document.yaml")
        #expect(d.code == .refMissingFile)
        #expect(d.message == "een link kan niet naar `document.yaml`: alleen een Markdown-bestand (`.md`) of een afbeelding kan het doel van een link zijn")
    }

    // MARK: - REF003: the web address of a region page

    @Test func linkToTheOverlegvormenAddressSaysItIsAnAddress() throws {
        let d = try Self.diagnostic(for: "../overlegvormen/")
        #expect(d.code == .refMissingFile)
        #expect(d.message == "`../overlegvormen/` is het webadres van de pagina Overlegvormen van Regio A, geen bronbestand; een link noemt een Markdown-bestand (`.md`) of een afbeelding, met het pad vanaf het bestand waarin de link staat, of een verwijzing (`soort:id`)")
        #expect(d.hint == "schrijf `overlegvormen:` voor de hele pagina, of `gremium:rpo` voor één overleg (RPO)")
        try Self.follow(d, expecting: 2)
    }

    /// From the page's own address (`regio-a/plan-2024/tekst/`), as a browser reads it.
    @Test func linkToTheOverlegvormenAddressCountedFromThePage() throws {
        let d = try Self.diagnostic(for: "../../overlegvormen/", extra: Self.overlegvormenBijlage)
        #expect(d.message.hasPrefix("`../../overlegvormen/` is het webadres van de pagina Overlegvormen van Regio A"))
        try Self.follow(d, extra: Self.overlegvormenBijlage, expecting: 2)
    }

    @Test func linkToTheBegrippenAddress() throws {
        let d = try Self.diagnostic(for: "../begrippen/")
        #expect(d.message.hasPrefix("`../begrippen/` is het webadres van de pagina Begrippen van Regio A"))
        #expect(d.hint == "schrijf `begrippen:` voor de hele pagina, of `begrip:ret` voor één begrip (RET)")
        try Self.follow(d, expecting: 2)
    }

    @Test func linkToAChapterAddressNamesItsSourceFile() throws {
        let d = try Self.diagnostic(for: "../inleiding/")
        #expect(d.message.hasPrefix("`../inleiding/` is het webadres van de pagina van `01-inleiding.md`, geen bronbestand"))
        #expect(d.hint == "schrijf het pad van het bronbestand: `01-inleiding.md`")
        try Self.follow(d, expecting: 1)
    }

    /// A web address that names no page at all still gets the rule, with a real source file.
    @Test func aGuessedAddressThatNamesNoPage() throws {
        let d = try Self.diagnostic(for: "../visie/")
        #expect(d.message == "het bestand `../visie/` bestaat niet")
        #expect(d.hint == "een link noemt een bronbestand, zoals `01-inleiding.md`, of een verwijzing (`soort:id`), geen webadres")
        try Self.follow(d, expecting: 1)
    }

    // MARK: - REF006: an absolute path

    @Test func absolutePathToARegionPageNamesWhatWorks() throws {
        let d = try Self.diagnostic(for: "/regio-a/overlegvormen/")
        #expect(d.code == .refOutsideContent)
        // Not "outside the content folder": it is the page's address, counted from nothing.
        #expect(d.message == "`/regio-a/overlegvormen/` is een absoluut pad; een link noemt een Markdown-bestand (`.md`) of een afbeelding, met het pad vanaf het bestand waarin de link staat, of een verwijzing (`soort:id`)")
        #expect(d.hint == "schrijf `overlegvormen:` voor de hele pagina, of `gremium:rpo` voor één overleg (RPO)")
        try Self.follow(d, expecting: 2)
    }

    /// The old hint, "gebruik een relatief pad, zoals `02-ambitie.md`", led to a relative
    /// address that failed as well; the hint is now the source file's path from here.
    @Test func absolutePathToAChapterNamesItsSourceFile() throws {
        let d = try Self.diagnostic(for: "/regio-a/plan-2024/inleiding/")
        #expect(d.code == .refOutsideContent)
        #expect(d.hint == "schrijf het pad van het bronbestand: `01-inleiding.md`")
        try Self.follow(d, expecting: 1)
        // The source file's path from the content folder: the path from here is the hint.
        let full = try Self.diagnostic(for: "/regio-a/plan-2024/01-inleiding.md")
        #expect(full.hint == "schrijf `01-inleiding.md`")
        try Self.follow(full, expecting: 1)
    }

    @Test func absolutePathUnderTheSitePathOfBasisURL() throws {
        let site = ["content/site.yaml": "titel: Testsite\nbasis-url: https://test.example/jeugd/\n"]
        let d = try Self.diagnostic(for: "/jeugd/regio-a/overlegvormen/", extra: site)
        #expect(d.hint == "schrijf `overlegvormen:` voor de hele pagina, of `gremium:rpo` voor één overleg (RPO)")
    }

    @Test func aPathAboveTheContentFolderCountsTheLevels() throws {
        let d = try Self.diagnostic(for: "../../../verslag.md")
        #expect(d.code == .refOutsideContent)
        #expect(d.message == "de link `../../../verslag.md` wijst buiten de inhoudsmap")
        #expect(d.hint == "het pad begint in `regio-a/plan-2024/`: `../` is `regio-a/`, `../../` is de inhoudsmap; hoger kan niet")
    }

    // MARK: - The quoted source line

    /// A paragraph written as one line of 700 characters, with a broken link far to the
    /// right: the quoted line is a window around the column, cut at both ends, and the
    /// caret stands under the link's `[`.
    @Test func aLongLineIsQuotedAsAWindowWithTheCaretUnderTheColumn() throws {
        let words = String(repeating: "Een lange zin zonder regeleinde. ", count: 12)
        let line = words + "Zie [de overlegvormen](../overlegvormen.yaml) voor wie besluit. " + words
        #expect(line.count > 600)
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(Self.site(line), into: root)
        let result = try TestSupport.run(["check"], in: root)
        #expect(result.status == 1, "stderr:\n\(result.stderr)")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The quoted source line and its caret line (the message line may be longer).
        let echoed = lines.filter { $0.contains(" | ") }
        #expect(echoed.count == 2)
        #expect(echoed.allSatisfy { $0.count <= 200 }, "an echoed line over 200 characters:\n\(result.stderr)")
        let column = words.count + 5
        let header = try #require(lines.firstIndex { $0.hasPrefix("content/\(Self.shownChapter):6:\(column): fout[REF003]") })
        let quoted = lines[header + 1], caret = lines[header + 2]
        #expect(quoted.hasPrefix("    6 | …") && quoted.hasSuffix("…"), "quoted: \(quoted)")
        let caretOffset = try #require(caret.firstIndex(of: "^")).utf16Offset(in: caret)
        let shown = Array(quoted)
        #expect(shown[caretOffset] == "[", "caret at \(caretOffset) under `\(shown[caretOffset])`:\n\(quoted)\n\(caret)")
        #expect(String(shown[caretOffset...]).hasPrefix("[de overlegvormen](../overlegvormen.yaml)"))
    }

    /// A line that fits is quoted whole, caret and all.
    @Test func aShortLineIsQuotedWhole() throws {
        let line = "Zie [de overlegvormen](../overlegvormen.yaml)."
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(Self.site(line), into: root)
        let result = try TestSupport.run(["check"], in: root)
        #expect(result.stderr.contains("    6 | \(line)\n      |     ^\n"), "stderr:\n\(result.stderr)")
    }
}
