/// Nearest-name suggestions for hints ("bedoelde je `periode`?").
public enum EditDistance {
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates closest to `name`, if close enough to be a plausible typo.
    public static func nearest(_ name: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        if let numbered = nearestNumbers(name, in: candidates, limit: limit) { return numbered }
        let threshold = max(2, name.count / 3)
        let scored = candidates.map { ($0, distance(name, $0)) }.filter { $0.1 <= threshold }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// For a number (`4.7`, `9`) among numbers, the nearest under the same parent first:
    /// by letters, `4.7` was as near to `1.7` as to `4.6`, and ties went alphabetically
    /// ("bedoelde je 4.1, 4.2 of 4.3?" when 4.6 is the last there is). Nil when `name` is
    /// no number or no candidate has as many parts.
    static func nearestNumbers(_ name: String, in candidates: some Sequence<String>, limit: Int) -> [String]? {
        func parts(_ text: String) -> [Int]? {
            let split = text.split(separator: ".", omittingEmptySubsequences: false)
            let numbers = split.compactMap { $0.isEmpty || !$0.allSatisfy(\.isASCII) ? nil : Int($0) }
            return numbers.count == split.count && !numbers.isEmpty ? numbers : nil
        }
        guard let wanted = parts(name) else { return nil }
        let scored = candidates.compactMap { candidate -> (String, [Int])? in
            guard let have = parts(candidate), have.count == wanted.count, have != wanted else { return nil }
            // Which part differs first, then by how much: siblings before cousins.
            let first = have.indices.first { have[$0] != wanted[$0] } ?? 0
            return (candidate, [-first, abs(have[first] - wanted[first])] + have)
        }
        guard !scored.isEmpty else { return nil }
        return scored.sorted { $0.1.lexicographicallyPrecedes($1.1) }.prefix(limit).map { $0.0 }
    }

    /// "bedoelde je `x`?" or "bedoelde je `x` of `y`?", or nil when nothing is close.
    public static func suggestion(_ name: String, in candidates: some Sequence<String>, format: (String) -> String = { "`\($0)`" }) -> String? {
        let near = nearest(name, in: candidates)
        guard !near.isEmpty else { return nil }
        let listed = near.map(format)
        let joined = listed.count == 1 ? listed[0] : listed.dropLast().joined(separator: ", ") + " of " + (listed.last ?? "")
        return "bedoelde je \(joined)?"
    }
}
