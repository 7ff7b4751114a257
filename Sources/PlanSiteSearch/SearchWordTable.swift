import PlanSiteModel

/// Word form → a number, for the search analysis, which looks up every word of the site in
/// one: open addressing over FNV-1a of the word's UTF-8, compared by its bytes, so a word is
/// looked up as the tokenizer finds it without being made a `String`. `Dictionary<String, _>`
/// hashed each word with SipHash, which was a third of the analysis's time at 100×. Forms
/// are kept in the order they were first added, as bytes (`form(_:)` makes one a `String`).
struct SearchWordTable {
    /// The forms' numbers, in the order the forms were added.
    private(set) var values: [Int32] = []
    private var hashes: [UInt64] = []
    /// Every form's bytes, one after the other: form `k` is `bytes[ends[k - 1]..<ends[k]]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Slot → the form's index, -1 when empty; a power of two, at most half full.
    private var slots: [Int32]

    init() { slots = Array(repeating: -1, count: 1024) }

    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 { FNV1a.hash(word) }

    /// The number of `word`, whose `hash(_:)` is `hash`, if it was added.
    func value(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash && holds(index, word) { return values[index] }
            slot = (slot + 1) & mask
        }
    }

    /// Whether form `index` is `word`, byte for byte.
    private func holds(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = index == 0 ? 0 : ends[index - 1]
        guard ends[index] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            word.indices.allSatisfy { stored[start + $0] == word[$0] }
        }
    }

    /// How many forms the table holds.
    var count: Int { values.count }

    /// The form added `index`th, from 0.
    func form(_ index: Int) -> String {
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[index]]), as: UTF8.self) }
    }

    /// Adds `word` (UTF-8), which is not in the table yet.
    mutating func add(bytes word: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        place(count, hash: hash)
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        values.append(value)
        hashes.append(hash)
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (index, hash) in hashes.enumerated() { place(index, hash: hash) }
    }
}
