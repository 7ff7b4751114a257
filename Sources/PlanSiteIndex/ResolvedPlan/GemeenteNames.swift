import PlanSiteModel

/// The gemeenten of every `regio.yaml` and the names the text may call them by, and the one
/// rule that finds those names in a text: a name is found as written, with its capitals
/// ("Buren", never the word "buren"), as whole words (not "Arnhemse"), several words as one
/// ("West Maas en Waal"), the longest name first where two overlap ("West Betuwe" is not
/// "Betuwe"). A region's own name is read over too, so "Rijk van Nijmegen" (also written
/// "rijk van Nijmegen") does not name the gemeente Nijmegen.
///
/// Made from the regions' configuration, which only a whole build changes; the index stage
/// uses it on every page (`PageWalker`) and the resolved plan on the gremia's members.
public struct GemeenteNames: Sendable {
    /// One gemeente, however many regions list it: its pages are keyed by `slug`.
    public struct Gemeente: Sendable {
        public var naam: String
        public var slug: String
        /// The regions that list it, in site order (indices into `Site.regions`).
        public var regions: [Int]
        /// Its other names from the regions' `andere-namen`, in file order.
        public var andereNamen: [String]
    }

    /// Every gemeente, in the order the regions list them (region by region, each once).
    public let gemeenten: [Gemeente]
    private let index: [String: Int]
    /// Every name and region name, by a hash of the UTF-8 of its first word (`wordKey`),
    /// longest first. A hash, not the bytes: looking a word up then makes no array, and a
    /// word that only shares the hash fails `matches`, which compares every byte.
    private let forms: [UInt64: [Form]]
    /// The first bytes of those first words: a word starting otherwise is passed over
    /// without being looked up (most words of a text start with a small letter).
    private let initials: [Bool]
    /// The first two bytes of those names from their first word on, one bit per pair (first ×
    /// 256 + second): a word starting with a capital no name starts with ("De", "Het", "In")
    /// is passed over without being measured and looked up.
    private let pairs: [UInt64]

    private struct Form: Sendable {
        var bytes: [UInt8]
        /// Bytes before the first word ("'s-Hertogenbosch": 2).
        var lead: Int
        /// The gemeente it names; nil for a region's name, found only to be skipped.
        var gemeente: Int?
    }

    public init(regions: [RegionConfig]) {
        var gemeenten: [Gemeente] = []
        var index: [String: Int] = [:]
        for (r, region) in regions.enumerated() {
            for naam in region.gemeenten {
                let slug = Slug.make(naam)
                guard !slug.isEmpty else { continue }
                let g: Int
                if let known = index[slug] {
                    g = known
                    if !gemeenten[g].regions.contains(r) { gemeenten[g].regions.append(r) }
                } else {
                    g = gemeenten.count
                    index[slug] = g
                    gemeenten.append(Gemeente(naam: naam, slug: slug, regions: [r], andereNamen: []))
                }
                for other in region.andereNamen[naam] ?? [] where !gemeenten[g].andereNamen.contains(other) {
                    gemeenten[g].andereNamen.append(other)
                }
            }
        }
        var forms: [UInt64: [Form]] = [:]
        var taken: Set<String> = []
        func add(_ text: String, gemeente: Int?) {
            guard taken.insert(text).inserted else { return }
            let bytes = Array(text.utf8)
            guard let first = Self.firstWord(of: bytes) else { return }
            let key = bytes.withUnsafeBufferPointer { Self.wordKey($0, first) }
            forms[key, default: []].append(Form(bytes: bytes, lead: first.lowerBound, gemeente: gemeente))
        }
        for (g, gemeente) in gemeenten.enumerated() {
            add(gemeente.naam, gemeente: g)
            for other in gemeente.andereNamen { add(other, gemeente: g) }
        }
        for region in regions {
            add(region.naam, gemeente: nil)
            // A region's name is also read over with a small first letter ("het rijk van Nijmegen").
            if let first = region.naam.first, first.isUppercase { add(first.lowercased() + region.naam.dropFirst(), gemeente: nil) }
        }
        self.gemeenten = gemeenten
        self.index = index
        self.forms = forms.mapValues { $0.sorted { $0.bytes.count > $1.bytes.count } }
        var initials = [Bool](repeating: false, count: 256)
        for candidates in forms.values {
            for form in candidates { initials[Int(form.bytes[form.lead])] = true }
        }
        self.initials = initials
        var pairs = [UInt64](repeating: 0, count: 1024)
        for candidates in forms.values {
            for form in candidates {
                // A match is the form's bytes, so the byte after a name's first byte is the
                // form's; a name of one byte may be followed by anything.
                let first = form.bytes[form.lead]
                let seconds: [UInt8] = form.lead + 1 < form.bytes.count ? [form.bytes[form.lead + 1]] : Array(0...255)
                for byte in seconds {
                    let pair = Int(first) << 8 | Int(byte)
                    pairs[pair >> 6] |= 1 << UInt64(pair & 63)
                }
            }
        }
        self.pairs = pairs
    }

    public var isEmpty: Bool { gemeenten.isEmpty }

    /// The gemeente with this slug.
    public func gemeente(slug: String) -> Gemeente? {
        index[slug].map { gemeenten[$0] }
    }

