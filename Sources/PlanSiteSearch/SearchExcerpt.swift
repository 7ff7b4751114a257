/// The short piece of a passage a result shows around a matching word, cut at build time for
/// the result cards the shards carry (`SearchIndex`), so a query's first results need no text
/// chunk. The window is `zoeken.js`'s own (about 80 characters before the word, about 220 in
/// all, at spaces, "…" where text was cut), so a card shows what the chunk would have shown.
enum SearchExcerpt {
    static let before = 80
    static let length = 220
    /// What stands before a window that starts after its passage's start, and after one that
    /// ends before its end (`zoeken.js` writes the same around the excerpts it cuts).
    static let cutMarkBefore: StaticString = "… "
    static let cutMarkAfter: StaticString = " …"

    /// An excerpt as a card carries it: a window of bytes of one of its record's passages,
    /// with "… " written before it when it starts after the passage's start and " …" after
    /// it when it ends before the passage's end. The shard writes it from the passage itself
    /// (`CompactJSON.excerpt`): made a `String` first, every excerpt was decoded, validated
    /// and joined to its marks once more before it was quoted.
    struct Window: Equatable {
        var passage: Int
        var bytes: Range<Int>
        var cutBefore: Bool
        var cutAfter: Bool

        /// The UTF-8 length of the text the result list shows, marks included.
        var textLength: Int {
            bytes.count + (cutBefore ? SearchExcerpt.cutMarkBefore.utf8CodeUnitCount : 0)
                + (cutAfter ? SearchExcerpt.cutMarkAfter.utf8CodeUnitCount : 0)
        }
    }

    /// `passage` cut around the word that starts at byte `offset`, where the analysis placed
    /// it (`SearchAnalysis.Posting`).
    static func around(_ passage: String, at offset: Int) -> String {
        text(of: window(passage, at: offset, passage: 0), in: [passage])
    }

    /// `passage` cut around its `word`-th word (counted as `SearchTokenizer.words` counts the
    /// folded passage), or its start when it has fewer words.
    static func around(_ passage: String, word: Int) -> String {
        text(of: window(passage, word: word, passage: 0), in: [passage])
    }

    /// The window around the word that starts at byte `offset` of `text`, the passage numbered `passage`.
    static func window(_ text: String, at offset: Int, passage: Int) -> Window {
        var text = text
        return text.withUTF8 { bytes in cut(bytes, at: offset <= bytes.count ? offset : 0, passage: passage) }
    }

    /// The window around the `word`-th word of `text` (see `around(_:word:)`).
    static func window(_ text: String, word: Int, passage: Int) -> Window {
        var text = text
        return text.withUTF8 { bytes in
            // Only the words up to the wanted one are counted: most cards want an early one.
            var at = 0, count = 0
            forEachWordStart(bytes) { start in
                if count == word { at = start }
                count += 1
                return count <= word
            }
            if count <= word { at = 0 }
            return cut(bytes, at: at, passage: passage)
        }
    }

    /// The excerpt as the result list shows it.
    static func text(of window: Window, in passages: [String]) -> String {
        var out = window.cutBefore ? cutMarkBefore.description : ""
        var passage = passages[window.passage]
        out += passage.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[window.bytes]), as: UTF8.self) }
        if window.cutAfter { out += cutMarkAfter.description }
        return out
    }

    /// Whether two windows show the same text, marks included (a card shows each text once).
    static func sameText(_ a: Window, _ b: Window, in passages: [String]) -> Bool {
        if a == b { return true }
        // Texts of one length are rare (two places of one record cut alike): only those are
        // made and compared.
        guard a.textLength == b.textLength else { return false }
        return text(of: a, in: passages) == text(of: b, in: passages)
    }

    /// The window around the word that starts at byte `at`.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, passage: Int) -> Window {
        var start = max(0, at - before)
        if start > 0 {
            // The first space after the window's start, when it comes before the word.
            if let space = bytes[start..<at].firstIndex(of: 32) { start = space + 1 }
            while start < at, isContinuation(bytes[start]) { start += 1 }
        }
        var end = min(bytes.count, start + length)
        if end < bytes.count {
            if let space = bytes[at..<end].lastIndex(of: 32), space > at { end = space }
            while end > start, end < bytes.count, isContinuation(bytes[end]) { end -= 1 }
        }
        return Window(passage: passage, bytes: start..<end, cutBefore: start > 0, cutAfter: end < bytes.count)
    }

    /// Where each word of unfolded text starts, in the order and number `SearchTokenizer.words`
    /// finds in the folded text: folding keeps letters letters, so the words are the same,
    /// except that the original may write the apostrophe as ’ or ‘ and a diacritic as a
    /// combining mark after its letter, which the word here takes in.
    static func wordStarts(_ text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var starts: [Int] = []
            forEachWordStart(bytes) { starts.append($0); return true }
            return starts
        }
    }

    /// Calls `body` with each word's start until it returns false.
    private static func forEachWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) {
        var i = 0
        while i < bytes.count {
            guard let first = SearchTokenizer.wordScalarLength(bytes, i) else {
                i += SearchTokenizer.scalarLength(bytes[i])
                continue
            }
            guard body(i) else { return }
            if SearchTokenizer.isDigit(bytes[i]), let end = SearchTokenizer.dottedNumberEnd(bytes, from: i) {
                i = end
                continue
            }
            i += first
            while i < bytes.count {
                // ASCII letters and digits, most of every word, without the general tests.
                if bytes[i].isASCIILetterOrDigit {
                    i += 1
                    continue
                }
                if let length = SearchTokenizer.wordScalarLength(bytes, i) ?? markLength(bytes, i) {
                    i += length
                } else if let apostrophe = apostropheLength(bytes, i), i + apostrophe < bytes.count,
                          SearchTokenizer.wordScalarLength(bytes, i + apostrophe) != nil {
                    i += apostrophe
                } else {
                    break
                }
            }
        }
    }

    /// The length of ', ’ or ‘ at `i` (each folds to the apostrophe that joins a word).
    private static func apostropheLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        if bytes[i] == UInt8(ascii: "'") { return 1 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    /// The length of a combining mark at `i` (folding drops it, so it never ends a word).
    private static func markLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard let (scalar, length) = SearchTokenizer.scalar(bytes, at: i) else { return nil }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return length
        default: return nil
        }
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
