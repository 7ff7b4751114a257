import Foundation

/// One example of a cmark-gfm spec file (`Fixtures/gfm-spec/`), read in the files' own
/// format: a line of 32 backticks and `example`, the Markdown, a line with only `.`, the
/// expected HTML, a closing line of 32 backticks; `→` stands for a tab. Only the Markdown
/// is kept: the tests compare with what cmark-gfm makes of it with plansite's extensions,
/// not with the HTML the spec expects for the extensions its own test turns on.
struct GFMSpecExample: Sendable, CustomStringConvertible {
    /// The file's name without `.txt`: `spec`, `extensions` or `regression`.
    var file: String
    /// 1-based, counted per file the way cmark-gfm's `spec_tests.py` counts (disabled
    /// examples included), so a number here is the number the spec prints.
    var number: Int
    var line: Int
    var markdown: String

    var id: GFMSpecExample.ID { ID(file: file, number: number) }

    struct ID: Hashable, Comparable, Sendable, CustomStringConvertible {
        var file: String
        var number: Int
        static func < (a: ID, b: ID) -> Bool { (a.file, a.number) < (b.file, b.number) }
        var description: String { "\(file) \(number)" }
    }

    var description: String { line > 0 ? "\(file) example \(number) (line \(line))" : "\(file) example \(number)" }

    static let fence = String(repeating: "`", count: 32)

    /// The examples of one file, in order.
    static func parse(_ text: String, file: String) -> [GFMSpecExample] {
        var examples: [GFMSpecExample] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix(fence + " example") else {
                index += 1
                continue
            }
            let start = index + 1
            var markdown: [Substring] = []
            var inHTML = false
            index += 1
            while index < lines.count, lines[index] != Substring(fence) {
                if !inHTML, lines[index] == "." {
                    inHTML = true
                } else if !inHTML {
                    markdown.append(lines[index])
                }
                index += 1
            }
            index += 1
            let text = markdown.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
            examples.append(GFMSpecExample(file: file, number: examples.count + 1, line: start, markdown: text))
        }
        return examples
    }

    /// Every example of `spec.txt`, `extensions.txt` and `regression.txt`, then plansite's
    /// own (`plansiteExamples`).
    static func all() throws -> [GFMSpecExample] {
        let folder = TestSupport.fixtures.appendingPathComponent("gfm-spec")
        let spec = try ["spec", "extensions", "regression"].flatMap { name in
            let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name + ".txt")), as: UTF8.self)
            return parse(text, file: name)
        }
        let own = plansiteExamples.enumerated().map { GFMSpecExample(file: "plansite", number: $0.offset + 1, line: 0, markdown: $0.element) }
        return spec + own
    }

    /// One example by file and number, for the tests that quote the spec's own example.
    static func example(_ file: String, _ number: Int) throws -> GFMSpecExample? {
        try all().first { $0.file == file && $0.number == number }
    }
}
