import Foundation

/// A text file as the editor sees it: BOM stripped, CRLF normalised to LF, split in lines,
/// so every later stage can quote a line and count columns in characters.
public struct SourceFile: Sendable {
    /// Path relative to the content folder, with "/" separators.
    public let relativePath: String
    /// Path as shown in diagnostics.
    public let displayPath: String
    public let text: String
    /// The lines, without their "\n".
    public let lines: Lines

    public init(relativePath: String, displayPath: String, text: String) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.text = text
        self.lines = Lines(text)
    }

    /// The lines of a text, kept as the UTF-8 offset where each starts: every Markdown and
    /// YAML file of a site stays loaded through the build (diagnostics quote their lines), and
    /// a `Substring` per line took 32 bytes (29 MB at 100×) where an offset takes 4.
    public struct Lines: RandomAccessCollection, Sendable {
        private let text: String
        /// Where each line starts, and one past the text's end after the last.
        private let starts: [Int32]

        init(_ text: String) {
            self.text = text
            // Newline offsets from the contiguous bytes, on the byte, not on Characters: "\n" is
            // always a character boundary here (CRLF is normalised before).
            var starts: [Int32] = [0]
            var text = text
            text.withUTF8 { bytes in
                var offset = 0
                while let newline = bytes.firstOffset(of: 0x0A, in: offset..<bytes.count) {
                    offset = newline + 1
                    starts.append(Int32(offset))
                }
            }
            starts.append(Int32(text.utf8.count + 1))
            self.starts = starts
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { starts.count - 1 }

        /// A line as a Substring whose bounds are character-aligned indices (later stages count
        /// and walk Characters in it; unaligned bounds would send them down slow paths).
        public subscript(position: Int) -> Substring {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: Int(starts[position]))
            let end = utf8.index(utf8.startIndex, offsetBy: Int(starts[position + 1]) - 1)
            guard let s = String.Index(start, within: text), let e = String.Index(end, within: text) else { return text[start..<end] }
            return text[s..<e]
        }

        /// The lines `range` joined by "\n", as one slice of the text rather than a string
        /// put together line by line (every Markdown file's body is this).
        public func joined(_ range: Range<Int>) -> Substring {
            guard !range.isEmpty else { return "" }
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: Int(starts[range.lowerBound]))
            let end = utf8.index(utf8.startIndex, offsetBy: Int(starts[range.upperBound]) - 1)
            return text[start..<end]
        }
    }

    /// The file's paths without its text, for a load that keeps no texts (`ContentLoader.keepsTexts`).
    public var withoutText: SourceFile { SourceFile(relativePath: relativePath, displayPath: displayPath, text: "") }

    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }

    public var start: SourceLocation { location(line: 1, column: 1) }

    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// Decodes raw bytes. Invalid UTF-8 is reported with the byte offset of the first bad byte.
    public static func decode(_ data: Data, relativePath: String, displayPath: String) -> Result<SourceFile, Diagnostic> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // One pass validates and copies; the offending byte is looked for only when it fails.
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8Offset(bytes) ?? 0
            let (line, column) = position(ofByte: bad, in: bytes)
            let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
            return .failure(Diagnostic(
                .fileInvalidUTF8,
                at: SourceLocation(file: displayPath, line: line, column: column),
                "ongeldige UTF-8 op byte \(bad + (hasBOM ? 3 : 0)) (0x\(String(bytes[bad], radix: 16, uppercase: true)))",
                hint: "sla het bestand op als UTF-8 (zonder andere tekencodering zoals Windows-1252)"))
        }
        if bytes.withUnsafeBufferPointer({ $0.firstOffset(of: 0x0D, in: 0..<$0.count) != nil }) {
            text = String(decoding: lineFeedsOnly(bytes), as: UTF8.self)
        }
        return .success(SourceFile(relativePath: relativePath, displayPath: displayPath, text: text))
    }

    /// The file as `decode` reads it; when its bytes are not UTF-8, the diagnostic and the
    /// file read all the same, each invalid sequence as U+FFFD (one character, as the editor
    /// shows it). The loader keeps such a file, so one bad byte in a chapter is one error
    /// (the build still fails on it), not also an error for every link to the chapter.
    public static func decodeRepairing(_ data: Data, relativePath: String, displayPath: String) -> (file: SourceFile, problem: Diagnostic?) {
        switch decode(data, relativePath: relativePath, displayPath: displayPath) {
        case .success(let file):
            return (file, nil)
        case .failure(let problem):
            // Valid UTF-8 now (a BOM stays one, which `decode` drops as ever).
            let repaired = Data(String(decoding: data, as: UTF8.self).utf8)
            guard case .success(let file) = decode(repaired, relativePath: relativePath, displayPath: displayPath) else {
                return (SourceFile(relativePath: relativePath, displayPath: displayPath, text: ""), problem)
            }
            return (file, problem)
        }
    }

    /// `bytes` with CRLF and every other CR made LF, byte by byte. Foundation's
    /// `replacingOccurrences(of: "\r", …)` matched composed character sequences and left a
    /// CR followed by a combining mark in place, which cmark-gfm and libyaml read as a line
    /// end: their line numbers and the file's parted (a link reported on line 5 of a file of
    /// four). CR is ASCII, so valid UTF-8 stays valid.
    private static func lineFeedsOnly(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }

    package static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let length: Int
            if b < 0x80 { i += 1; continue }
            else if b >= 0xC2 && b <= 0xDF { length = 2 }
            else if b >= 0xE0 && b <= 0xEF { length = 3 }
            else if b >= 0xF0 && b <= 0xF4 { length = 4 }
            else { return i }
            guard i + length <= n else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            if length == 3 {
                if b == 0xE0 && bytes[i + 1] < 0xA0 { return i }
                if b == 0xED && bytes[i + 1] > 0x9F { return i }
            }
            if length == 4 {
                if b == 0xF0 && bytes[i + 1] < 0x90 { return i }
                if b == 0xF4 && bytes[i + 1] > 0x8F { return i }
            }
            i += length
        }
        return nil
    }

    /// Line and character column of a byte offset, counting only the valid prefix.
    package static func position(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        // Lines end where `lineFeedsOnly` makes them end: at LF, and at a CR not before one.
        for i in 0..<offset where bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
            line += 1
            lineStart = i + 1
        }
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return (line, prefix.count + 1)
    }
}

