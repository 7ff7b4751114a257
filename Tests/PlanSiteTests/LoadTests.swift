import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The load stage on its own: decoding, front matter, YAML with marks, and the schema
/// readers' diagnostics (through a whole check run on an in-memory site).
@Suite struct LoadTests {
    static func file(_ text: String, path: String = "x.yaml") -> SourceFile {
        SourceFile(relativePath: path, displayPath: path, text: text)
    }

    static func decode(_ bytes: [UInt8]) -> Result<SourceFile, Diagnostic> {
        SourceFile.decode(Data(bytes), relativePath: "r/d/01-a.md", displayPath: "content/r/d/01-a.md")
    }

    // MARK: - SourceFile.decode

    @Test func decodeStripsBOM() throws {
        let file = try Self.decode([0xEF, 0xBB, 0xBF] + Array("titel: A\nb".utf8)).get()
        #expect(file.text == "titel: A\nb")
        #expect(Array(file.lines) == ["titel: A", "b"])
        #expect(file.line(1) == "titel: A")
        #expect(file.relativePath == "r/d/01-a.md")
        #expect(file.displayPath == "content/r/d/01-a.md")
    }

    @Test func decodeNormalisesLineEndings() throws {
        let file = try Self.decode(Array("a\r\nb\r\n\r\nc\rd".utf8)).get()
        #expect(file.text == "a\nb\n\nc\nd")
        #expect(Array(file.lines) == ["a", "b", "", "c", "d"])
        #expect(file.line(4) == "c")
        #expect(file.line(6) == nil)
        #expect(file.line(0) == nil)
    }

