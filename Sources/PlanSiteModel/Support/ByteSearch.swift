import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
    /// The offset of the first `byte` in `range`, found by memchr: reading a file's lines and
    /// finding a sign on them went byte by byte through every file of a site before.
    @inlinable package func firstOffset(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard let base = baseAddress, !range.isEmpty, range.lowerBound >= 0, range.upperBound <= count,
              let hit = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }
}

extension UInt8 {
    /// An ASCII letter or digit: the byte test the scans over every paragraph (begrippen,
    /// search words) make at word boundaries. Setting bit 0x20 lowercases "A"…"Z" and moves
    /// no other byte into "a"…"z".
    @inlinable package var isASCIILetterOrDigit: Bool {
        (self | 0x20) &- UInt8(ascii: "a") < 26 || self &- UInt8(ascii: "0") < 10
    }
}
