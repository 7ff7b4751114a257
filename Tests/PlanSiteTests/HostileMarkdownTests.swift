import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// Hostile Markdown in a real chapter, run as `plansite` processes on a copy of the bundled
/// content: nesting thousands of levels deep must give a diagnostic (not a stack overflow,
/// exit 139), and a line with tens of thousands of positions to report must finish. The
/// timeout only keeps a regression from hanging CI; timing is measured in the benchmark.
@Suite struct HostileMarkdownTests {
    static let chapter = "content/rivierenland/regiovisie-2023/01-inleiding.md"
    static let timeout: TimeInterval = 60

    /// A copy of the bundled content with `lines` appended to the chapter after a blank line;
    /// returns the folder and the file line number of the first appended line.
    private func site(appending lines: [String], name: String = #function) throws -> (URL, Int) {
        let root = try TestSupport.scratch(name)
        try TestSupport.copyTree(TestSupport.bundledContent, to: root.appendingPathComponent("content"))
        let url = root.appendingPathComponent(Self.chapter)
        var text = try TestSupport.read(url)
        if !text.hasSuffix("\n") { text += "\n" }
        let firstLine = text.filter { $0 == "\n" }.count + 2
        text += "\n" + lines.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url)
        return (root, firstLine)
    }

    private func check(_ root: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> TestSupport.ProcessResult {
        let run = try TestSupport.run(["check"], in: root, timeout: Self.timeout)
        #expect(!run.killed, "plansite check did not finish within \(Int(Self.timeout)) s", sourceLocation: sourceLocation)
        return run.result
    }

    // MARK: - Nesting

    @Test func deeplyNestedListsAreAnErrorNotACrash() throws {
        let (root, line) = try site(appending: [String(repeating: "- ", count: 50_000) + "x"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try check(root)
        #expect(result.status == 1, "exit status \(result.status); stderr:\n\(result.stderr.prefix(2000))")
        // The 33rd list starts at its `-`: 32 times "- " before it.
        #expect(result.stderr.contains("\(Self.chapter):\(line):65: fout[MD005]: lijsten en citaten zijn hier dieper genest dan 32 niveaus\n"),
                "stderr:\n\(result.stderr.prefix(2000))")
        #expect(result.stderr.contains("   hulp: gebruik minder niveaus van lijsten of citaten"))
        #expect(result.stderr.components(separatedBy: "[MD005]").count == 2, "one diagnostic for the whole nest")
    }

    /// cmark keeps every open container alive for the lines that follow: without the cap a
    /// deep list followed by 20,000 lines took minutes inside cmark.
    @Test func deeplyNestedListFollowedByManyLinesFinishes() throws {
        let deep = String(repeating: "- ", count: 50_000) + "x"
        let rest = (1...20_000).map { "regel \($0) met [een link](#nergens)" }
        let (root, line) = try site(appending: [deep] + rest)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try check(root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(Self.chapter):\(line):65: fout[MD005]"), "stderr:\n\(result.stderr.prefix(2000))")
    }

    @Test func deeplyNestedBlockQuotesAreAnErrorNotACrash() throws {
        let (root, line) = try site(appending: [String(repeating: ">", count: 50_000) + " x"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try check(root)
        #expect(result.status == 1, "exit status \(result.status); stderr:\n\(result.stderr.prefix(2000))")
        #expect(result.stderr.contains("\(Self.chapter):\(line):33: fout[MD005]: lijsten en citaten zijn hier dieper genest dan 32 niveaus\n"),
                "stderr:\n\(result.stderr.prefix(2000))")
    }

    @Test func deeplyNestedEmphasisIsAnErrorNotACrash() throws {
        // `*a **b ` opens emphasis and strong: 40,000 inline levels.
        let (root, line) = try site(appending: [String(repeating: "*a **b ", count: 20_000) + "x" + String(repeating: "** c*", count: 20_000)])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try check(root)
        #expect(result.status == 1, "exit status \(result.status); stderr:\n\(result.stderr.prefix(2000))")
        #expect(result.stderr.contains("\(Self.chapter):\(line)"), "stderr:\n\(result.stderr.prefix(2000))")
        #expect(result.stderr.contains("fout[MD005]: opmaak (nadruk, doorhaling, links) is hier dieper genest dan 32 niveaus\n"))
    }

    @Test func buildWithTooDeepNestingKeepsThePreviousSite() throws {
        let (root, _) = try site(appending: ["Nog een alinea."])
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try TestSupport.run(["build"], in: root, timeout: 300)
        #expect(first.result.status == 0, "stderr:\n\(first.result.stderr.prefix(2000))")
        let index = root.appendingPathComponent("site/index.html")
        let before = try TestSupport.read(index)
        let listing = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("site").path).sorted()

        let chapter = root.appendingPathComponent(Self.chapter)
        try Data((try TestSupport.read(chapter) + "\n" + String(repeating: "> - ", count: 25_000) + "x\n").utf8).write(to: chapter)
        let second = try TestSupport.run(["build"], in: root, timeout: Self.timeout)
        #expect(!second.killed)
        #expect(second.result.status == 1, "exit status \(second.result.status); stderr:\n\(second.result.stderr.prefix(2000))")
        #expect(second.result.stderr.contains("fout[MD005]"))
        #expect(try TestSupport.read(index) == before)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("site").path).sorted() == listing)
    }

    // MARK: - Long lines

    @Test func tenThousandHTMLTagsOnOneLine() throws {
        let tags = String(repeating: "<b>x</b> ", count: 10_000)
        let (root, line) = try site(appending: [tags + "<u>laat</u>"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try check(root)
        #expect(result.status == 0, "exit status \(result.status); stderr:\n\(result.stderr.prefix(2000))")
        // `<b>` is allowed; only the last two tags are reported, at their own columns.
        let column = tags.count + 1
        #expect(result.stderr.contains("\(Self.chapter):\(line):\(column): waarschuwing[HTML001]: HTML `<u>` is niet toegestaan"),
                "stderr:\n\(result.stderr.prefix(2000))")
        #expect(result.stderr.contains("\(Self.chapter):\(line):\(column + 7): waarschuwing[HTML001]: HTML `</u>` is niet toegestaan"))
        #expect(result.stderr.contains("plansite: 0 fouten, 2 waarschuwingen"))
    }

    @Test func twentyThousandFootnoteReferencesOnOneLine() throws {
        let references = "Tekst" + String(repeating: " [^lang]", count: 20_000)
        let (root, line) = try site(appending: [references + " [^laat]", "", "[^lang]: Een voetnoot."])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try check(root)
        #expect(result.status == 1, "exit status \(result.status); stderr:\n\(result.stderr.prefix(2000))")
        // Reported at the `^` of the undefined reference after the 20,000 defined ones.
        let column = references.count + 3
        #expect(result.stderr.contains("\(Self.chapter):\(line):\(column): fout[FN001]: voetnoot [^laat] heeft geen tekst\n"),
                "stderr:\n\(result.stderr.prefix(2000))")
        #expect(result.stderr.contains("plansite: 1 fout, 0 waarschuwingen"))
    }

    @Test func longLineIsQuotedAroundTheColumn() throws {
        let references = "Tekst" + String(repeating: " [^lang]", count: 20_000)
        let (root, _) = try site(appending: [references + " [^laat]", "", "[^lang]: Een voetnoot."])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try check(root)
        let quoted = result.stderr.split(separator: "\n").filter { $0.contains(" | ") }
        #expect(!quoted.isEmpty)
        #expect(quoted.allSatisfy { $0.count < 200 }, "a long line is quoted whole:\n\(result.stderr.prefix(2000))")
        #expect(quoted.contains { $0.hasSuffix("[^lang] [^lang] [^laat]") && $0.contains("| …") })
    }

    // MARK: - Column table

    @Test func columnTableAgreesWithCountingCharacters() {
        let lines = ["ascii only [a](b)", "é [a](b) ë", "e\u{301}x 👩‍👩‍👧 [^1] 🇳🇱🇳🇱 ∑", "\t\u{301}a", "",
                     // Read from the bytes alone (every scalar a character), and just outside that.
                     "Café – ‘zorg’ “jeugd” … €5 naïef ‑ \u{00AD}ʰ˿ [a](b)", "é\u{301} [a](b) – ë", "a\rb [a](b) ë",
                     "‧‰⁞ [a](b)  \u{200D}", "\u{2028}é [a](b)", "ë\u{0300}"]
        for text in lines {
            let line = Substring(text)
            let table = LineColumns(line)
            for byteColumn in 0...(text.utf8.count + 2) {
                #expect(table.characterColumn(ofByteColumn: byteColumn) == line.characterColumn(ofByteColumn: byteColumn),
                        "\(text.debugDescription) byte column \(byteColumn)")
                // And both with the definition: the characters before the byte, plus one, at
                // every byte that starts a scalar (the columns plansite asks for).
                let offset = max(0, min(byteColumn - 1, text.utf8.count))
                let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                if offset == text.utf8.count || text.utf8[index] & 0xC0 != 0x80 {
                    #expect(line.characterColumn(ofByteColumn: byteColumn) == text[..<index].count + 1, "\(text.debugDescription) byte column \(byteColumn)")
                }
            }
        }
    }
}
