/// Splits folded text (`SearchFolding.fold`) into the words search knows, the same way as
/// `zoeken.js` splits a query: runs of letters and digits; a number with dots between its
/// digit groups ("1.3", "4.1.2") is one word, so plan numbers are found as they are written;
/// an apostrophe between letters joins ("regio's" → "regios"); everything else separates
/// ("RAO-Jeugd" → "rao", "jeugd").
public enum SearchTokenizer {
    /// The words of `folded`, in order, repeats kept.
    public static func words(_ folded: String) -> [String] {
        var words: [String] = []
        let scalars = Array(folded.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard isWordScalar(scalars[i]) else { i += 1; continue }
            var word = String.UnicodeScalarView()
            if isDigit(scalars[i]), let end = dottedNumberEnd(scalars, from: i) {
                word.append(contentsOf: scalars[i..<end])
                i = end
            } else {
                while i < scalars.count {
                    if isWordScalar(scalars[i]) {
                        word.append(scalars[i])
                        i += 1
                    } else if scalars[i] == "'", i + 1 < scalars.count, !word.isEmpty, isWordScalar(scalars[i + 1]) {
                        i += 1
                    } else {
                        break
                    }
                }
            }
            words.append(String(word))
        }
        return words
    }

    /// The end of a dotted number starting at `start` ("1.3" in "1.3."), or nil when the
    /// digits there are not followed by a dot and a digit.
    static func dottedNumberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        var groups = 0
        while true {
            let groupStart = i
            while i < scalars.count, isDigit(scalars[i]) { i += 1 }
            guard i > groupStart else { return nil }
            groups += 1
            guard i + 1 < scalars.count, scalars[i] == ".", isDigit(scalars[i + 1]) else { break }
            i += 1
        }
        // A dotted number ends where its digits end; digits running on into letters ("12a")
        // are an ordinary word.
        guard groups > 1 else { return nil }
        return i
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 97 && v <= 122) || (v >= 48 && v <= 57) || (v >= 65 && v <= 90) }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
