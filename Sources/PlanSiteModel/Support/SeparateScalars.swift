/// Whether text can be read scalar by scalar where Swift reads it character by character:
/// a scalar below U+0300 (where the combining marks begin) other than CR, or one of the
/// general punctuation marks and the euro sign Dutch text uses, is a character by itself
/// whatever stands around it, so for text of only such scalars the characters are the
/// scalars and no grapheme breaking is needed. Positions in Markdown (`LineColumns`) and
/// the footnote check take this way for nearly every line of a plan; any other scalar
/// sends them the slow way.
package enum SeparateScalars {
    /// Whether the scalar starting at byte `i` (a lead byte) is such a scalar.
    @inline(__always)
    package static func isSeparate(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let lead = bytes[i]
        if lead < 0x80 { return lead != 0x0D }
        if lead >= 0xC2 && lead < 0xCC { return true }  // U+0080–U+02FF
        guard lead == 0xE2, i + 2 < bytes.count else { return false }
        let value = (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F) | 0x2000
        return (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || value == 0x20AC
    }

    /// Whether every scalar of the text is such a scalar.
    package static func all(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in bytes.indices where bytes[i] & 0xC0 != 0x80 {
            guard isSeparate(bytes, at: i) else { return false }
        }
        return true
    }
}
