import PlanSiteModel

/// Splits folded text (`SearchFolding.fold`) into the words search knows, the same way as
/// `zoeken.js` splits a query: runs of letters and digits; a number with dots between its
/// digit groups ("1.3", "4.1.2") is one word, so plan numbers are found as they are written;
/// an apostrophe between letters joins ("regio's" → "regios"); everything else separates
/// ("RAO-Jeugd" → "rao", "jeugd").
public enum SearchTokenizer {
    /// The words of `folded`, in order, repeats kept.
    public static func words(_ folded: String) -> [String] {
        var words: [String] = []
        var text = folded
        text.withUTF8 { bytes in forEachWord(bytes, foldingASCII: false) { word, _ in words.append(String(decoding: word, as: UTF8.self)) } }
        return words
    }

    /// The words of `SearchFolding.fold(text)`.
    public static func foldedWords(_ text: String) -> [String] {
        var words: [String] = []
        forEachFoldedWord(text) { word, _ in words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// Hands `body` each word of `SearchFolding.fold(text)`, in order, as its UTF-8 bytes
    /// (valid only during the call), with where it starts in `text`'s own UTF-8. The analysis
    /// looks every word of the site up by its bytes and makes a `String` only of a form it
    /// has not seen, where a `String` per word (and an array of them per passage) was a third
    /// of its instructions; it places a word by its start, which a result card's excerpt is
    /// cut at without walking the text word by word again. ASCII text, most of a site, is
    /// split as it is and each word folded as it is found (`SearchFolding.foldASCII`: folding
    /// changes only the case of ASCII, which splitting does not look at), instead of folding
    /// a copy of the whole text first; other text is folded first and its starts mapped back
    /// (`SearchFolding.Sources`).
    public static func forEachFoldedWord(_ text: String, _ body: (_ word: UnsafeBufferPointer<UInt8>, _ start: Int) -> Void) {
        var text = text
        if isASCII(text) {
            text.withUTF8 { forEachWord($0, foldingASCII: true, body) }
            return
        }
        let folded = SearchFolding.foldedBytesWithSources(text)
        var sources = folded.sources
        folded.bytes.withUnsafeBufferPointer { forEachWord($0, foldingASCII: false) { word, start in body(word, sources.source(of: start)) } }
    }

    /// Whether `text` is all ASCII, which the tokenizer splits as it is.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { ByteWord.allASCII($0) }
    }

    private static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, foldingASCII: Bool,
                                    _ body: (_ word: UnsafeBufferPointer<UInt8>, _ start: Int) -> Void) {
        // A word that loses an apostrophe or is folded is made here; the others are passed
        // as they lie in the text.
        var made: [UInt8] = []
        var i = 0
        while i < bytes.count {
            guard let first = wordScalarLength(bytes, i) else {
                i += scalarLength(bytes[i])
                continue
            }
            if isDigit(bytes[i]), let end = dottedNumberEnd(bytes, from: i) {
                body(UnsafeBufferPointer(rebasing: bytes[i..<end]), i)
                i = end
                continue
            }
            made.removeAll(keepingCapacity: true)
            let wordStart = i
            var start = i
            i += first
            while i < bytes.count {
                if let length = wordScalarLength(bytes, i) {
                    i += length
                } else if bytes[i] == UInt8(ascii: "'"), i + 1 < bytes.count, wordScalarLength(bytes, i + 1) != nil {
                    // The apostrophe is left out: "regio's" is the word "regios".
                    made.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    i += 1
                    start = i
                } else {
                    break
                }
            }
            let last = UnsafeBufferPointer(rebasing: bytes[start..<i])
            let folds = foldingASCII && last.contains { SearchFolding.foldASCII($0) != $0 }
            if made.isEmpty && !folds {
                body(last, wordStart)
                continue
            }
            made.append(contentsOf: last)
            if foldingASCII {
                for k in made.indices { made[k] = SearchFolding.foldASCII(made[k]) }
            }
            made.withUnsafeBufferPointer { body($0, wordStart) }
        }
    }

    /// The end of a dotted number starting at `start` ("1.3" in "1.3."), or nil when the
    /// digits there are not followed by a dot and a digit. A dotted number ends where its
    /// digits end; digits running on into letters ("12a") are an ordinary word.
    static func dottedNumberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        var groups = 0
        while true {
            let groupStart = i
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            guard i > groupStart else { return nil }
            groups += 1
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), isDigit(bytes[i + 1]) else { break }
            i += 1
        }
        return groups > 1 ? i : nil
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// The UTF-8 length of a scalar from its first byte.
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// The byte length of the scalar at `i` when it is a letter or a digit, else nil. Inlined
    /// for ASCII, which is most of every text the search reads (the excerpts of the result
    /// cards walk each passage with it).
    @inline(__always) static func wordScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let lead = bytes[i]
        if lead < 0x80 { return lead.isASCIILetterOrDigit ? 1 : nil }
        return nonASCIIWordScalarLength(bytes, i)
    }

    @inline(never) private static func nonASCIIWordScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard let (scalar, length) = scalar(bytes, at: i) else { return nil }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? length : nil
    }

    /// The scalar of two or more bytes that starts at `i`, with its length: the search's one
    /// UTF-8 decoder (folding, words, excerpts). Nil at an ASCII byte, a byte that starts no
    /// scalar, or a scalar the buffer cuts off.
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let length = scalarLength(bytes[i])
        guard length > 1, i + length <= bytes.count else { return nil }
        var value = UInt32(bytes[i]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }
}
