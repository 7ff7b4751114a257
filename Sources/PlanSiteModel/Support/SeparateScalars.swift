/// Whether text can be read scalar by scalar where Swift reads it character by character:
/// a scalar below U+0300 (where the combining marks begin) other than CR, or one of the
/// general punctuation marks and the euro sign Dutch text uses, is a character by itself
/// whatever stands around it, so for text of only such scalars the characters are the
/// scalars and no grapheme breaking is needed. Positions in Markdown (`LineColumns`), the
/// footnote check, a gemeente page's quotes and meta descriptions take this way for nearly
/// every text of a plan; any other scalar sends them the slow way.
///
/// Public, so `isSeparate` is inlined into the loader's column table, which asks it for every
/// scalar beyond ASCII (see `ByteWord`).
public enum SeparateScalars {
    /// Whether the scalar starting at byte `i` (a lead byte) is such a scalar.
    @inlinable @inline(__always)
    public static func isSeparate(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let lead = bytes[i]
        if lead < 0x80 { return lead != 0x0D }
        if lead >= 0xC2 && lead < 0xCC { return true }  // U+0080–U+02FF
        guard lead == 0xE2, i + 2 < bytes.count else { return false }
        let value = (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F) | 0x2000
        return (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || value == 0x20AC
    }

    /// Whether every scalar of the text is such a scalar.
    package static func all(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        count(bytes) != nil
    }

    /// How many scalars the text holds, and so characters, when every one is such a scalar;
    /// nil when one is not. A column on a line is this count of the bytes before it.
    @usableFromInline package static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        for i in bytes.indices where bytes[i] & 0xC0 != 0x80 {
            guard isSeparate(bytes, at: i) else { return nil }
            count += 1
        }
        return count
    }

    /// Where each of the first `limit` characters starts (its scalar's lead byte), when each
    /// of them is such a scalar; nil when one is not, and the text must be read by characters.
    package static func starts(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> [Int]? {
        // Written into storage of the largest size it can need (a start per byte), not
        // appended: an append per character, with the array growing as it went, cost more
        // than the walk itself.
        var separate = true
        let capacity = max(0, min(limit, bytes.count))
        let starts = [Int](unsafeUninitializedCapacity: capacity) { buffer, count in
            var i = 0
            while i < bytes.count, count < capacity {
                guard isSeparate(bytes, at: i) else {
                    separate = false
                    return
                }
                buffer[count] = i
                count += 1
                i += 1
                while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            }
        }
        return separate ? starts : nil
    }
}
