/// HTML escaping, written for speed: it runs for every piece of text on every page. Most text
/// needs no change and is returned as is after one scan of its UTF-8 bytes.
package enum HTMLEscape {
    /// Element content: `&`, `<`, `>`.
    package static func text(_ s: String) -> String { escape(s, quote: false, apostrophe: false) }

    /// Attribute values in double quotes: also `"`.
    package static func attribute(_ s: String) -> String { escape(s, quote: true, apostrophe: false) }

    /// Values in theme templates, as Mustache escapes them: also `'` (as `&#39;`).
    package static func template(_ s: String) -> String { escape(s, quote: true, apostrophe: true) }

    private static func escape(_ s: String, quote: Bool, apostrophe: Bool) -> String {
        @inline(__always) func special(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (quote && byte == UInt8(ascii: "\"")) || (apostrophe && byte == UInt8(ascii: "'"))
        }
        var s = s
        let escaped: String? = s.withUTF8 { bytes in
            guard let first = firstSpecial(bytes, quote: quote, apostrophe: apostrophe, special) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            // The runs between bytes to escape are found a word at a time and copied whole: a
            // text with one `'` or `&` near its start was copied byte by byte from there on.
            var run = 0
            var next: Int? = first
            while let i = next {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                switch bytes[i] {
                case UInt8(ascii: "&"): out += "&amp;".utf8
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case UInt8(ascii: "\""): out += "&quot;".utf8
                default: out += "&#39;".utf8
                }
                run = i + 1
                next = firstSpecial(UnsafeBufferPointer(rebasing: bytes[run...]), quote: quote, apostrophe: apostrophe, special).map { run + $0 }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? s
    }

    /// Where the first byte to escape is: eight bytes at a time (`ByteWord`), then byte by
    /// byte from the word that holds one.
    private static func firstSpecial(_ bytes: UnsafeBufferPointer<UInt8>, quote: Bool, apostrophe: Bool,
                                     _ special: (UInt8) -> Bool) -> Int? {
        var i = 0
        while i + 8 <= bytes.count {
            let word = ByteWord.load(bytes, at: i)
            // The tests' bits joined before one branch: a branch per byte value to escape
            // was most of the scan's instructions.
            var found = ByteWord.zeroBytes(word, UInt8(ascii: "&")) | ByteWord.zeroBytes(word, UInt8(ascii: "<")) | ByteWord.zeroBytes(word, UInt8(ascii: ">"))
            if quote { found |= ByteWord.zeroBytes(word, UInt8(ascii: "\"")) }
            if apostrophe { found |= ByteWord.zeroBytes(word, UInt8(ascii: "'")) }
            if found != 0 { break }
            i += 8
        }
        while i < bytes.count {
            if special(bytes[i]) { return i }
            i += 1
        }
        return nil
    }
}
