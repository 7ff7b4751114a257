import Foundation

/// A JSON value written the way the open-data files have always been written (Foundation's
/// `JSONSerialization` with pretty printing, sorted keys and unescaped slashes), byte for byte,
/// without its `[String: Any]` boxing and per-key `AnyHashable` sorting, which made the data
/// export a twentieth of a build.
package indirect enum JSONText {
    case null
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONText])
    case object([String: JSONText])

    package var text: String {
        var out = ""
        write(into: &out, indent: "")
        return out
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .string(let s): Self.quote(s, into: &out)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .array(let items):
            let inner = indent + "  "
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: inner)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            if items.isEmpty { out += "\n" }
            out += indent + "]"
        case .object(let members):
            let inner = indent + "  "
            out += "{\n"
            let keys = members.keys.sorted(by: Self.keyOrder)
            for (i, key) in keys.enumerated() {
                out += inner
                Self.quote(key, into: &out)
                out += " : "
                members[key]?.write(into: &out, indent: inner)
                out += i + 1 < keys.count ? ",\n" : "\n"
            }
            if keys.isEmpty { out += "\n" }
            out += indent + "}"
        }
    }

    /// The order `.sortedKeys` gives: numbers by value ("2.1" before "10.1"), letters ignoring case.
    package static func keyOrder(_ a: String, _ b: String) -> Bool {
        // Field names (lowercase letters and `-`) compare the same way as plain strings.
        if isPlainName(a) && isPlainName(b) { return a < b }
        return a.compare(b, options: [.numeric, .caseInsensitive, .forcedOrdering]) == .orderedAscending
    }

    private static func isPlainName(_ s: String) -> Bool {
        s.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "-") }
    }

    /// `s` as a JSON string, escaped the way `JSONSerialization` escapes it. With
    /// `forScript`, U+2028 and U+2029 are escaped too: JSON allows them raw, but a script
    /// (the search index is JSON inside `<script>` files, for `file://`) ends a line there.
    package static func quote(_ s: String, into out: inout String, forScript: Bool = false) {
        out += "\""
        var text = s
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are appended whole; most strings are one run.
            var run = 0
            var i = 0
            func flush(_ upTo: Int) {
                if upTo > run { out += String(decoding: UnsafeBufferPointer(rebasing: bytes[run..<upTo]), as: UTF8.self) }
            }
            while i < bytes.count {
                // Eight bytes at a time past text that needs no escape (`ByteWord`).
                if i + 8 <= bytes.count {
                    let word = ByteWord.load(bytes, at: i)
                    if !ByteWord.holds(word, UInt8(ascii: "\"")) && !ByteWord.holds(word, UInt8(ascii: "\\"))
                        && !ByteWord.holdsByte(below: 0x20, in: word) && !(forScript && ByteWord.holds(word, 0xE2)) {
                        i += 8
                        continue
                    }
                }
                let byte = bytes[i]
                let escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where forScript && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 and U+2029.
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: escape = nil
                }
                if let escape {
                    flush(i)
                    out += escape
                    run = i + length
                }
                i += length
            }
            if run == 0 { out += s } else { flush(bytes.count) }
        }
        out += "\""
    }
}