extension StringProtocol {
    /// The 1-based character column of a 1-based UTF-8 byte column in this line.
    /// Inlinable, so the loader's calls (every link, footnote and tag on a line that is not
    /// ASCII) get a version made for `Substring` rather than the generic one, whose
    /// protocol lookups were most of its cost.
    @inlinable
    package func characterColumn(ofByteColumn byteColumn: Int) -> Int {
        let utf8 = self.utf8
        let target = Swift.max(0, Swift.min(byteColumn - 1, utf8.count))
        let idx = utf8.index(utf8.startIndex, offsetBy: target)
        // Most lines start in ASCII, where bytes are characters: no grapheme walk needed.
        let before = utf8[..<idx]
        if before.allSatisfy({ $0 < 0x80 }) { return target + 1 }
        // Nearly all the others hold only scalars that are characters by themselves
        // (`SeparateScalars`: é, ’, –): a column is the number of scalars, counted on their
        // lead bytes (the grapheme walk was 18,000 instructions a link on such a line).
        if let scalars = before.withContiguousStorageIfAvailable(SeparateScalars.count) ?? nil {
            // A byte inside a scalar stands for that scalar, as a string index there does.
            let inside = idx < utf8.endIndex && utf8[idx] & 0xC0 == 0x80
            return scalars + (inside ? 0 : 1)
        }
        return self[..<idx].count + 1
    }
}
