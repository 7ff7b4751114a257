/// Eight bytes of text read as one 64-bit word, to test them at once: the escapes of HTML
/// and JSON scan every byte of every page and file, and nearly all text needs none.
///
/// Public and inlinable, its constants computed rather than stored: the search's folding and
/// passages call these per word of text from another module, where each was a call (and a
/// stored constant an accessor). As a `package` type, its inlinable members were still called
/// (the compiler inlined `package` extensions of standard types, not members of a `package`
/// type); inlined, a test is a few instructions.
public enum ByteWord {
    @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable public static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// The eight bytes at `offset` (no alignment needed); the caller keeps `offset + 8` within the buffer.
    @inlinable @inline(__always) public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        return UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether one of the eight bytes of `word` is `byte` (`word ^ byte…byte` has a zero byte).
    @inlinable @inline(__always) public static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
        zeroBytes(word, byte) != 0
    }

    /// Nonzero when one of the eight bytes of `word` is `byte` (`holds` without its branch,
    /// for several bytes' tests joined with `|`).
    @inlinable @inline(__always) public static func zeroBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits
    }

    /// The high bit of each byte of `word` that is `byte`, and of no other (exact, unlike
    /// `holds`, whose borrow may mark the byte above a match): for tests on neighbours.
    @inlinable @inline(__always) public static func marks(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        let low7 = ~highBits
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// Whether one of the eight bytes of `word` is below `limit` (at most 128).
    @inlinable @inline(__always) public static func holdsByte(below limit: UInt8, in word: UInt64) -> Bool {
        bytes(below: limit, in: word) != 0
    }

    /// Nonzero when one of the eight bytes of `word` is below `limit` (`holdsByte(below:in:)`
    /// without its branch).
    @inlinable @inline(__always) public static func bytes(below limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// Whether every byte is ASCII (below 0x80), eight at a time: the search asks it of every
    /// passage and every excerpt's passage, and byte by byte it was a percent of a build.
    @inlinable public static func allASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 8 <= bytes.count {
            if load(bytes, at: i) & highBits != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }
}
