import CStemmer

/// Snowball's Dutch stemmer from Debian's libstemmer: "jeugdbeschermingsketens" and
/// "jeugdbeschermingsketen" share one stem, so a reader finds a page by any form of its
/// words. A Snowball stemmer keeps its work buffer inside the C object, so one instance must
/// not be shared between threads: each task makes its own (it is not `Sendable`). It keeps
/// no stems: a site repeats its words very often, and its caller keeps each word's stem
/// once (`SearchAnalysis`, per batch of records).
public final class DutchStemmer {
    private let stemmer: OpaquePointer?

    public init() {
        stemmer = sb_stemmer_new("dutch", "UTF_8")
    }

    deinit {
        if let stemmer { sb_stemmer_delete(stemmer) }
    }

    /// The stem of a folded word: Snowball's, applied until it stays the same. Snowball's
    /// Dutch algorithm removes one ending per pass, so "jeugdbeschermingsketens" becomes
    /// "jeugdbeschermingsketen" and only a second pass gives "jeugdbeschermingsket", the
    /// stem of the singular; stemming to the fixed point puts both forms under one stem.
    /// Words with digits ("1.3", "g7", "2023") are kept as they are; so is every word when
    /// the library has no Dutch stemmer (nil from `sb_stemmer_new`).
    public func stem(_ word: String) -> String {
        var made = word
        for _ in 0..<3 {
            let next = snowball(made)
            if next == made { break }
            made = next
        }
        return made
    }

    /// One pass of Snowball's Dutch stemmer.
    public func snowball(_ word: String) -> String {
        guard let stemmer, !word.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return word }
        let bytes = Array(word.utf8)
        guard let stemmed = bytes.withUnsafeBufferPointer({ sb_stemmer_stem(stemmer, $0.baseAddress, Int32($0.count)) }) else { return word }
        let length = Int(sb_stemmer_length(stemmer))
        return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
    }
}
