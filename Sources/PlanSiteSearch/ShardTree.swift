/// Which shard holds which word form. Forms are grouped by their first character, then by
/// their first two; a group whose postings and cards would make its file larger than
/// `maxBytes` (`SearchIndex.maxShardBytes`) is split again by the next character (forms exactly as long
/// as the group's key stay in it). A shard's key is a prefix of each of its forms, and a
/// form is in the shard with the longest key that is a prefix of it: `zoeken.js` finds the
/// shard for a word as the longest key in the manifest that starts it.
struct ShardTree {
    typealias Stem = SearchAnalysis.StemID

    /// Shard key → its forms.
    private(set) var forms: [String: [String]] = [:]
    /// Every key of the tree, those without forms of their own included.
    private var nodes: Set<String> = []

    /// Bytes a posting takes in a shard file, about: a difference, a weight, two commas.
    static let postingBytes = 5

    /// The most bytes a shard may hold before it is split.
    let maxBytes: Int

    /// - Parameter stemBytes: the bytes a stem adds to a shard that holds it (its postings and cards).
    init(forms stemOfForm: [String: Stem], maxBytes: Int, stemBytes: (Stem) -> Int) {
        self.maxBytes = maxBytes
        var byFirst: [String: [String]] = [:]
        for form in stemOfForm.keys { byFirst[Self.prefix(form, 1), default: []].append(form) }
        for (key, group) in byFirst {
            nodes.insert(key)
            let (own, rest) = Self.partition(group, keyLength: 1)
            if !own.isEmpty { forms[key] = own }
            var byTwo: [String: [String]] = [:]
            for form in rest { byTwo[Self.prefix(form, 2), default: []].append(form) }
            for (child, members) in byTwo { place(child, members, stemOfForm: stemOfForm, stemBytes: stemBytes) }
        }
    }

    private mutating func place(_ key: String, _ group: [String], stemOfForm: [String: Stem], stemBytes: (Stem) -> Int) {
        nodes.insert(key)
        let length = key.unicodeScalars.count
        let stems = Set(group.compactMap { stemOfForm[$0] })
        let bytes = stems.reduce(0) { $0 + stemBytes($1) } + group.reduce(0) { $0 + $1.utf8.count + 4 }
        let (own, rest) = Self.partition(group, keyLength: length)
        guard bytes > maxBytes, !rest.isEmpty else {
            forms[key] = group
            return
        }
        if !own.isEmpty { forms[key] = own }
        var byNext: [String: [String]] = [:]
        for form in rest { byNext[Self.prefix(form, length + 1), default: []].append(form) }
        for (child, members) in byNext { place(child, members, stemOfForm: stemOfForm, stemBytes: stemBytes) }
    }

    /// The shard for a name: the longest key of the tree that is a prefix of it (its first
    /// character when none is).
    func key(for text: String) -> String {
        var best = Self.prefix(text, 1)
        var length = 1
        let count = text.unicodeScalars.count
        while length < count {
            length += 1
            let candidate = Self.prefix(text, length)
            guard nodes.contains(candidate) else { break }
            best = candidate
        }
        return best
    }

    /// The forms exactly `keyLength` long, and the longer ones.
    private static func partition(_ group: [String], keyLength: Int) -> ([String], [String]) {
        var own: [String] = [], rest: [String] = []
        for form in group {
            if form.unicodeScalars.count == keyLength { own.append(form) } else { rest.append(form) }
        }
        return (own, rest)
    }

    static func prefix(_ text: String, _ length: Int) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(length)))
    }
}
