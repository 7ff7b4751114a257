/// The lines of a Markdown file that may hold a footnote: those with a `^`, outside the front
/// matter and outside fenced code, each with its text. The footnote check (`FN`) reads these
/// and nothing else of the file, so the loader keeps them and a build can let the file's text
/// go as soon as the file is parsed (`ContentLoader.keepsTexts`).
public struct FootnoteLines: Sendable {
    public struct Line: Sendable, Equatable {
        /// 0-based, as in `SourceFile.lines`.
        public var index: Int
        public var text: String
    }

    public var lines: [Line]

    /// A footnote definition as written: `[^label]:` at the start of a line, after at most
    /// three spaces.
    public struct Definition: Sendable, Equatable {
        public var label: String
        /// 1-based column of its `[^` (only spaces precede it, one character each).
        public var column: Int
        /// The 0-based character offset just past its `]:`, where the note's text starts.
        public var end: Int
    }

    /// The definition `line` starts with, if any. The one reading of the syntax: the footnote
    /// check and the index stage (a label defined twice) both ask here.
    public static func definition(in line: Substring) -> Definition? {
        let trimmed = line.drop(while: { $0 == " " })
        let indent = line.utf8.count - trimmed.utf8.count
        guard indent <= 3, trimmed.hasPrefix("[^"), let close = trimmed.firstIndex(of: "]"),
              trimmed.index(after: close) < trimmed.endIndex, trimmed[trimmed.index(after: close)] == ":" else { return nil }
        let label = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close])
        return Definition(label: label, column: indent + 1, end: indent + trimmed.distance(from: trimmed.startIndex, to: close) + 2)
    }

    /// No lines: what a page keeps once the checks have read them (`releasingCheckOnlyParts`).
    public static let empty = FootnoteLines(lines: [])

    private init(lines: [Line]) { self.lines = lines }

    public init(_ file: SourceFile) {
        lines = Self.indices(file).map { Line(index: $0, text: String(file.lines[$0])) }
    }

    /// The indices of the lines, found on the file's bytes in one pass, without making a line
    /// of the many that have none (a Substring per line of every file was most of the check).
    /// A fence is a line whose first non-space characters are three backticks or tildes; where
    /// a non-ASCII byte follows them (a combining mark would make the third its own character
    /// no more), the line is read as characters.
    static func indices(_ file: SourceFile) -> [Int] {
        var text = file.text
        return text.withUTF8 { bytes -> [Int] in
            var found: [Int] = []
            var inFence = false
            var inFrontMatter = false
            var index = 0
            var start = 0
            while start <= bytes.count {
                let end = bytes.firstOffset(of: 0x0A, in: start..<bytes.count) ?? bytes.count
                let caret = bytes.firstOffset(of: UInt8(ascii: "^"), in: start..<end) != nil
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                defer {
                    start = end + 1
                    index += 1
                }
                if index == 0 && line.elementsEqual("---".utf8) {
                    inFrontMatter = true
                    continue
                }
                if inFrontMatter {
                    if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) { inFrontMatter = false }
                    continue
                }
                var k = 0
                while k < line.count, line[k] == UInt8(ascii: " ") { k += 1 }
                let isFence: Bool
                if k + 3 < line.count && line[k + 3] >= 0x80 {
                    let trimmed = file.lines[index].drop(while: { $0 == " " })
                    isFence = trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~")
                } else {
                    isFence = k + 3 <= line.count && (line[k] == UInt8(ascii: "`") || line[k] == UInt8(ascii: "~"))
                        && line[k + 1] == line[k] && line[k + 2] == line[k]
                }
                if isFence {
                    inFence.toggle()
                    continue
                }
                if caret && !inFence { found.append(index) }
            }
            return found
        }
    }
}
