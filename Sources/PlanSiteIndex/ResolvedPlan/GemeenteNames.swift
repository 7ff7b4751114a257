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
    /// Every name and region name, by its first word, longest first.
    private let forms: [String: [Form]]

    private struct Form: Sendable {
        var text: [Character]
        /// Characters before the first word ("'s-Hertogenbosch": 2).
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
                if let g = index[slug] {
                    if !gemeenten[g].regions.contains(r) { gemeenten[g].regions.append(r) }
                } else {
                    index[slug] = gemeenten.count
                    gemeenten.append(Gemeente(naam: naam, slug: slug, regions: [r], andereNamen: []))
                }
                for other in region.andereNamen[naam] ?? [] where !gemeenten[index[slug] ?? 0].andereNamen.contains(other) {
                    gemeenten[index[slug] ?? 0].andereNamen.append(other)
                }
            }
        }
        var forms: [String: [Form]] = [:]
        var taken: Set<String> = []
        func add(_ text: String, gemeente: Int?) {
            let chars = Array(text)
            guard let first = chars.firstIndex(where: Self.isWordCharacter), taken.insert(text).inserted else { return }
            var end = first
            while end < chars.count, Self.isWordCharacter(chars[end]) { end += 1 }
            let word = String(chars[first..<end])
            let form = Form(text: chars, lead: first, gemeente: gemeente)
            forms[word, default: []].append(form)
            // A region's name is also read over with a small first letter ("het rijk van Nijmegen").
            if gemeente == nil, word.lowercased() != word {
                var lower = chars
                lower[first] = Character(chars[first].lowercased())
                if taken.insert(String(lower)).inserted { forms[word.lowercasedFirst, default: []].append(Form(text: lower, lead: first, gemeente: nil)) }
            }
        }
        for (g, gemeente) in gemeenten.enumerated() {
            add(gemeente.naam, gemeente: g)
            for other in gemeente.andereNamen { add(other, gemeente: g) }
        }
        for region in regions { add(region.naam, gemeente: nil) }
        self.gemeenten = gemeenten
        self.index = index
        self.forms = forms.mapValues { $0.sorted { $0.text.count > $1.text.count } }
    }

    public var isEmpty: Bool { gemeenten.isEmpty }

    /// The gemeente with this slug.
    public func gemeente(slug: String) -> Gemeente? {
        index[slug].map { gemeenten[$0] }
    }

    /// Every name of a gemeente in `text`, in order; `text` is a reader's text with runs of
    /// white space made one space (`GemeenteNames.normalized`).
    public func find(in text: [Character]) -> [NamedSpan] {
        guard !forms.isEmpty else { return [] }
        var out: [NamedSpan] = []
        var i = 0
        let n = text.count
        while i < n {
            guard Self.isWordCharacter(text[i]), i == 0 || !Self.isWordCharacter(text[i - 1]) else {
                i += 1
                continue
            }
            var j = i
            while j < n, Self.isWordCharacter(text[j]) { j += 1 }
            var next = j
            if let candidates = forms[String(text[i..<j])] {
                for form in candidates where matches(form, in: text, wordStart: i) {
                    let start = i - form.lead
                    if let g = form.gemeente { out.append(NamedSpan(gemeente: gemeenten[g].slug, start: start, count: form.text.count)) }
                    next = start + form.text.count
                    break
                }
            }
            i = max(next, i + 1)
        }
        return out
    }

    private func matches(_ form: Form, in text: [Character], wordStart: Int) -> Bool {
        let start = wordStart - form.lead
        let end = start + form.text.count
        guard start >= 0, end <= text.count else { return false }
        if start > 0, Self.isWordCharacter(text[start - 1]), form.lead > 0 { return false }
        if end < text.count, Self.isWordCharacter(text[end]), let last = form.text.last, Self.isWordCharacter(last) { return false }
        var k = 0
        while k < form.text.count {
            if text[start + k] != form.text[k] { return false }
            k += 1
        }
        return true
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// `text` with every run of white space made one space, trimmed: the form places keep and
    /// names are found in (a name may be broken over two lines in the source).
    public static func normalized(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for c in text {
            if c.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out
    }
}

private extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
