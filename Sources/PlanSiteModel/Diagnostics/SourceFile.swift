import Foundation

/// A text file as the editor sees it: BOM stripped, CRLF normalised to LF, split in lines,
/// so every later stage can quote a line and count columns in characters.
public struct SourceFile: Sendable {
    /// Path relative to the content folder, with "/" separators.
    public let relativePath: String
    /// Path as shown in diagnostics.
    public let displayPath: String
    public let text: String
    public let lines: [Substring]

    public init(relativePath: String, displayPath: String, text: String) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.text = text
        // Split on the byte, not on Characters: "\n" is always a character boundary here (CRLF is
        // normalised before); splitting on Characters walks graphemes and cost more than the rest of decoding.
        var lines: [Substring] = []
        let utf8 = text.utf8
        // Newline offsets from the contiguous bytes, then indices by offset (constant time on
        // a native string): walking the view index by index cost more than the rest.
        let newlines: [Int] = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.filter { bytes[$0] == 0x0A }
        } ?? utf8.enumerated().compactMap { $0.element == 0x0A ? $0.offset : nil }
        var lineStart = utf8.startIndex
        for offset in newlines {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(Self.line(text, from: lineStart, to: end))
            lineStart = utf8.index(after: end)
        }
        lines.append(Self.line(text, from: lineStart, to: text.endIndex))
        self.lines = lines
    }

    /// A line as a Substring whose bounds are character-aligned indices (later stages count
    /// and walk Characters in it; unaligned bounds would send them down slow paths).
    private static func line(_ text: String, from start: String.Index, to end: String.Index) -> Substring {
        guard let s = String.Index(start, within: text), let e = String.Index(end, within: text) else { return text[start..<end] }
        return text[s..<e]
    }

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
        if let bad = firstInvalidUTF8Offset(bytes) {
            let (line, column) = position(ofByte: bad, in: bytes)
            let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
            return .failure(Diagnostic(
                .fileInvalidUTF8,
                at: SourceLocation(file: displayPath, line: line, column: column),
                "ongeldige UTF-8 op byte \(bad + (hasBOM ? 3 : 0)) (0x\(String(bytes[bad], radix: 16, uppercase: true)))",
                hint: "sla het bestand op als UTF-8 (zonder andere tekencodering zoals Windows-1252)"))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(SourceFile(relativePath: relativePath, displayPath: displayPath, text: text))
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
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return (line, prefix.count + 1)
    }
}

extension StringProtocol {
    /// The 1-based character column of a 1-based UTF-8 byte column in this line.
    package func characterColumn(ofByteColumn byteColumn: Int) -> Int {
        let utf8 = self.utf8
        let target = Swift.max(0, Swift.min(byteColumn - 1, utf8.count))
        let idx = utf8.index(utf8.startIndex, offsetBy: target)
        // Most lines start in ASCII, where bytes are characters: no grapheme walk needed.
        if utf8[..<idx].allSatisfy({ $0 < 0x80 }) { return target + 1 }
        return self[..<idx].count + 1
    }
}
