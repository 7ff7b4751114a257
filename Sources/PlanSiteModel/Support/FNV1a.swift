/// FNV-1a, 64 bits: a hash of a few bytes that is cheap to compute, for the lookups made at
/// every word of the site (gemeente names, the search's word forms), where `Hasher`'s
/// SipHash cost more than the rest of the lookup. Not for anything an attacker chooses the
/// keys of: every user of it compares the bytes behind a matching hash. Public, so its
/// inlinable hash is inlined into the search and index modules (see `ByteWord`).
public enum FNV1a {
    /// The hash of `bytes`. Over a buffer, not any sequence: a generic version, fed a slice
    /// of a buffer by the gemeente names, made the index stage three times slower.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The hash of a string's UTF-8.
    @inlinable
    public static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }
}
