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

    /// A form as the splitting reads it, made once: the tree is built on one core after the
    /// analysis, and every level asked each form for its stem by its text and cut a `String`
    /// prefix from it (71 M instructions at 1×, a sixth of the search index's time there).
    private struct Form {
        var text: String
        var scalarCount: Int
        var stem: Stem

        init(_ text: String, stem: Stem) {
            self.text = text
            self.stem = stem
            scalarCount = text.unicodeScalars.count
        }

        /// The UTF-8 bytes of its first `count` scalars; one per scalar when it is all ASCII.
        func bytes(ofScalars count: Int) -> Int {
            if scalarCount == text.utf8.count { return count }
            var bytes = 0
            for scalar in text.unicodeScalars.prefix(count) { bytes += UTF8.width(scalar) }
            return bytes
        }
    }

    /// - Parameter stemBytes: the bytes a stem adds to a shard that holds it (its postings and cards).
    init(forms stemOfForm: [String: Stem], maxBytes: Int, stemBytes: (Stem) -> Int) {
        self.maxBytes = maxBytes
        let all = stemOfForm.map { Form($0.key, stem: $0.value) }
        var byFirst: [String: [Int]] = [:]
        for i in all.indices { byFirst[Self.key(all[i], 1), default: []].append(i) }
        // A first character's group is always split by the second.
        for (key, group) in byFirst {
            nodes.insert(key)
            split(key, length: 1, group, all, stemBytes: stemBytes)
        }
    }

    /// The first `length` scalars of a form: the key of the shard at that depth.
    private static func key(_ form: Form, _ length: Int) -> String {
        let count = min(length, form.scalarCount)
        guard count > 0 else { return "" }
        let utf8 = form.text.utf8
        return String(form.text[..<utf8.index(utf8.startIndex, offsetBy: form.bytes(ofScalars: count))])
    }

    /// A shard for `group` under `key`, or, when its file would pass `maxBytes`, a shard for
    /// the forms as long as the key and a child per next character.
    private mutating func place(_ key: String, length: Int, _ group: [Int], _ all: [Form], stemBytes: (Stem) -> Int) {
        nodes.insert(key)
        var stems: Set<Stem> = []
        var bytes = 0
        var longer = false
        for i in group {
            if stems.insert(all[i].stem).inserted { bytes += stemBytes(all[i].stem) }
            bytes += all[i].text.utf8.count + 4
            if all[i].scalarCount > length { longer = true }
        }
        guard bytes > maxBytes, longer else {
            forms[key] = group.map { all[$0].text }
            return
        }
        split(key, length: length, group, all, stemBytes: stemBytes)
    }

    /// Keeps the forms exactly as long as `key` under it and places the longer ones by their
    /// next character.
    private mutating func split(_ key: String, length: Int, _ group: [Int], _ all: [Form], stemBytes: (Stem) -> Int) {
        let own = group.filter { all[$0].scalarCount <= length }
        if !own.isEmpty { forms[key] = own.map { all[$0].text } }
        var byNext: [String: [Int]] = [:]
        for i in group where all[i].scalarCount > length { byNext[Self.key(all[i], length + 1), default: []].append(i) }
        for (child, members) in byNext { place(child, length: length + 1, members, all, stemBytes: stemBytes) }
    }

    /// The shard for a name: the longest key of the tree that is a prefix of it (its first
    /// character when none is).
    func key(for text: String) -> String {
        // Each longer candidate is the text up to one more scalar, cut from its UTF-8 (as
        // `Self.key(_:_:)` cuts a form's keys) rather than made from scalars anew.
        var ends = text.unicodeScalars.indices.dropFirst().makeIterator()
        var end = ends.next() ?? text.endIndex
        var best = String(text[..<end])
        while end != text.endIndex {
            end = ends.next() ?? text.endIndex
            let candidate = String(text[..<end])
            guard nodes.contains(candidate) else { break }
            best = candidate
        }
        return best
    }
}
