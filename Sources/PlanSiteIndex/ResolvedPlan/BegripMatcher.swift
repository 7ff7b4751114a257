import PlanSiteModel

/// Finds a region's begrippen in a text in one pass: every name (term and afkorting) is a
/// pattern, bucketed by its first byte, and the text is read once, trying at each word start
/// only the names that begin with its byte, longest first. A name of up to six characters
/// (an afkorting: "RAO", "Bibob") must match its case; a longer one may also begin in the
/// other case ("Jeugdhulp" in "de jeugdhulp"), its other letters as written, so "Het Rijk"
/// (the national government) is not found in "het rijk van Nijmegen" (the region). A name
/// matches as a whole word: not directly after or before a letter or digit. Names shorter
/// than two characters are not searched. Built once per region by the resolved plan, and
/// read by the begrippen's first uses (`ResolvedPlan.begripUses`).
public struct BegripMatcher: Sendable {
    /// A name, its bytes kept in `names` so that the matching loop, which runs over every
    /// paragraph of the site, touches no reference-counted storage per comparison.
    struct Pattern: Sendable {
        /// Where the name's UTF-8 starts in `names`, its first byte lowercased when `foldsFirst`.
        var start: Int
        var length: Int
        /// Whether the first letter may be in either case (names longer than six characters).
        var foldsFirst: Bool
        /// The begrip's index in the region's list.
        var begrip: Int
        /// Whether the name begins and ends with a letter or digit, so a word boundary is
        /// needed there.
        var boundedStart: Bool
        var boundedEnd: Bool
    }

    /// One name found: which begrip, and where in the text (UTF-8 offsets).
    public struct Match: Sendable, Hashable {
        public var begrip: Int
        public var utf8: Range<Int>
    }

    private var patterns: [Pattern] = []
    /// Every name's UTF-8, one after the other (`Pattern.start`).
    private var names: [UInt8] = []
    /// Pattern indices by the (folded) first byte, longest pattern first: the bucket of byte
    /// `b` is `bucketed[bucketStarts[b]..<bucketStarts[b + 1]]`, one flat table, since the
    /// bucket is looked up at every word of the site.
    private var bucketed: [Int] = []
    /// The second byte of each name in `bucketed`, beside it: the scan compares a word's
    /// second byte with these, one byte each, and reads a name's pattern only when it agrees
    /// (reading each pattern of a bucket was two fifths of the scan's time).
    private var bucketSeconds: [UInt8] = []
    private var bucketStarts: [Int] = []
    /// Whether some name begins with a byte that is no letter or digit, and so may begin
    /// inside a word; without one, the text is only tried at word starts.
    private var anyUnboundedStart = false

    public init(begrippen: [Begrip]) {
        for (b, begrip) in begrippen.enumerated() {
            let written = [begrip.afkorting, begrip.term].compactMap { $0 }.filter { $0.count >= 2 }
            for name in Set(written) {
                let foldsFirst = name.count > 6
                var bytes = Array(name.utf8)
                if foldsFirst, let first = bytes.first { bytes[0] = Self.fold(first) }
                guard let first = bytes.first, let last = bytes.last else { continue }
                patterns.append(Pattern(start: names.count, length: bytes.count, foldsFirst: foldsFirst, begrip: b,
                                        boundedStart: Self.isWordByte(first), boundedEnd: Self.isWordByte(last)))
                names += bytes
            }
        }
        var buckets: [[Int]] = Array(repeating: [], count: 256)
        for (i, pattern) in patterns.enumerated() {
            // A name whose first letter folds is found from either case of it.
            let first = names[pattern.start]
            if !pattern.boundedStart { anyUnboundedStart = true }
            buckets[Int(first)].append(i)
            if pattern.foldsFirst, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") { buckets[Int(first - 32)].append(i) }
        }
        for b in buckets.indices {
            bucketStarts.append(bucketed.count)
            bucketed += buckets[b].sorted { a, c in
                patterns[a].length != patterns[c].length ? patterns[a].length > patterns[c].length : patterns[a].begrip < patterns[c].begrip
            }
        }
        bucketStarts.append(bucketed.count)
        bucketSeconds = bucketed.map { names[patterns[$0].start + 1] }
    }

    public var isEmpty: Bool { patterns.isEmpty }