    @Test func decodeReportsInvalidUTF8WithOffsetLineAndColumn() {
        // "regel\n" (6 bytes) + "ab" + "é" (2 bytes) = 10 bytes before the bad 0xFF.
        let result = Self.decode(Array("regel\nab".utf8) + [0xC3, 0xA9, 0xFF] + Array("x\n".utf8))
        guard case .failure(let d) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.code == .fileInvalidUTF8)
        #expect(d.code.rawValue == "BRON001")
        #expect(d.severity == .error)
        #expect(d.location == PlanSite.SourceLocation(file: "content/r/d/01-a.md", line: 2, column: 4))
        #expect(d.message == "ongeldige UTF-8 op byte 10 (0xFF)")
        #expect(d.hint == "sla het bestand op als UTF-8 (zonder andere tekencodering zoals Windows-1252)")
    }

    /// Lines end where the decoded text's lines end, and where cmark-gfm ends them: at LF, at
    /// CRLF once, and at a CR alone, also one followed by a combining mark.
    @Test func decodeCountsEveryLineEndingAlike() {
        guard case .failure(let d) = Self.decode(Array("a\r\nb\rc\r\u{301}d\nef".utf8) + [0xFF]) else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.location == PlanSite.SourceLocation(file: "content/r/d/01-a.md", line: 5, column: 3))
        guard case .success(let file) = Self.decode(Array("a\r\nb\rc\r\u{301}d\nef".utf8)) else {
            Issue.record("expected the text")
            return
        }
        #expect(file.text == "a\nb\nc\n\u{301}d\nef")
        #expect(file.lines.count == 5)
    }

    @Test func decodeCountsBOMInByteOffset() {
        let result = Self.decode([0xEF, 0xBB, 0xBF] + Array("ok\n".utf8) + [0xE9] + Array("t".utf8))
        guard case .failure(let d) = result else {
            Issue.record("expected a failure")
            return
        }
        // The offset is in the file as stored (BOM included); the column is in characters.
        #expect(d.message == "ongeldige UTF-8 op byte 6 (0xE9)")
        #expect(d.location == PlanSite.SourceLocation(file: "content/r/d/01-a.md", line: 2, column: 1))
    }

    @Test func decodeRejectsTruncatedAndOverlongSequences() {
        guard case .failure(let truncated) = Self.decode(Array("abc".utf8) + [0xE2, 0x82]) else {
            Issue.record("truncated sequence accepted")
            return
        }
        #expect(truncated.message == "ongeldige UTF-8 op byte 3 (0xE2)")
        #expect(truncated.location.column == 4)
        guard case .failure(let overlong) = Self.decode([0xC0, 0xAF]) else {
            Issue.record("overlong sequence accepted")
            return
        }
        #expect(overlong.message == "ongeldige UTF-8 op byte 0 (0xC0)")
        #expect(overlong.location.line == 1)
        #expect(overlong.location.column == 1)
    }

    // MARK: - FrontMatterSplit

    @Test func frontMatterSplitGivesBodyLineOffset() throws {
        let file = Self.file("---\ntitel: Inleiding\nnummer: \"1\"\n---\n\nDit is de inleiding.\n", path: "01-inleiding.md")
        let split = try FrontMatterSplit.split(file).get()
        #expect(split.yaml == "titel: Inleiding\nnummer: \"1\"")
        #expect(split.body == "\nDit is de inleiding.\n")
        #expect(split.bodyLineOffset == 4)
        #expect(split.yamlLineOffset == 1)
    }

    @Test func frontMatterMayCloseWithDotsAndTrailingSpaces() throws {
        let split = try FrontMatterSplit.split(Self.file("--- \ntitel: A\n...\nTekst")).get()
        #expect(split.yaml == "titel: A")
        #expect(split.body == "Tekst")
        #expect(split.bodyLineOffset == 3)
    }

    @Test func frontMatterMayBeEmptyAndTheBodyMayBeMissing() throws {
        let empty = try FrontMatterSplit.split(Self.file("---\n---\nTekst")).get()
        #expect(empty.yaml == "")
        #expect(empty.body == "Tekst")
        let bodiless = try FrontMatterSplit.split(Self.file("---\ntitel: A\n---")).get()
        #expect(bodiless.yaml == "titel: A")
        #expect(bodiless.body == "")
        let newlineOnly = try FrontMatterSplit.split(Self.file("---\ntitel: A\n---\n")).get()
        #expect(newlineOnly.body == "")
    }

    /// The body and YAML are slices of the file's text: they must be what joining the lines gives.
    @Test func joinedLinesAreTheLinesJoinedByNewlines() {
        for text in ["", "\n", "a", "a\n", "één\n\nco\u{308}rdinatie – 4.1\n", "x\ny\n\n\nz", "🙂\n\u{65}\u{301}\n"] {
            let lines = Self.file(text).lines
            for lower in 0...lines.count {
                for upper in lower...lines.count {
                    #expect(String(lines.joined(lower..<upper)) == lines[lower..<upper].joined(separator: "\n"), "\(text.debugDescription) \(lower)..<\(upper)")
                }
            }
        }
    }

    @Test func noFrontMatterKeepsWholeText() throws {
        let text = "Tekst zonder front matter.\n---\n"
        let split = try FrontMatterSplit.split(Self.file(text)).get()
        #expect(split.yaml == nil)
        #expect(split.body == text)
        #expect(split.bodyLineOffset == 0)
    }

    @Test func unterminatedFrontMatterIsReported() {
        guard case .failure(let d) = FrontMatterSplit.split(Self.file("---\ntitel: A\n\nTekst\n", path: "content/r/d/01-a.md")) else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.code == .markdownUnterminatedFrontMatter)
        #expect(d.code.rawValue == "MD001")
        #expect(d.severity == .error)
        #expect(d.location == PlanSite.SourceLocation(file: "content/r/d/01-a.md", line: 1, column: 1))
        #expect(d.message == "front matter wordt geopend met `---` maar nergens gesloten")
    }

    // MARK: - YAMLParser

    @Test func yamlMarksIncludeLineOffset() throws {
        let yaml = "titel: Doelen\nniveaus: [Opgave, Actielijn]\n"
        let node = try #require(try YAMLParser.parse(yaml, in: Self.file(yaml, path: "a.md"), lineOffset: 1).get())
        guard case .mapping(let pairs) = node.kind else {
            Issue.record("expected a mapping")
            return
        }
        #expect(pairs.map(\.key) == ["titel", "niveaus"])
        #expect(node.location == PlanSite.SourceLocation(file: "a.md", line: 2, column: 1))
        #expect(pairs[0].keyLocation == PlanSite.SourceLocation(file: "a.md", line: 2, column: 1))
        #expect(pairs[0].value.scalar == "Doelen")
        #expect(pairs[0].value.location == PlanSite.SourceLocation(file: "a.md", line: 2, column: 8))
        #expect(pairs[1].keyLocation == PlanSite.SourceLocation(file: "a.md", line: 3, column: 1))
        guard case .sequence(let items) = pairs[1].value.kind else {
            Issue.record("expected a sequence")
            return
        }
        #expect(items.map(\.scalar) == ["Opgave", "Actielijn"])
        #expect(items[0].location == PlanSite.SourceLocation(file: "a.md", line: 3, column: 11))
        #expect(items[1].location == PlanSite.SourceLocation(file: "a.md", line: 3, column: 19))
    }

    @Test func yamlScalarsKnowWhetherTheyWereQuoted() throws {
        let yaml = "a: \"1.3\"\nb: 1.3\nc:\nd: ~\n"
        let node = try #require(try YAMLParser.parse(yaml, in: Self.file(yaml)).get())
        guard case .mapping(let pairs) = node.kind else {
            Issue.record("expected a mapping")
            return
        }
        guard case .scalar("1.3", let quotedPlain) = pairs[0].value.kind,
              case .scalar("1.3", let barePlain) = pairs[1].value.kind else {
            Issue.record("expected scalars")
            return
        }
        #expect(quotedPlain == false)
        #expect(barePlain == true)
        #expect(pairs[2].value.isNull)
        #expect(pairs[3].value.isNull)
        #expect(!pairs[0].value.isNull)
    }

    @Test func yamlEmptyDocumentIsNil() throws {
        let node = try YAMLParser.parse("# alleen commentaar\n", in: Self.file("# alleen commentaar\n")).get()
        #expect(node == nil)
    }

    @Test func yamlSyntaxErrorHasPosition() {
        let yaml = "titel: A\nsoort: b: c\n"
        guard case .failure(let d) = YAMLParser.parse(yaml, in: Self.file(yaml, path: "document.yaml")) else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.code == .yamlSyntax)
        #expect(d.severity == .error)
        #expect(d.location == PlanSite.SourceLocation(file: "document.yaml", line: 2, column: 9))
        #expect(d.message == "een `:` op een plek waar geen nieuwe sleutel kan beginnen")
        #expect(d.hint == "zet tekst met een dubbele punt tussen aanhalingstekens, of controleer het inspringen")
    }

    @Test func yamlSyntaxErrorInFrontMatterIsShifted() {
        let yaml = "titel: A\n\tnummer: \"1\"\n"
        guard case .failure(let d) = YAMLParser.parse(yaml, in: Self.file(yaml, path: "01-a.md"), lineOffset: 1) else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.code == .yamlSyntax)
        #expect(d.location == PlanSite.SourceLocation(file: "01-a.md", line: 3, column: 1))
        #expect(d.message == "een tab in het inspringen")
        #expect(d.hint == "gebruik spaties om in te springen, geen tabs")
    }

    @Test func yamlDuplicateKeyIsReportedAtSecondOccurrence() {
        let yaml = "titel: A\nsoort: anders\ntitel: B\n"
        guard case .failure(let d) = YAMLParser.parse(yaml, in: Self.file(yaml, path: "document.yaml")) else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.code == .yamlDuplicateKey)
        #expect(d.code.rawValue == "YAML002")
        #expect(d.severity == .error)
        #expect(d.location == PlanSite.SourceLocation(file: "document.yaml", line: 3, column: 1))
        #expect(d.message == "de sleutel `titel` staat twee keer in dezelfde map")
        #expect(d.hint == "de eerste staat op regel 1; verwijder of hernoem een van beide")
    }

    @Test func yamlNestedDuplicateKeyWithOffset() {
        let yaml = "periode:\n  van: 2023\n  tot: 2024\n  van: 2025\n"
        guard case .failure(let d) = YAMLParser.parse(yaml, in: Self.file(yaml, path: "a.md"), lineOffset: 1) else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.code == .yamlDuplicateKey)
        #expect(d.location == PlanSite.SourceLocation(file: "a.md", line: 5, column: 3))
        #expect(d.message == "de sleutel `van` staat twee keer in dezelfde map")
        #expect(d.hint == "de eerste staat op regel 3; verwijder of hernoem een van beide")
    }

    // MARK: - Schema readers, through a check run

    static func diagnostics(_ files: [String: String]) throws -> ([Diagnostic], String) {
        let (outcome, root) = try TestSupport.check(files)
        defer { try? FileManager.default.removeItem(at: root) }
        return (outcome.diagnostics, SiteBuild.displayPath(root.appendingPathComponent("content").path))
    }

    @Test func unknownKeyHasNearestKeyAsHint() throws {
        let (diagnostics, content) = try Self.diagnostics(TestSupport.minimalSite(extra: [
            "content/regio-a/plan-2024/document.yaml": "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nperiod: { van: 2024 }\n",
        ]))
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.code == .yamlUnknownKey)
        #expect(d.severity == .error)
        #expect(d.location == PlanSite.SourceLocation(file: content + "/regio-a/plan-2024/document.yaml", line: 4, column: 1))
        #expect(d.message == "onbekende sleutel `period` in document.yaml")
        #expect(d.hint == "bedoelde je `periode`?")
    }

    @Test func unknownKeyWithoutNearKeyListsAllowedKeys() throws {
        let (diagnostics, content) = try Self.diagnostics(TestSupport.minimalSite(extra: [
            "content/regio-a/regio.yaml": "naam: Regio A\ngemeenten: [Aadorp]\nprovincie: Gelderland\n",
        ]))
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.code == .yamlUnknownKey)
        #expect(d.location == PlanSite.SourceLocation(file: content + "/regio-a/regio.yaml", line: 3, column: 1))
        #expect(d.message == "onbekende sleutel `provincie` in regio.yaml")
        #expect(d.hint == "toegestaan: `naam`, `gemeenten`, `andere-namen`, `website`, `omschrijving`")
    }

    @Test func wrongTypeIsReportedAtTheValue() throws {
        let (diagnostics, content) = try Self.diagnostics(TestSupport.minimalSite(extra: [
            "content/regio-a/plan-2024/document.yaml": "titel: Plan 2024\nsoort: regioprogramma\nniveaus: Opgave\nperiode: { van: twintig }\n",
        ]))
        let file = content + "/regio-a/plan-2024/document.yaml"
        #expect(diagnostics.map(\.code) == [.yamlWrongType, .yamlWrongType])
        #expect(diagnostics.map(\.location) == [PlanSite.SourceLocation(file: file, line: 3, column: 10),
                                                PlanSite.SourceLocation(file: file, line: 4, column: 17)])
        #expect(diagnostics[0].message == "`niveaus` moet een lijst zijn, bijvoorbeeld `[Opgave, Actielijn]` of `[]`")
        #expect(diagnostics[1].message == "`van` moet een geheel getal zijn, maar is `twintig`")
        #expect(diagnostics[1].hint == "schrijf bijvoorbeeld `van: 2024`")
    }

    @Test func frontMatterWrongTypeIsInTheFilesOwnLines() throws {
        let (diagnostics, content) = try Self.diagnostics(TestSupport.minimalSite(extra: [
            "content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: [Inleiding]\n---\n\nTekst.\n",
        ]))
        let titel = diagnostics.filter { $0.code == .yamlWrongType }
        #expect(titel.count == 1)
        #expect(titel.first?.location == PlanSite.SourceLocation(file: content + "/regio-a/plan-2024/01-inleiding.md", line: 2, column: 8))
        #expect(titel.first?.message == "`titel` moet tekst zijn, maar is een lijst")
    }

    @Test func missingFieldIsReportedAtTheMapping() throws {
        let (diagnostics, content) = try Self.diagnostics(TestSupport.minimalSite(extra: [
            "content/regio-a/regio.yaml": "naam: Regio A\n",
        ]))
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.code == .yamlMissingField)
        #expect(d.code.rawValue == "YAML005")
        #expect(d.severity == .error)
        #expect(d.location == PlanSite.SourceLocation(file: content + "/regio-a/regio.yaml", line: 1, column: 1))
        #expect(d.message == "regio.yaml mist het verplichte veld `gemeenten`")
        #expect(d.hint == "voeg `gemeenten: ...` toe")
    }

    /// A missing required file is a file problem (`BRON009`, formerly `YAML005`), reported at
    /// the file that should be there.
    @Test func missingRequiredFilesAreFileProblems() throws {
        var files = TestSupport.minimalSite(extra: [
            "content/regio-b/plan-2025/document.yaml": "titel: Plan 2025\nsoort: regioprogramma\nniveaus: [Opgave]\n",
            "content/regio-a/los/01-een.md": "---\ntitel: Een\n---\n\nTekst.\n",
        ])
        files["content/site.yaml"] = nil
        let (diagnostics, content) = try Self.diagnostics(files)
        #expect(diagnostics.map(\.code) == [.fileMissing, .fileMissing, .fileMissing])
        #expect(diagnostics.map(\.code.rawValue) == ["BRON009", "BRON009", "BRON009"])
        #expect(diagnostics.map(\.location) == [
            PlanSite.SourceLocation(file: content + "/regio-a/los/document.yaml", line: 1, column: 1),
            PlanSite.SourceLocation(file: content + "/regio-b/regio.yaml", line: 1, column: 1),
            PlanSite.SourceLocation(file: content + "/site.yaml", line: 1, column: 1),
        ])
        #expect(diagnostics.map(\.message) == [
            "de map `regio-a/los` is een document, maar heeft geen document.yaml",
            "de map `regio-b` is een regio, maar heeft geen regio.yaml",
            "de inhoudsmap heeft geen site.yaml",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func missingTitelInFrontMatter() throws {
        let (diagnostics, content) = try Self.diagnostics(TestSupport.minimalSite(extra: [
            "content/regio-a/plan-2024/01-inleiding.md": "---\nnummer: \"1\"\n---\n\nTekst.\n",
        ]))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == .yamlMissingField)
        #expect(diagnostics.first?.location == PlanSite.SourceLocation(file: content + "/regio-a/plan-2024/01-inleiding.md", line: 2, column: 1))
        #expect(diagnostics.first?.message == "de front matter mist het verplichte veld `titel`")
    }

    @Test func enumValueOutsideListIsInvalid() throws {
        let (diagnostics, content) = try Self.diagnostics(TestSupport.minimalSite(extra: [
            "content/regio-a/plan-2024/document.yaml": "titel: Plan 2024\nsoort: regioprogram\nniveaus: [Opgave]\nstatus: definitief\n",
        ]))
        let file = content + "/regio-a/plan-2024/document.yaml"
        #expect(diagnostics.map(\.code) == [.yamlInvalidValue, .yamlInvalidValue])
        #expect(diagnostics[0].location == PlanSite.SourceLocation(file: file, line: 2, column: 8))
        #expect(diagnostics[0].message == "`regioprogram` is geen geldige waarde voor `soort`")
        #expect(diagnostics[0].hint == "bedoelde je `regioprogramma`?")
        #expect(diagnostics[1].location == PlanSite.SourceLocation(file: file, line: 4, column: 9))
        #expect(diagnostics[1].message == "`definitief` is geen geldige waarde voor `status`")
        #expect(diagnostics[1].hint == "kies uit `concept`, `vastgesteld`")
    }

    @Test func duplicateKeyInFileIsReportedThroughTheLoader() throws {
        let (diagnostics, content) = try Self.diagnostics(TestSupport.minimalSite(extra: [
            "content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\nnummer: \"1\"\ntitel: Nogmaals\n---\n\nTekst.\n",
        ]))
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.code == .yamlDuplicateKey)
        #expect(d.location == PlanSite.SourceLocation(file: content + "/regio-a/plan-2024/01-inleiding.md", line: 4, column: 1))
        #expect(d.hint == "de eerste staat op regel 2; verwijder of hernoem een van beide")
    }

    @Test func unterminatedFrontMatterThroughTheLoader() throws {
        let (diagnostics, content) = try Self.diagnostics(TestSupport.minimalSite(extra: [
            "content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\n\nTekst.\n",
        ]))
        #expect(diagnostics.map(\.code) == [.markdownUnterminatedFrontMatter])
        #expect(diagnostics.first?.location == PlanSite.SourceLocation(file: content + "/regio-a/plan-2024/01-inleiding.md", line: 1, column: 1))
    }

    @Test func invalidUTF8ThroughTheLoader() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(TestSupport.minimalSite(), into: root)
        let path = root.appendingPathComponent("content/regio-a/plan-2024/01-inleiding.md")
        try Data(Array("---\ntitel: Caf".utf8) + [0xE9] + Array("\n---\n".utf8)).write(to: path)
        let outcome = SiteBuild(options: .init(content: root.appendingPathComponent("content").path, output: root.appendingPathComponent("site").path)).check()
        let content = SiteBuild.displayPath(root.appendingPathComponent("content").path)
        #expect(outcome.diagnostics.map(\.code) == [.fileInvalidUTF8])
        #expect(outcome.diagnostics.first?.location == PlanSite.SourceLocation(file: content + "/regio-a/plan-2024/01-inleiding.md", line: 2, column: 11))
        #expect(outcome.diagnostics.first?.message == "ongeldige UTF-8 op byte 14 (0xE9)")
    }
}
