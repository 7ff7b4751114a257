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

    /// The file's bytes, written as bytes: appending each small piece to a `String` cost more
    /// than writing it.
    package var data: Data {
        var out: [UInt8] = []
        write(into: &out, indent: "")
        return Data(out)
    }

    private func write(into out: inout some JSONOutput, indent: String) {
        switch self {
        case .null: out.appendJSON("null")
        case .string(let s): Self.quote(s, into: &out)
        case .int(let n): out.appendJSON(String(n))
        case .bool(let b): out.appendJSON(b ? "true" : "false")
        case .array(let items):
            let inner = indent + "  "
            out.appendJSON("[\n")
            for (i, item) in items.enumerated() {
                out.appendJSON(inner)
                item.write(into: &out, indent: inner)
                out.appendJSON(i + 1 < items.count ? ",\n" : "\n")
            }
            if items.isEmpty { out.appendJSON("\n") }
            out.appendJSON(indent + "]")
        case .object(let members):
            let inner = indent + "  "
            out.appendJSON("{\n")
            let keys = members.keys.sorted(by: Self.keyOrder)
            for (i, key) in keys.enumerated() {
                out.appendJSON(inner)
                Self.quote(key, into: &out)
                out.appendJSON(" : ")
                members[key]?.write(into: &out, indent: inner)
                out.appendJSON(i + 1 < keys.count ? ",\n" : "\n")
            }
            if keys.isEmpty { out.appendJSON("\n") }
            out.appendJSON(indent + "}")
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
    package static func quote(_ s: String, into out: inout some JSONOutput, forScript: Bool = false) {
        write(quoted: s, into: &out, forScript: forScript)
    }

    /// `quote(_:into:forScript:)` into bytes (the search index's `CompactJSON`), compiled for
    /// them in this module: called from another, the generic function ran unspecialised,
    /// every append a call through the witness table (a twentieth of a build of `content/`).
    package static func quote(_ s: String, into out: inout [UInt8], forScript: Bool = false) {
        write(quoted: s, into: &out, forScript: forScript)
    }

    /// The escaped bytes of a JSON string without its quotes, for a writer that puts text of
    /// its own beside them in one string (a search card's "… " marks around its excerpt).
    package static func quoteBody(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], forScript: Bool = false) {
        write(escaped: bytes, whole: nil, into: &out, forScript: forScript)
    }

    private static func write(quoted s: String, into out: inout some JSONOutput, forScript: Bool) {
        out.appendJSON("\"")
        var text = s
        text.withUTF8 { write(escaped: $0, whole: s, into: &out, forScript: forScript) }
        out.appendJSON("\"")
    }

    /// - Parameter whole: the string `bytes` are, appended as it is when nothing needs an
    ///   escape (to a `String`, cheaper than its bytes).
    private static func write(escaped bytes: UnsafeBufferPointer<UInt8>, whole s: String?, into out: inout some JSONOutput, forScript: Bool) {
        // Runs of bytes that need no escape are appended whole; most strings are one run.
        var run = 0
        var i = 0
        while let at = nextCandidate(bytes, from: i, forScript: forScript) {
            let escape: String
            var length = 1
            switch bytes[at] {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case ..<0x20:
                let hex = String(bytes[at], radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2 where forScript && at + 2 < bytes.count && bytes[at + 1] == 0x80 && (bytes[at + 2] == 0xA8 || bytes[at + 2] == 0xA9):
                // U+2028 and U+2029.
                escape = bytes[at + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                length = 3
            default:
                // Another character starting with 0xE2 ("…", "–", "’"), or a byte the
                // word test marked only because of its neighbour: kept as it is.
                i = at + 1
                continue
            }
            if at > run { out.appendJSON(UnsafeBufferPointer(rebasing: bytes[run..<at])) }
            out.appendJSON(escape)
            run = at + length
            i = run
        }
        if run == 0, let s {
            out.appendJSON(s)
        } else if run < bytes.count {
            out.appendJSON(UnsafeBufferPointer(rebasing: bytes[run...]))
        }
    }

    /// The first byte from `start` on that may need an escape: `"`, `\`, a control character,
    /// and for a script the 0xE2 that starts U+2028 and U+2029. Eight bytes at a time
    /// (`ByteWord`): the lowest byte a word's test marks is always a match, so the scan
    /// goes straight to it; re-testing the word from each byte after a match cost more than
    /// the escapes themselves in the search index's cards, where every excerpt holds "…".
    /// A string's last bytes are read as the word that ends with them, the bytes before
    /// `start` masked off; the caller checks every byte it is given, so a byte marked only by
    /// a neighbour's borrow costs one look.
    @inline(__always) private static func nextCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, forScript: Bool) -> Int? {
        @inline(__always) func marked(_ word: UInt64) -> UInt64 {
            var found = ByteWord.zeroBytes(word, UInt8(ascii: "\"")) | ByteWord.zeroBytes(word, UInt8(ascii: "\\"))
                | ByteWord.bytes(below: 0x20, in: word)
            if forScript { found |= ByteWord.zeroBytes(word, 0xE2) }
            return found
        }
        var i = start
        while i + 8 <= bytes.count {
            let found = marked(ByteWord.load(bytes, at: i))
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        guard i < bytes.count else { return nil }
        if bytes.count >= 8 {
            let base = bytes.count - 8
            let skipped = UInt64((i - base) * 8)
            let found = (marked(ByteWord.load(bytes, at: base)) >> skipped) << skipped
            return found == 0 ? nil : base + found.trailingZeroBitCount >> 3
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || (forScript && byte == 0xE2) { return i }
            i += 1
        }
        return nil
    }
}

/// Where JSON text is written: a `String` (the open-data files), or the bytes of a file
/// being made (`CompactJSON`, the search index), where appending a byte costs a store and
/// appending to a `String` costs a few hundred instructions of bookkeeping.
package protocol JSONOutput {
    mutating func appendJSON(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func appendJSON(_ text: String)
}

extension String: JSONOutput {
    package mutating func appendJSON(_ bytes: UnsafeBufferPointer<UInt8>) { self += String(decoding: bytes, as: UTF8.self) }
    package mutating func appendJSON(_ text: String) { self += text }
}

extension Array: JSONOutput where Element == UInt8 {
    package mutating func appendJSON(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
    package mutating func appendJSON(_ text: String) { append(contentsOf: text.utf8) }
}
