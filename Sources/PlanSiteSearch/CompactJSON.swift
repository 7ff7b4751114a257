import PlanSiteModel

/// JSON without spaces, written straight into a string, for the index's script files (the
/// open-data files are pretty-printed; these are read by a program only). Strings escape
/// what JSON requires and U+2028/U+2029, which older JavaScript parsers reject in strings.
struct CompactJSON {
    var out = ""

    mutating func string(_ s: String) {
        JSONText.quote(s, into: &out, forScript: true)
    }

    mutating func int(_ n: Int) { out += String(n) }

    mutating func raw(_ s: String) { out += s }

    /// `[a,b,c]` with each element written by `element`.
    mutating func array<S: Sequence>(_ items: S, _ element: (inout CompactJSON, S.Element) -> Void) {
        out += "["
        var first = true
        for item in items {
            if !first { out += "," }
            first = false
            element(&self, item)
        }
        out += "]"
    }

    mutating func ints(_ items: [Int]) {
        out += "["
        for (i, n) in items.enumerated() {
            if i > 0 { out += "," }
            out += String(n)
        }
        out += "]"
    }

    mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }
}