    /// The names in `text`, left to right, not overlapping (the longest at a place wins),
    /// leaving out the begrippen `skip` says to (those already found); a name left out is
    /// still passed over whole, so a shorter name inside it is not found instead.
    public func matches(in text: String, skip: (Int) -> Bool = { _ in false }) -> [Match] {
        guard !patterns.isEmpty else { return [] }
        // A method, not a closure kept in a constant: such a closure captured a copy of the
        // matcher, retaining and releasing its four tables for every text of the site.
        if let found = text.utf8.withContiguousStorageIfAvailable({ search($0, skip: skip) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { search($0, skip: skip) }
    }

    private func search(_ bytes: UnsafeBufferPointer<UInt8>, skip: (Int) -> Bool) -> [Match] {
        patterns.withUnsafeBufferPointer { patterns in
            names.withUnsafeBufferPointer { names in
                bucketed.withUnsafeBufferPointer { bucketed in
                    bucketSeconds.withUnsafeBufferPointer { seconds in
                        bucketStarts.withUnsafeBufferPointer { bucketStarts in
                            scan(bytes, Tables(patterns: patterns, names: names, bucketed: bucketed, seconds: seconds, bucketStarts: bucketStarts), skip: skip)
                        }
                    }
                }
            }
        }
    }

    /// The matcher's tables as the scan reads them, without reference counting or bounds
    /// checks: read as the arrays themselves, the index stage took 0.5 s more CPU at 100×.
    private struct Tables {
        var patterns: UnsafeBufferPointer<Pattern>
        var names: UnsafeBufferPointer<UInt8>
        var bucketed: UnsafeBufferPointer<Int>
        var seconds: UnsafeBufferPointer<UInt8>
        var bucketStarts: UnsafeBufferPointer<Int>
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ tables: Tables, skip: (Int) -> Bool) -> [Match] {
        let patterns = tables.patterns, names = tables.names, bucketed = tables.bucketed, seconds = tables.seconds, bucketStarts = tables.bucketStarts
        var found: [Match] = []
        let count = bytes.count
        var i = 0
        while i < count {
            // Inside a run of ASCII letters and digits no name starts: not one that needs a
            // word start, and not one that begins with a sign (the only names that may begin
            // inside a word). The run is passed over at a compare per byte, where each byte
            // cost a bucket and a word-boundary lookup (the scan reads every paragraph).
            if i > 0, bytes[i - 1].isASCIILetterOrDigit, bytes[i].isASCIILetterOrDigit {
                i += 1
                while i < count, bytes[i].isASCIILetterOrDigit { i += 1 }
                continue
            }
            let bucket = bucketStarts[Int(bytes[i])]..<bucketStarts[Int(bytes[i]) + 1]
            // Every name has two bytes at least.
            guard !bucket.isEmpty, i + 1 < count else {
                i += 1
                continue
            }
            let atWordStart = !Self.wordCharacter(endingAt: i, in: bytes)
            guard atWordStart || anyUnboundedStart else {
                i += 1
                continue
            }
            // The bucket holds the names whose first byte is this one (or, folding, its
            // other case), so matching starts at the second, which rejects most of them.
            let second = bytes[i + 1]
            var advanced = false
            for b in bucket where seconds[b] == second {
                let pattern = patterns[bucketed[b]]
                let length = pattern.length
                guard i + length <= count, atWordStart || !pattern.boundedStart else { continue }
                var same = true
                for k in 2..<length where bytes[i + k] != names[pattern.start + k] {
                    same = false
                    break
                }
                guard same, !(pattern.boundedEnd && Self.wordCharacter(startingAt: i + length, in: bytes)) else { continue }
                if !skip(pattern.begrip) { found.append(Match(begrip: pattern.begrip, utf8: i..<(i + length))) }
                i += length
                advanced = true
                break
            }
            if !advanced { i += 1 }
        }
        return found
    }

    static func fold(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// `isWordByte` of every byte, looked up while matching.
    static let wordBytes: [Bool] = (0...255).map { isWordByte(UInt8($0)) }

    /// An ASCII letter or digit, or any byte of a non-ASCII character (which
    /// `wordCharacter` then decodes).
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte >= 0x80
    }

    /// Whether the character that ends at byte `end` is a letter or digit ("ë" is, "’" is not).
    static func wordCharacter(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end > 0 else { return false }
        guard bytes[end - 1] >= 0x80 else { return wordBytes[Int(bytes[end - 1])] }
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isLetterOrDigit(bytes, start..<end)
    }

    /// Whether the character that starts at byte `start` is a letter or digit.
    static func wordCharacter(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start < bytes.count else { return false }
        guard bytes[start] >= 0x80 else { return wordBytes[Int(bytes[start])] }
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return isLetterOrDigit(bytes, start..<end)
    }

    private static func isLetterOrDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
