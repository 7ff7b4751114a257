/// JSON without spaces, written straight into a string, for the index's script files (the
/// open-data files are pretty-printed; these are read by a program only). Strings escape
/// what JSON requires and U+2028/U+2029, which older JavaScript parsers reject in strings.
struct CompactJSON {
    var out = ""

    mutating func string(_ s: String) {
        out += "\""
        let plain = s.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != 0xE2 }
        if plain {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{2028}": out += "\\u2028"
                case "\u{2029}": out += "\\u2029"
                case let c where c.value < 0x20:
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
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
