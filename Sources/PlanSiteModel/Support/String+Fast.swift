import Foundation

/// Fast forms of two Foundation string calls that run for every link, anchor and heading:
/// on Linux `replacingOccurrences` and `trimmingCharacters` go through NSString and made a
/// tenth of a build's instructions.
extension String {
    /// Every `from` replaced by `to`; both must be ASCII (`"."` → `"-"` in anchors).
    package func replacingCharacter(_ from: Character, with to: Character) -> String {
        guard let a = from.asciiValue, let b = to.asciiValue else {
            return replacingOccurrences(of: String(from), with: String(to))
        }
        guard utf8.contains(a) else { return self }
        return String(decoding: utf8.map { $0 == a ? b : $0 }, as: UTF8.self)
    }

    /// Without spaces and tabs (`CharacterSet.whitespaces`) at either end. A text that starts
    /// and ends with another ASCII character, the usual case, is answered from its two end
    /// bytes: every call made the character set anew (900 instructions), 36,000 calls at 10×.
    package func trimmed() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func keeps(_ byte: UInt8) -> Bool { byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") }
        if keeps(first) && keeps(last) { return self }
        return trimmed(Self.spacesAndTabs)
    }

    private static let spacesAndTabs = CharacterSet.whitespaces

    /// `trimmingCharacters(in:)` by Unicode scalars, returning `self` when there is nothing
    /// to trim (the usual case).
    package func trimmed(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start, set.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}

extension StringProtocol {
    /// `firstIndex(of:)` for an ASCII character, found by memchr in the UTF-8 bytes without
    /// walking graphemes (an ASCII byte never occurs inside another character's bytes): a
    /// reference's `#` and `:`, and the text between the tags of a page's first paragraph and
    /// headings (`MetaDescription`, `RenderedHeadings`). Inlinable, so each caller has it for its
    /// own string type: as a generic call it cost five times as much.
    @inlinable package func firstIndex(ofASCII character: Character) -> Index? {
        guard let byte = character.asciiValue else { return firstIndex(of: character) }
        if let offset = utf8.withContiguousStorageIfAvailable({ $0.firstOffset(of: byte, in: 0..<$0.count) }) {
            return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        }
        return utf8.firstIndex(of: byte)
    }
}

extension StringProtocol {
    /// Whether the UTF-8 starts with `prefix`'s bytes, compared at once: `utf8.starts(with:)`
    /// walks both a byte at a time through their iterators (2,000 instructions for a URL),
    /// and `hasPrefix` compares by characters.
    @inlinable package func hasUTF8Prefix(_ prefix: String) -> Bool {
        let compared = utf8.withContiguousStorageIfAvailable { text in
            prefix.utf8.withContiguousStorageIfAvailable { start in
                guard start.count <= text.count else { return false }
                guard let a = text.baseAddress, let b = start.baseAddress else { return start.isEmpty }
                return memcmp(a, b, start.count) == 0
            }
        }
        return (compared ?? nil) ?? utf8.starts(with: prefix.utf8)
    }

    /// `range(of:)` searched in the UTF-8 bytes. Foundation's `range(of:)` converts a
    /// Swift string to UTF-16 offsets through a breadcrumb table on every call, which on a
    /// large rendered page (a gemeente page quoting thousands of places) made most of its
    /// render; reading the HTML back for its headings must cost a scan, not that.
    /// Inlinable, so each caller has it for its own string type (as a generic call, its
    /// contiguous-storage question went through a protocol witness: 25 M instructions at 10×).
    @inlinable package func range(ofUTF8 needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let found: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count >= pattern.count else { return nil }
            var i = 0
            let last = bytes.count - pattern.count
            while i <= last {
                // By memchr: each page's HTML is searched this way for its headings and first
                // paragraph, and byte by byte that walk was 0.3 % of a build's instructions.
                guard let hit = bytes.firstOffset(of: first, in: i..<(last + 1)) else { return nil }
                var k = 1
                while k < pattern.count, bytes[hit + k] == pattern[k] { k += 1 }
                if k == pattern.count { return hit }
                i = hit + 1
            }
            return nil
        }
        guard let found else { return range(of: needle) }
        guard let offset = found else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }
}
