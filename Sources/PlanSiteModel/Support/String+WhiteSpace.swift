extension String {
    /// The text with every run of white space made one plain space, trimmed at both ends:
    /// the form gemeente places, meta descriptions and begrip meanings are kept in.
    ///
    /// White space is Unicode's (the `White_Space` property `Character.isWhitespace` reads),
    /// found in the UTF-8 bytes: walking Characters for it made a twentieth of a build, since
    /// every block of every page is collapsed once. Returns `self` when there is nothing to do.
    package var collapsingWhiteSpace: String {
        var text = self
        return text.withUTF8 { bytes -> String in
            if !Self.needsCollapse(bytes) { return self }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let width = Self.whiteSpaceWidth(at: i, in: bytes)
                if width > 0 {
                    pendingSpace = true
                    i += width
                    continue
                }
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(bytes[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether anything but single spaces between words is there.
    private static func needsCollapse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        // Eight bytes at a time where they are printable ASCII, where only two spaces side
        // by side need collapsing; byte by byte elsewhere (this runs over every block of every
        // page). Each pair of neighbours is tested where its second byte is read. The word's
        // first byte is its lowest (little-endian, as every platform plansite builds on).
        var i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count {
                let word = ByteWord.load(bytes, at: i)
                if word & ByteWord.highBits == 0 && !ByteWord.holdsByte(below: 0x20, in: word) {
                    let spaces = ByteWord.marks(word, 0x20)
                    if spaces & (spaces << 8) != 0 || (i > 0 && bytes[i - 1] == 0x20 && spaces & 0x80 != 0) { return true }
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b == 0x20 {
                if i > 0, bytes[i - 1] == 0x20 { return true }
            } else if b < 0x20 || b >= 0xC2, whiteSpaceWidth(at: i, in: bytes) > 0 {
                return true
            }
            i += 1
        }
        return false
    }

    /// The byte length of the white-space character starting at `i`, or 0: U+0009…U+000D,
    /// U+0020, U+0085, U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    private static func whiteSpaceWidth(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let b = bytes[i]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b < 0xC2 { return 0 }
        let next = i + 1 < bytes.count ? bytes[i + 1] : 0
        if b == 0xC2 { return next == 0x85 || next == 0xA0 ? 2 : 0 }
        guard b == 0xE1 || b == 0xE2 || b == 0xE3, i + 2 < bytes.count else { return 0 }
        let third = bytes[i + 2]
        switch (b, next) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
        case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0
        default: return 0
        }
    }
}
