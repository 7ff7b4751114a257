import PlanSiteModel
/// cmark-gfm keeps every open container of a line alive for the lines after it: after a list
/// nested 50,000 deep, each later line costs work in proportion to that depth, so a chapter
/// of a few thousand lines takes minutes. Before parsing, a line that opens more containers
/// than `MarkdownParser.maximumBlockDepth` allows (plus a margin, so the converter still sees
/// the excess and reports `MD005` where it starts) has its next marker escaped with `\`: cmark
/// then reads the rest of the line as text and never holds more than the cap open. Ordinary
/// Markdown is returned untouched, after one scan of each line's leading markers.
enum NestingCap {
    /// Containers kept: enough for the converter to report the first one past the limit.
    static let cap = MarkdownParser.maximumBlockDepth + 8

    static func apply(_ body: String) -> String {
        var text = body
        // Read in place, newline to newline by memchr: a copy of every Markdown body and a
        // bounds-checked walk over each of its bytes made this pass a tenth of reading a file.
        return text.withUTF8 { bytes -> String in
            var changed = false
            var out: [UInt8] = []
            var lineStart = 0
            while lineStart <= bytes.count {
                let lineEnd = bytes.firstOffset(of: 0x0A, in: lineStart..<bytes.count) ?? bytes.count
                if let cut = excessMarker(bytes, from: lineStart, to: lineEnd) {
                    if !changed {
                        out.reserveCapacity(bytes.count + 16)
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<lineStart]))
                        changed = true
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<cut]))
                    out.append(UInt8(ascii: "\\"))
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cut..<lineEnd]))
                } else if changed {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                }
                if lineEnd < bytes.count, changed { out.append(0x0A) }
                lineStart = lineEnd + 1
            }
            return changed ? String(decoding: out, as: UTF8.self) : body
        }
    }

    /// The offset of the first container marker past the cap on this line, or nil.
    private static func excessMarker(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var i = start
        var count = 0
        while i < end {
            var spaces = 0
            while i < end, bytes[i] == UInt8(ascii: " "), spaces < 4 { i += 1; spaces += 1 }
            guard i < end else { return nil }
            let markerStart = i
            let byte = bytes[i]
            if byte == UInt8(ascii: ">") {
                i += 1
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
                guard i + 1 < end, bytes[i + 1] == UInt8(ascii: " ") || bytes[i + 1] == UInt8(ascii: "\t") else { return nil }
                i += 1
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                var j = i
                while j < end, j - i < 9, bytes[j] >= UInt8(ascii: "0") && bytes[j] <= UInt8(ascii: "9") { j += 1 }
                guard j < end, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ")"),
                      j + 1 < end, bytes[j + 1] == UInt8(ascii: " ") || bytes[j + 1] == UInt8(ascii: "\t") else { return nil }
                i = j + 1
            } else {
                return nil
            }
            count += 1
            if count > cap { return markerStart }
        }
        return nil
    }
}
