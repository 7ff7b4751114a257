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
}