    /// Every name of a gemeente in `text`, in order, with offsets in characters; `text` is a
    /// reader's text with runs of white space made one space (`GemeenteNames.normalized`).
    /// The scan runs over the UTF-8 bytes and looks up only words that start like a name:
    /// every block of every page is scanned once per build.
    public func find(in text: String) -> [NamedSpan] {
        guard !forms.isEmpty else { return [] }
        var text = text
        var ascii = false
        let spans: [(gemeente: Int, start: Int, end: Int)] = text.withUTF8 { buffer in
            let found = scan(buffer)
            // Up to the last name in ASCII, a byte is a character ("\r\n" aside, one character
            // of two bytes): no walk over the text.
            let reach = found.map(\.end).max() ?? 0
            let before = UnsafeBufferPointer(rebasing: buffer[0..<reach])
            ascii = ByteWord.allASCII(before) && before.firstOffset(of: UInt8(ascii: "\r"), in: 0..<before.count) == nil
            return found
        }
        guard !spans.isEmpty else { return [] }
        if ascii {
            return spans.map { NamedSpan(gemeente: gemeenten[$0.gemeente].slug, start: $0.start, count: $0.end - $0.start) }
        }
        // Byte offsets to character offsets, for the few names found.
        let utf8 = text.utf8
        return spans.map { span in
            let start = utf8.index(utf8.startIndex, offsetBy: span.start)
            let end = utf8.index(utf8.startIndex, offsetBy: span.end)
            return NamedSpan(gemeente: gemeenten[span.gemeente].slug, start: text.distance(from: text.startIndex, to: start),
                             count: text.distance(from: start, to: end))
        }
    }

    private func scan(_ text: UnsafeBufferPointer<UInt8>) -> [(gemeente: Int, start: Int, end: Int)] {
        var out: [(gemeente: Int, start: Int, end: Int)] = []
        let n = text.count
        var i = 0
        while i < n {
            // A name starts a word, so nothing starts inside a run of ASCII letters and digits
            // nor right after one: the run is passed over at once, where each of its bytes was
            // looked up in `initials` (and many, after a small letter a region's name starts
            // with, in `pairs`).
            if i > 0, text[i - 1].isASCIILetterOrDigit {
                while i < n, text[i].isASCIILetterOrDigit { i += 1 }
                i += 1
                continue
            }
            guard initials[Int(text[i])] else {
                i += 1
                continue
            }
            if i + 1 < n {
                let pair = Int(text[i]) << 8 | Int(text[i + 1])
                guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else {
                    i += 1
                    continue
                }
            }
            guard !Self.isWordCharacter(before: i, in: text) else {
                i += 1
                continue
            }
            var j = i
            while j < n, let (isWord, length) = Self.character(at: j, in: text), isWord { j += length }
            var next = max(j, i + 1)
            if j > i, let candidates = forms[Self.wordKey(text, i..<j)] {
                for form in candidates where matches(form, in: text, wordStart: i) {
                    let start = i - form.lead
                    if let g = form.gemeente { out.append((g, start, start + form.bytes.count)) }
                    next = start + form.bytes.count
                    break
                }
            }
            i = next
        }
        return out
    }

    private func matches(_ form: Form, in text: UnsafeBufferPointer<UInt8>, wordStart: Int) -> Bool {
        let start = wordStart - form.lead
        let end = start + form.bytes.count
        guard start >= 0, end <= text.count else { return false }
        if form.lead > 0, Self.isWordCharacter(before: start, in: text) { return false }
        var k = 0
        while k < form.bytes.count {
            if text[start + k] != form.bytes[k] { return false }
            k += 1
        }
        // A name that ends in a letter or digit ends a word.
        if Self.isWordCharacter(before: form.bytes.count, in: form.bytes), let (isWord, _) = Self.character(at: end, in: text), isWord { return false }
        return true
    }

    /// The key of a word in `forms`.
    private static func wordKey(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        FNV1a.hash(UnsafeBufferPointer(rebasing: text[range]))
    }

    /// The byte range of the first word of a name.
    private static func firstWord(of bytes: [UInt8]) -> Range<Int>? {
        bytes.withUnsafeBufferPointer { text -> Range<Int>? in
            var i = 0
            while i < text.count, let (isWord, length) = character(at: i, in: text), !isWord { i += length }
            var j = i
            while j < text.count, let (isWord, length) = character(at: j, in: text), isWord { j += length }
            return j > i ? i..<j : nil
        }
    }

    /// Whether the character at byte `i` is a letter or digit, and its length in bytes; nil past the end.
    private static func character(at i: Int, in text: UnsafeBufferPointer<UInt8>) -> (Bool, Int)? {
        guard i < text.count else { return nil }
        let b = text[i]
        if b < 0x80 { return ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= text.count else { return (false, 1) }
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | (UInt32(text[i + k]) & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (false, length) }
        return (scalar.properties.isAlphabetic || scalar.properties.numericType != nil, length)
    }

    /// Whether the character that ends just before byte `i` is a letter or digit.
    private static func isWordCharacter(before i: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return false }
        var start = i - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return character(at: start, in: text)?.0 ?? false
    }

    private static func isWordCharacter(before i: Int, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isWordCharacter(before: i, in: $0) }
    }

    /// `text` with every run of white space made one space, trimmed: the form places keep and
    /// names are found in (a name may be broken over two lines in the source).
    public static func normalized(_ text: String) -> String {
        text.collapsingWhiteSpace
    }
}
