import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// Bad input, run as a user would: `plansite build` as a process in a scratch folder. Every
/// case checks the exit status, the exact `file:line:column: fout[CODE]: message` line (the
/// position computed by hand from the file written here: 1-based, columns in characters,
/// front matter lines included), the hint where one is promised, and that no `site/` was
/// written.
@Suite struct BadInputTests {
    static let document = "content/regio-a/plan-2024/document.yaml"
    static let chapterFolder = "content/regio-a/plan-2024"

    // MARK: - Helpers

    /// Writes `minimalSite(extra:)` plus raw byte files into a new scratch folder.
    private func site(_ extra: [String: String] = [:], raw: [String: Data] = [:], name: String = #function) throws -> URL {
        let root = try TestSupport.scratch(name)
        try TestSupport.write(TestSupport.minimalSite(extra: extra), into: root)
        for (path, data) in raw {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return root
    }

    private func remove(_ root: URL) {
        try? FileManager.default.removeItem(at: root)
    }

    /// Exit 1, the exact first line of the diagnostic, the hint if given, and nothing written.
    private func expectContentError(_ result: TestSupport.ProcessResult, in root: URL,
                                    at position: String, code: String, message: String,
                                    hint: String? = nil, count: Int = 1,
                                    sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "exit status \(result.status); stderr:\n\(result.stderr)", sourceLocation: sourceLocation)
        let line = "\(position): fout[\(code)]: \(message)\n"
        #expect(result.stderr.hasPrefix(line) || result.stderr.contains("\n" + line),
                "expected the line\n\(line)in stderr:\n\(result.stderr)", sourceLocation: sourceLocation)
        if let hint {
            #expect(result.stderr.contains("   hulp: \(hint)"), "expected hint `\(hint)` in:\n\(result.stderr)", sourceLocation: sourceLocation)
        }
        let errors = count == 1 ? "1 fout" : "\(count) fouten"
        #expect(result.stderr.contains("plansite: \(errors), 0 waarschuwingen; de site is niet bijgewerkt"),
                "summary line in:\n\(result.stderr)", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path),
                "a failed build created site/", sourceLocation: sourceLocation)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.filter { $0.hasPrefix(".site") } ?? []
        #expect(leftovers.isEmpty, "staging folders left: \(leftovers)", sourceLocation: sourceLocation)
    }

    // MARK: - YAML

    @Test func yamlBadIndentationInDocumentYAML() throws {
        // Line 3 is indented under a scalar; libyaml stops at its `:` ("  niveaus" is 9 characters).
        let root = try site([Self.document: "titel: Plan 2024\nsoort: regioprogramma\n  niveaus: [Opgave]\nstatus: vastgesteld\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):3:10", code: "YAML001",
                           message: "een `:` op een plek waar geen nieuwe sleutel kan beginnen",
                           hint: "zet tekst met een dubbele punt tussen aanhalingstekens, of controleer het inspringen")
    }

    @Test func yamlUnclosedFlowListInDocumentYAML() throws {
        // `[Opgave, Actielijn` is never closed. libyaml gives up at the `:` of `status:` (line 4,
        // column 7); the error is where the offending list opens (line 3, column 10).
        let root = try site([Self.document: "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn\nstatus: vastgesteld\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):3:10", code: "YAML001",
                           message: "een lijst `[...]` die niet goed wordt gesloten",
                           hint: "sluit de lijst met `]` en scheid elementen met `,`")
    }

    @Test func yamlSyntaxErrorInFrontMatterUsesFileLines() throws {
        // YAML line 2 is file line 3 (after the opening `---`); "  nummer" is 8 characters.
        let path = "\(Self.chapterFolder)/01-inleiding.md"
        let root = try site([path: "---\ntitel: Inleiding\n  nummer: \"1\"\n---\n\nDit is de inleiding.\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):3:9", code: "YAML001",
                           message: "een `:` op een plek waar geen nieuwe sleutel kan beginnen")
        // The quoted source line is the file's line 3, not the YAML's line 3 (`---`).
        #expect(result.stderr.contains("    3 |   nummer: \"1\"\n"), "\(result.stderr)")
    }

    @Test func yamlUnclosedQuoteInFrontMatterIsReportedWhereItOpens() throws {
        // The `"` of line 2 (column 8) is never closed; libyaml reads on to the end of the YAML.
        let path = "\(Self.chapterFolder)/01-inleiding.md"
        let root = try site([path: "---\ntitel: \"Inleiding\nnummer: 1\n---\n\nDit is de inleiding.\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):2:8", code: "YAML001",
                           message: "het bestand houdt op midden in een waarde")
    }

    /// The quote of line 2 is closed by the next quote, on line 3: libyaml reports a missing
    /// key inside the correct `nummer: "2"`; the mistake is where the quote opens.
    @Test func yamlQuoteClosedByTheNextLinesQuoteIsReportedWhereItOpens() throws {
        let path = "\(Self.chapterFolder)/02-slot.md"
        let root = try site([path: "---\ntitel: \"Opgave 4: \u{E9}\u{E9}n slot\nnummer: \"2\"\n---\n\nTot slot.\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):2:8", code: "YAML001",
                           message: "de tekst die hier met `\"` begint, wordt niet gesloten",
                           hint: "zet aan het eind van de tekst ook een `\"`, op dezelfde regel")
    }

    @Test func frontMatterThatCannotBeReadKeepsItsPage() throws {
        // Chapter 1's title opens a list it never closes. That is the one error: the chapter
        // is kept with the keys that read on their own (`nummer`), so chapter 2's links to
        // it, to its heading and to `hoofdstuk:1` all resolve, and no required key is
        // reported missing on top of the YAML error.
        let first = "\(Self.chapterFolder)/01-inleiding.md"
        let second = "\(Self.chapterFolder)/02-aanpak.md"
        let root = try site([
            first: "---\ntitel: [Inleiding\nnummer: \"1\"\n---\n\n## Een kop\n\nDit is de inleiding.\n",
            second: "---\ntitel: Aanpak\nnummer: \"2\"\n---\n\nZie [de inleiding](01-inleiding.md), [de kop](01-inleiding.md#een-kop) en [hoofdstuk 1](hoofdstuk:1).\n",
        ])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(first):2:8", code: "YAML001",
                           message: "een lijst `[...]` die niet goed wordt gesloten",
                           hint: "sluit de lijst met `]` en scheid elementen met `,`")
        #expect(!result.stderr.contains("REF"), "\(result.stderr)")
        #expect(!result.stderr.contains("YAML005"), "\(result.stderr)")

        // Once the title is fixed the site builds, with the same page.
        try TestSupport.write([first: "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\n## Een kop\n\nDit is de inleiding.\n"], into: root)
        let fixed = try TestSupport.run(["build"], in: root)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        let page = try TestSupport.read(root.appendingPathComponent("site/regio-a/plan-2024/aanpak/index.html"))
        #expect(page.contains("href=\"../inleiding/#een-kop\""), "\(page)")
    }

    @Test func documentYAMLThatCannotBeReadKeepsItsDocument() throws {
        // The document's title opens a list it never closes. The document is kept with
        // `soort`, `niveaus` and `status`, so the begrip and the gremium that name its
        // actielijn still find it: one error, not one per reference to the document.
        let root = try site([
            Self.document: "titel: [Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nstatus: vastgesteld\n",
            "\(Self.chapterFolder)/02-opgave.md": "---\ntitel: Opgave\nnummer: \"2\"\n---\n\n## Eerste {#opgave:1}\n\n### Een {#actielijn:1.1}\n\nTekst.\n",
            "content/regio-a/begrippen.yaml": "begrippen:\n  - id: ret\n    term: Regionaal expertteam\n    hoort-bij: \"actielijn:1.1@plan-2024\"\n    betekenis: Een team.\n",
            "content/regio-a/overlegvormen.yaml": "gremia:\n  - id: rpo\n    naam: Regionaal portefeuillehoudersoverleg\n    werkt-aan: [\"opgave:1@plan-2024\"]\n",
        ])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):1:8", code: "YAML001",
                           message: "een lijst `[...]` die niet goed wordt gesloten")
    }

    @Test func gremiumThatCannotBeReadIsKeptWithTheKeysThatRead() throws {
        // The second gremium's `naam` opens a list it never closes (line 6, column 11). The
        // file's list is read item by item and that item key by key, so `rao` is kept: the
        // chapter's link to it resolves, and its `werkt-aan`, wrong in its own right, is
        // reported where it is written (line 7, column 17).
        let root = try site([
            "content/regio-a/overlegvormen.yaml": """
                gremia:
                  - id: rpo
                    naam: Regionaal portefeuillehoudersoverleg
                  - id: rao
                    afkorting: RAO
                    naam: [Regionaal ambtelijk overleg
                    werkt-aan: ["opgave:9@plan-2024"]
                    legt-verantwoording-af-aan: rpo

                """,
            "\(Self.chapterFolder)/02-aanpak.md": "---\ntitel: Aanpak\nnummer: \"2\"\n---\n\nHet [RAO](gremium:rao) bereidt voor.\n",
        ])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        let file = "content/regio-a/overlegvormen.yaml"
        expectContentError(result, in: root, at: "\(file):6:11", code: "YAML001",
                           message: "een lijst `[...]` die niet goed wordt gesloten", count: 2)
        #expect(result.stderr.contains("\(file):7:17: fout[GR003]: `werkt-aan` van `rao`: "), "\(result.stderr)")
        #expect(!result.stderr.contains("GR001"), "\(result.stderr)")
    }

    @Test func agendaCellThatCannotBeReadLeavesTheRestOfTheMapping() throws {
        // The bundled content with one cell of Rijk van Nijmegen's mapping left open. The
        // mapping is read maatregel by maatregel and column by column, so only that cell is
        // missing: one error, and with `--verbose` the same infos (maatregelen no document
        // answers, entities that answer none) as the intact content, where the whole
        // mapping lost made 34 more.
        let root = try TestSupport.scratch()
        defer { remove(root) }
        try TestSupport.copyTree(TestSupport.repository.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        let intact = try TestSupport.run(["check", "--verbose"], in: root)
        #expect(intact.status == 0, "\(intact.stderr)")
        let mapping = root.appendingPathComponent("content/rijk-van-nijmegen/regioprogramma-2023-2028/hervormingsagenda.yaml")
        let text = try TestSupport.read(mapping)
        let cell = "      4: { onderdelen: [\"4.1\"], tekst: \"Steun-gezinnen\" }\n"
        #expect(text.contains(cell))
        try Data(text.replacingOccurrences(of: cell, with: "      4: { onderdelen: [\"4.1\"], tekst: \"Steun-gezinnen\"\n").utf8).write(to: mapping)

        let broken = try TestSupport.run(["check", "--verbose"], in: root)
        #expect(broken.status == 1)
        let errors = broken.stderr.split(separator: "\n").filter { $0.contains(": fout[") }
        #expect(errors.map(String.init) == ["content/rijk-van-nijmegen/regioprogramma-2023-2028/hervormingsagenda.yaml:16:10: fout[YAML001]: een map `{...}` die niet goed wordt gesloten"],
                "\(broken.stderr)")
        func infos(_ output: String) -> [Substring] { output.split(separator: "\n").filter { $0.contains(": info[") } }
        #expect(infos(broken.stderr) == infos(intact.stderr))
    }

    @Test func duplicateKeyReportedAtSecondOccurrence() throws {
        let root = try site([Self.document: "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nstatus: vastgesteld\nsoort: regiovisie\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):5:1", code: "YAML002",
                           message: "de sleutel `soort` staat twee keer in dezelfde map",
                           hint: "de eerste staat op regel 2; verwijder of hernoem een van beide")
    }

    @Test func duplicateKeyInNestedMapAndFrontMatter() throws {
        let chapter = "\(Self.chapterFolder)/01-inleiding.md"
        let root = try site([
            Self.document: "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nperiode:\n  van: 2024\n  tot: 2028\n  van: 2025\n",
            chapter: "---\ntitel: Inleiding\nnummer: \"1\"\ntitel: Weer\n---\n\nDit is de inleiding.\n",
        ])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):7:3", code: "YAML002",
                           message: "de sleutel `van` staat twee keer in dezelfde map",
                           hint: "de eerste staat op regel 5; verwijder of hernoem een van beide", count: 2)
        // Front matter: the second `titel` is file line 4, the first file line 2.
        expectContentError(result, in: root, at: "\(chapter):4:1", code: "YAML002",
                           message: "de sleutel `titel` staat twee keer in dezelfde map",
                           hint: "de eerste staat op regel 2; verwijder of hernoem een van beide", count: 2)
    }

    @Test func unknownKeyInDocumentYAMLSuggestsNearest() throws {
        let root = try site([Self.document: "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nperode: {van: 2024, tot: 2028}\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):4:1", code: "YAML003",
                           message: "onbekende sleutel `perode` in document.yaml",
                           hint: "bedoelde je `periode`?")
    }

    /// A misspelled `niveaus` is one error: its levels are read all the same, so the
    /// document's opgaven and actielijnen are not each reported as of an unknown kind.
    @Test(arguments: [("niveau: [Opgave, Actielijn]", "3:1", "YAML003", "onbekende sleutel `niveau` in document.yaml"),
                      ("niveaus: Opgave, Actielijn", "3:10", "YAML004", "`niveaus` moet een lijst zijn, bijvoorbeeld `[Opgave, Actielijn]` of `[]`")])
    func misspelledLevelsAreOneError(_ line: String, _ position: String, _ code: String, _ message: String) throws {
        let chapter = "---\ntitel: Opgave 1\nnummer: \"2\"\nid: opgave:1\n---\n\n## Eerste actielijn {#actielijn:1.1}\n\nTekst.\n\n## Tweede actielijn {#actielijn:1.2}\n\nZie [](actielijn:1.1).\n"
        let root = try site([Self.document: "titel: Plan 2024\nsoort: regioprogramma\n\(line)\nstatus: vastgesteld\n",
                             "\(Self.chapterFolder)/02-opgave-1.md": chapter], name: "misspelledLevels-\(code)")
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):\(position)", code: code, message: message,
                           hint: code == "YAML003" ? "bedoelde je `niveaus`?" : nil)
    }

    @Test func unknownKeyInFrontMatterSuggestsNearest() throws {
        let path = "\(Self.chapterFolder)/01-inleiding.md"
        let root = try site([path: "---\ntitel: Inleiding\nnumer: \"1\"\n---\n\nDit is de inleiding.\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):3:1", code: "YAML003",
                           message: "onbekende sleutel `numer` in de front matter",
                           hint: "bedoelde je `nummer`?")
    }

    @Test func scalarWhereMapIsExpected() throws {
        // "periode: " is 9 characters: the value starts at column 10.
        let root = try site([Self.document: "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nperiode: 2024\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):4:10", code: "YAML004",
                           message: "`periode` moet een map (sleutel: waarde) zijn, maar is tekst")
    }

    @Test func scalarWhereListIsExpected() throws {
        let root = try site([Self.document: "titel: Plan 2024\nsoort: regioprogramma\nniveaus: Opgave\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):3:10", code: "YAML004",
                           message: "`niveaus` moet een lijst zijn, bijvoorbeeld `[Opgave, Actielijn]` of `[]`")
    }

    @Test func invalidEnumValueNamesTheValidOnes() throws {
        let root = try site([Self.document: "titel: Plan 2024\nsoort: regioplan\nniveaus: [Opgave, Actielijn]\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):2:8", code: "YAML006",
                           message: "`regioplan` is geen geldige waarde voor `soort`")
        let hint = result.stderr.split(separator: "\n").first { $0.hasPrefix("   hulp: ") }.map(String.init) ?? ""
        #expect(hint.contains("`regioprogramma`"), "hint: \(hint)")
    }

    @Test func missingRequiredField() throws {
        let root = try site([Self.document: "soort: regioprogramma\nniveaus: [Opgave, Actielijn]\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):1:1", code: "YAML005",
                           message: "document.yaml mist het verplichte veld `titel`",
                           hint: "voeg `titel: ...` toe")
    }

    // MARK: - Files

    /// `titel:` without a value gave the page its file's name as a title, without a word.
    @Test func emptyRequiredFieldIsReported() throws {
        let path = "\(Self.chapterFolder)/01-inleiding.md"
        let root = try site([path: "---\ntitel:\nnummer: \"1\"\n---\n\nDit is de inleiding.\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):2:1", code: "YAML005",
                           message: "het verplichte veld `titel` in de front matter is leeg", hint: "vul het in: `titel: ...`")
    }

    /// `id: opgave 1` is one mistake: the entity-like file name of a page meant to be that
    /// entity is not reported as a reserved name on top.
    @Test func unreadablePageIDIsOneError() throws {
        let path = "\(Self.chapterFolder)/02-opgave-1.md"
        let root = try site([path: "---\ntitel: Opgave 1\nnummer: \"2\"\nid: opgave 1\n---\n\nTekst.\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("fout[ENT004]"), "\(result.stderr)")
        #expect(!result.stderr.contains("MD002"), "\(result.stderr)")
        #expect(result.stderr.contains("plansite: 1 fout, 0 waarschuwingen"), "\(result.stderr)")
    }

    @Test func unterminatedFrontMatter() throws {
        let path = "\(Self.chapterFolder)/01-inleiding.md"
        let root = try site([path: "---\ntitel: Inleiding\nnummer: \"1\"\n\nDit is de inleiding.\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):1:1", code: "MD001",
                           message: "front matter wordt geopend met `---` maar nergens gesloten",
                           hint: "zet een regel met alleen `---` onder de laatste regel van de front matter")
    }

    @Test func invalidUTF8NamesByteOffset() throws {
        // "café" written as Latin-1 (0xE9): "---\n" 4 + "titel: Koffie\n" 14 + "---\n" 4 + "\n" 1 = 23 bytes,
        // then "In het caf" 10 → the bad byte is at offset 33 (0-based).
        let path = "\(Self.chapterFolder)/02-koffie.md"
        var bytes = Array("---\ntitel: Koffie\n---\n\nIn het caf".utf8)
        bytes.append(0xE9)
        bytes += Array(" zaten wij.\n".utf8)
        // The first chapter links to it: the file is read all the same (the bad byte as
        // U+FFFD), so the link resolves and the one error is the byte.
        let root = try site(["\(Self.chapterFolder)/01-inleiding.md": "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\nZie [koffie](02-koffie.md).\n"],
                            raw: [path: Data(bytes)])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        // Line 5, after the 10 characters "In het caf".
        expectContentError(result, in: root, at: "\(path):5:11", code: "BRON001",
                           message: "ongeldige UTF-8 op byte 33 (0xE9)",
                           hint: "sla het bestand op als UTF-8 (zonder andere tekencodering zoals Windows-1252)")
        #expect(result.stderr.contains("    5 | In het caf\u{FFFD} zaten wij.\n"), "\(result.stderr)")
    }

    @Test func bomAndCRLFBuildCleanly() throws {
        let path = "\(Self.chapterFolder)/02-cafe.md"
        let text = "---\r\ntitel: Caf\u{E9}\r\nnummer: \"2\"\r\n---\r\n\r\nEen alinea met r\u{E9}sidenti\u{EB}le zorg.\r\n\r\nTweede alinea.\r\n"
        let root = try site(raw: [path: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("fout["), "\(result.stderr)")
        #expect(!result.stderr.contains("waarschuwing["), "\(result.stderr)")
        #expect(result.stderr.contains("(0 fouten, 0 waarschuwingen)"), "\(result.stderr)")
        let html = try TestSupport.read(root.appendingPathComponent("site/regio-a/plan-2024/cafe/index.html"))
        #expect(html.contains("Caf\u{E9}</h1>"))
        #expect(html.contains("<p>Een alinea met r\u{E9}sidenti\u{EB}le zorg.</p>"))
        #expect(html.contains("<p>Tweede alinea.</p>"))
        #expect(!html.contains("\r"))
        #expect(!html.contains("\u{FEFF}"))
        #expect(!html.contains("titel: Caf"))
    }

    @Test func bomAndCRLFKeepPositions() throws {
        // The BOM is not a character of line 1 and CR is not part of a line: `2024` is at 4:10.
        let text = "titel: Plan 2024\r\nsoort: regioprogramma\r\nniveaus: [Opgave, Actielijn]\r\nperiode: 2024\r\n"
        let root = try site(raw: [Self.document: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.document):4:10", code: "YAML004",
                           message: "`periode` moet een map (sleutel: waarde) zijn, maar is tekst")
        #expect(result.stderr.contains("    4 | periode: 2024\n"), "\(result.stderr)")
    }

    @Test func emptyChapterFile() throws {
        let path = "\(Self.chapterFolder)/02-leeg.md"
        let root = try site([path: ""])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):1:1", code: "BRON002", message: "het bestand is leeg")
    }

    /// A chapter saved as `.MD` or by Notepad as `.md.txt` is named, not dropped without a word.
    @Test(arguments: ["02-slot.MD", "02-slot.md.txt", "02-slot.markdown"])
    func chapterUnderAnotherExtensionIsReported(_ name: String) throws {
        let path = "\(Self.chapterFolder)/\(name)"
        let root = try site([path: "---\ntitel: Slot\nnummer: \"2\"\n---\n\nTot slot.\n"], name: "chapterUnderAnotherExtension-\(name)")
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):1:1", code: "BRON005",
                           message: "`\(name)` lijkt een Markdown-bestand, maar plansite leest alleen namen die op `.md` eindigen",
                           hint: "hernoem het naar `02-slot.md`")
    }

    /// Two chapters with one `nummer`: `hoofdstuk:2` would silently mean the first.
    @Test func duplicateChapterNumberIsReportedAtTheSecond() throws {
        let path = "\(Self.chapterFolder)/02-slot.md"
        let root = try site([path: "---\ntitel: Slot\nnummer: \"1\"\n---\n\nTot slot.\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):3:9", code: "MD006",
                           message: "hoofdstuk 1 bestaat al in dit document: `01-inleiding.md`",
                           hint: "geef dit bestand een eigen nummer; `hoofdstuk:1` verwijst naar `01-inleiding.md`")
    }

    /// cmark-gfm drops the second definition of a label in one file; its text would vanish.
    @Test func footnoteDefinedTwiceInOneFile() throws {
        let path = "\(Self.chapterFolder)/02-slot.md"
        let text = "---\ntitel: Slot\nnummer: \"2\"\n---\n\nTot slot.[^1]\n\n[^1]: De eerste tekst.\n\n[^1]: De tweede tekst.\n"
        let root = try site([path: text])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):10:1", code: "FN003",
                           message: "voetnoot [^1] is in dit bestand al gedefinieerd op regel 8")
    }

    /// A `{#…}` that is no id is reported where it is written; the heading does not show it.
    @Test(arguments: [("{#actielijn 1.1}", "een anker is één woord: `{#soort:nummer}`, zonder spaties, bijvoorbeeld `{#actielijn:1.1}`"),
                      ("{#actielijn:1.1", "sluit het anker af met `}`")])
    func unreadableHeadingAttributeIsReported(_ written: String, _ hint: String) throws {
        let path = "\(Self.chapterFolder)/02-opgave-1.md"
        let text = "---\ntitel: Opgave 1\nnummer: \"2\"\nid: opgave:1\n---\n\n## Een actielijn \(written)\n\nTekst.\n"
        let root = try site([path: text], name: "unreadableHeadingAttribute-\(written.count)")
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):7:18", code: "MD004",
                           message: "het anker `\(written)` is geen geldig anker; de kop of het lijstpunt krijgt het niet", hint: hint)
    }

    @Test func unreadableListItemAttributeIsReported() throws {
        let path = "\(Self.chapterFolder)/02-opgave-1.md"
        let text = "---\ntitel: Opgave 1\nnummer: \"2\"\nid: opgave:1\n---\n\n- {#actielijn 1.1} Een actielijn.\n"
        let root = try site([path: text])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):7:3", code: "MD004",
                           message: "het anker `{#actielijn 1.1}` is geen geldig anker; de kop of het lijstpunt krijgt het niet")
    }

    /// A chapter moved into a folder of its own (`hoofdstukken/`) would drop out unseen.
    @Test func markdownInAnImageFolderIsReported() throws {
        let path = "\(Self.chapterFolder)/hoofdstukken/02-slot.md"
        let root = try site([path: "---\ntitel: Slot\nnummer: \"2\"\n---\n\nTot slot.\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):1:1", code: "BRON005",
                           message: "plansite leest `02-slot.md` niet: in deze map staan alleen afbeeldingen",
                           hint: "een hoofdstuk staat direct in de map van het document, een bijlage in `bijlagen/`")
    }

    /// A renamed `document.yaml` is one error: the document is read all the same, so the
    /// references into it are not each reported as well.
    @Test(arguments: ["document.yml", "Document.yaml"])
    func misnamedDocumentYAMLIsReadAsIt(_ name: String) throws {
        let yaml = "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nstatus: vastgesteld\n"
        let root = try site(["\(Self.chapterFolder)/\(name)": yaml,
                             "\(Self.chapterFolder)/02-slot.md": "---\ntitel: Slot\nnummer: \"2\"\n---\n\nZie [](hoofdstuk:1).\n"],
                            name: "misnamedDocumentYAML-\(name)")
        defer { remove(root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent(Self.document))
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.chapterFolder)/\(name):1:1", code: "BRON005",
                           message: "`\(name)` hoort `document.yaml` te heten; plansite leest het als dat bestand",
                           hint: "hernoem het naar `document.yaml`")
    }

    @Test func symlinkLoopInContentFolder() throws {
        let root = try site()
        defer { remove(root) }
        let link = root.appendingPathComponent("content/regio-a/lus")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "..")
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "content/regio-a/lus:1:1", code: "BRON004",
                           message: "deze map is een symbolische koppeling naar een map die al wordt gelezen (een lus)",
                           hint: "verwijder de koppeling")
    }

    @Test func selfReferentialSymlink() throws {
        let root = try site()
        defer { remove(root) }
        let link = root.appendingPathComponent("\(Self.chapterFolder)/zelf")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "zelf")
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(Self.chapterFolder)/zelf:1:1", code: "BRON004",
                           message: "symbolische koppeling die een lus vormt",
                           hint: "verwijder of herstel de koppeling")
    }

    @Test func unreadableChapterInLoader() throws {
        let root = try site()
        defer { remove(root) }
        let content = root.appendingPathComponent("content").path
        let unreadable = content + "/regio-a/plan-2024/01-inleiding.md"
        var fileSystem = ContentFileSystem.disk
        fileSystem.read = { path in
            if path == unreadable { throw CocoaError(.fileReadNoPermission) }
            return try ContentFileSystem.disk.read(path)
        }
        let (loaded, diagnostics) = ContentLoader(root: content, displayRoot: "content", fileSystem: fileSystem).load()
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let d = try #require(diagnostics.first)
        #expect(d.code == .fileUnreadable)
        #expect(d.severity == .error)
        #expect(d.location == PlanSite.SourceLocation(file: "content/regio-a/plan-2024/01-inleiding.md", line: 1, column: 1))
        #expect(d.message == "het bestand kan niet worden gelezen")
        // The rest was still loaded; only the unreadable chapter is missing.
        let document = try #require(loaded.regions.first?.documents.first)
        #expect(document.config?.titel == "Plan 2024")
        #expect(document.pages.isEmpty)
        #expect(loaded.sources["content/regio-a/plan-2024/01-inleiding.md"] == nil)
        #expect(loaded.sources["content/regio-a/plan-2024/document.yaml"] != nil)
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
    func unreadableChapterAsProcess() throws {
        let path = "\(Self.chapterFolder)/01-inleiding.md"
        let root = try site()
        let file = root.appendingPathComponent(path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
            remove(root)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):1:1", code: "BRON003",
                           message: "het bestand kan niet worden gelezen",
                           hint: "controleer de rechten van het bestand (`chmod a+r`)")
    }

    // MARK: - References

    @Test func brokenReferenceColumnCountsCharacters() throws {
        // "Residentiële zorg: " is 19 characters (21 bytes): the `[` is at column 20 of file line 5.
        let path = "\(Self.chapterFolder)/02-zorg.md"
        let root = try site([path: "---\ntitel: Zorg\n---\n\nResidenti\u{EB}le zorg: [x](actielijn:9.9)\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):5:20", code: "REF001",
                           message: "actielijn 9.9 bestaat niet in plan-2024")
    }

    @Test func brokenReferencesInListsQuotesAndTables() throws {
        let path = "\(Self.chapterFolder)/02-zorg.md"
        let text = """
        ---
        titel: Zorg
        ---

        - Caf\u{E9}: [a](actielijn:9.1)
          \u{E9}\u{E9}n twee [b](actielijn:9.2)

        > Zorg \u{EB}: [c](actielijn:9.3)

        | kolom | ander |
        |---|---|
        | \u{E9} | \u{EB}\u{EB} [d](actielijn:9.4) |

        """
        let root = try site([path: text])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        // "- Café: " 8 → 9; "  één twee " 11 → 12; "> Zorg ë: " 10 → 11; "| é | ëë " 9 → 10.
        for (position, id) in [("5:9", "9.1"), ("6:12", "9.2"), ("8:11", "9.3"), ("12:10", "9.4")] {
            expectContentError(result, in: root, at: "\(path):\(position)", code: "REF001",
                               message: "actielijn \(id) bestaat niet in plan-2024", count: 4)
        }
    }

    /// `Schema.PNG` for `schema.png` works on some laptops and breaks on the web server.
    @Test func imageNamedInAnotherCaseGetsTheRightName() throws {
        let path = "\(Self.chapterFolder)/02-schema.md"
        let root = try site([path: "---\ntitel: Schema\nnummer: \"2\"\n---\n\n![Schema van de overleggen](Schema.PNG)\n"],
                            raw: ["\(Self.chapterFolder)/schema.png": Data([0x89, 0x50, 0x4E, 0x47])])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):6:1", code: "REF008", message: "het bestand `Schema.PNG` bestaat niet",
                           hint: "bedoelde je `schema.png`? Hoofdletters en kleine letters tellen mee in een bestandsnaam")
    }

    /// `{#ha-thema:9}` where the agenda has themas 1 and 2: the heading took the id and the
    /// thema's tables went nowhere, without a word.
    @Test func headingForAThemaTheAgendaLacksIsReported() throws {
        let path = "\(Self.chapterFolder)/02-agenda.md"
        let national = "hervormingsagenda/hervormingsagenda.yaml"
        let root = try site([path: "---\ntitel: Agenda\nnummer: \"2\"\n---\n\n## Thema negen {#ha-thema:9}\n\nTekst.\n",
                             "content/\(national)": "themas:\n  - id: \"1\"\n    titel: Een\n  - id: \"2\"\n    titel: Twee\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        #expect(result.stderr.contains("\(path):6:1: fout[HA007]: thema 9 bestaat niet in de Hervormingsagenda"), "\(result.stderr)")
        #expect(result.stderr.contains("hulp: bedoelde je `{#ha-thema:2}` of `{#ha-thema:1}`?"), "\(result.stderr)")
        #expect(result.status == 1)
    }

    /// Two gemeenten that differ only in accents, case or punctuation would share one page.
    @Test func gemeentenThatShareAPageAreReported() throws {
        let path = "content/regio-a/regio.yaml"
        let root = try site([path: "naam: Regio A\ngemeenten: [Aadorp, Bedorp, \"S\u{FA}dwest-Frysl\u{E2}n\", Sudwest Fryslan]\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):2:48", code: "GEM002",
                           message: "de gemeente `Sudwest Fryslan` staat al onder `gemeenten` als `S\u{FA}dwest-Frysl\u{E2}n` (regel 2); ze zouden één pagina delen",
                           hint: "haal een van beide weg; een andere schrijfwijze hoort onder `andere-namen`")
    }

    @Test func unknownReferenceKindSuggestsNearest() throws {
        // "Één verwijzing: " is 16 characters: the `[` is at column 17.
        let path = "\(Self.chapterFolder)/02-zorg.md"
        let root = try site([path: "---\ntitel: Zorg\n---\n\n\u{C9}\u{E9}n verwijzing: [x](opgav:1)\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["build"], in: root)
        expectContentError(result, in: root, at: "\(path):5:17", code: "REF002",
                           message: "`opgav:` is geen soort verwijzing die plan-2024 kent",
                           hint: "bedoelde je `opgave:`?")
    }

    // MARK: - The command line

    @Test func missingContentFolderExits2() throws {
        let root = try TestSupport.scratch()
        defer { remove(root) }
        let result = try TestSupport.run(["build", "--content", "nergens"], in: root)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("de inhoudsmap `nergens` bestaat niet"), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))

        let byDefault = try TestSupport.run(["check"], in: root)
        #expect(byDefault.status == 2, "\(byDefault.stderr)")
        #expect(byDefault.stderr.contains("de inhoudsmap `content` bestaat niet"), "\(byDefault.stderr)")
    }

    @Test func unknownFlagExits2() throws {
        let root = try site()
        defer { remove(root) }
        let result = try TestSupport.run(["build", "--snel"], in: root)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--snel"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    // MARK: - JSON

    /// A workflow annotation's properties end at `,` and `::`: a file name holding them is
    /// escaped, so the annotation stays one, on the right file.
    @Test func checkGitHubEscapesTheFileName() throws {
        let chapter = "\(Self.chapterFolder)/02-a,b::c.md"
        let root = try site([chapter: "---\ntitel: Zorg\nnummer: \"2\"\n---\n\nTekst.\n"])
        defer { remove(root) }
        let result = try TestSupport.run(["check", "--format", "github"], in: root)
        #expect(result.status == 1, "\(result.stderr)")
        let line = "::error file=\(Self.chapterFolder)/02-a%2Cb%3A%3Ac.md,line=1,col=1,title=MD002::"
        #expect(result.stdout.hasPrefix(line), "\(result.stdout)")
    }

    @Test func checkJSONOnBrokenSite() throws {
        let chapter = "\(Self.chapterFolder)/02-zorg.md"
        let root = try site([
            chapter: "---\ntitel: Zorg\n---\n\nResidenti\u{EB}le zorg: [x](actielijn:9.9)\n",
            Self.document: "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nperode: {van: 2024, tot: 2028}\n",
        ])
        defer { remove(root) }
        let result = try TestSupport.run(["check", "--format", "json"], in: root)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("fout["), "text diagnostics on stderr with --format json:\n\(result.stderr)")
        let trimmed = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(trimmed.hasPrefix("[") && trimmed.hasSuffix("]"), "\(result.stdout)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let array = try #require(parsed as? [[String: Any]], "not an array of objects: \(result.stdout)")
        #expect(array.count == 2, "\(result.stdout)")
        let keys: Set<String> = ["severity", "code", "file", "line", "column", "message", "hint"]
        for object in array {
            #expect(Set(object.keys) == keys, "\(object.keys.sorted())")
        }
        guard array.count == 2 else { return }
        // Sorted by file: `02-zorg.md` before `document.yaml`.
        let ref = array[0], key = array[1]
        #expect(ref["severity"] as? String == "error")
        #expect(ref["code"] as? String == "REF001")
        #expect(ref["file"] as? String == chapter)
        #expect(ref["line"] as? Int == 5)
        #expect(ref["column"] as? Int == 20)
        #expect(ref["message"] as? String == "actielijn 9.9 bestaat niet in plan-2024")
        #expect(ref["hint"] is NSNull)
        #expect(key["severity"] as? String == "error")
        #expect(key["code"] as? String == "YAML003")
        #expect(key["file"] as? String == Self.document)
        #expect(key["line"] as? Int == 4)
        #expect(key["column"] as? Int == 1)
        #expect(key["message"] as? String == "onbekende sleutel `perode` in document.yaml")
        #expect(key["hint"] as? String == "bedoelde je `periode`?")
    }
}
