import Testing
@testable import PlanSiteRender

/// `MetaDescription.shortened` decides from the bytes and a bounded walk whether a text is
/// longer than the maximum: around that length, in ASCII and in text whose characters take
/// several bytes or scalars, it must cut exactly where counting every character cuts.
@Suite struct MetaDescriptionTests {
    static func byCounting(_ text: String) -> String {
        guard text.count > MetaDescription.maximumLength else { return text }
        let head = text.prefix(MetaDescription.maximumLength - 1)
        var cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        while let last = cut.last, ",;:.–-".contains(last) || last == " " { cut = cut.dropLast() }
        return String(cut) + "…"
    }

    @Test func aTextIsCutWhereCountingEveryCharacterCutsIt() {
        let maximum = MetaDescription.maximumLength
        for unit in ["a", "é", "e\u{301}", "🙂", "ab "] {
            for length in (maximum - 3)...(maximum + 3) {
                let text = String(repeating: unit, count: length)
                #expect(MetaDescription.shortened(text) == Self.byCounting(text), "\(unit) × \(length)")
            }
        }
        let words = String(repeating: "jeugdhulp, ", count: 30)
        #expect(MetaDescription.shortened(words) == Self.byCounting(words))
        #expect(MetaDescription.shortened(words).count <= maximum)
    }

    /// Dutch text is cut from its scalars (`shortenedByScalars`), and wherever the cut falls
    /// (after a dash, a full stop, a space, between the two scalars of a decomposed letter
    /// or of "\r\n") it must be the cut that counting characters makes.
    @Test func theScalarCutIsTheCharacterCut() {
        let maximum = MetaDescription.maximumLength
        let pieces = ["regio – ", "zorg. ", "één, ", "coördinatie; ", "’s-Hertogenbosch: ", "jeugd-", "e\u{301}", "\r\n", "€ 12 ", "…", "🙂 "]
        var texts: [String] = []
        for a in pieces {
            for b in pieces {
                for pad in 0..<12 {
                    let lead = String(repeating: "x", count: maximum - 20 + pad)
                    texts.append(lead + a + b + String(repeating: "woord ", count: 8))
                    texts.append(String(repeating: a, count: maximum / max(1, a.count) + 2) + b)
                }
            }
        }
        var byScalars = 0
        for text in texts {
            #expect(MetaDescription.shortened(text) == Self.byCounting(text), "\(text)")
            var copy = text
            if copy.withUTF8({ MetaDescription.shortenedByScalars($0) }) != nil { byScalars += 1 }
        }
        #expect(byScalars > texts.count / 2)
    }
}
