import Testing
import Foundation
@testable import PlanSiteModel

/// Collapsing white space reads eight bytes at a time while they are printable ASCII, and
/// byte by byte otherwise: two spaces side by side, a tab, a newline or a no-break space must
/// be found at every place, inside an eight-byte word and across the border of two.
@Suite struct WhiteSpaceCollapseTests {
    /// What collapsing must give, character by character: runs of white space one space,
    /// trimmed at both ends.
    static func expected(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: ["  ", "\t", "\n", " \n ", "\u{00A0}", "\u{2009}", " \u{3000}"])
    func whiteSpaceIsFoundAtEveryPlace(_ space: String) {
        let filler = "Jeugdhulp in de regio Nijmegen, coördinatie en zorg voor jongeren"
        for length in 2...40 {
            for place in 1..<length {
                let text = String(filler.prefix(place)) + space + String(filler.dropFirst(place).prefix(length - place))
                #expect(text.collapsingWhiteSpace == Self.expected(text), "\(text.debugDescription)")
            }
        }
    }

    @Test func textWithSingleSpacesIsReturnedAsItIs() {
        for text in ["", "a", "Jeugdhulp in de regio", String(repeating: "ab cd efg ", count: 12) + "h",
                     "ab cdefgh ijklmnop qrstuvwx yz", "12345678 12345678"] {
            #expect(text.collapsingWhiteSpace == text)
        }
        // Signs next to a space in value ("!" is 0x21) are not taken for spaces.
        let signs = "a!b !c! d!!e f!  g"
        #expect(signs.collapsingWhiteSpace == Self.expected(signs))
    }

    @Test func spacesAtTheEndsAreTrimmed() {
        for text in [" Jeugdhulp in de regio", "Jeugdhulp in de regio ", "  regio   Nijmegen  ", "\tregio\n"] {
            #expect(text.collapsingWhiteSpace == Self.expected(text))
        }
    }
}

/// `trimmed()` answers from the two end bytes when both are ASCII and neither is a space or a
/// tab; it must trim exactly what Foundation's `trimmingCharacters(in: .whitespaces)` trims.
@Suite struct TrimmedTests {
    @Test(arguments: ["", " ", "\t", "a", " a", "a ", "\ta\t", "a\n", "\na", "\n", "  Opgave 4  ", "x\u{00A0}",
                      "\u{00A0}x", "\u{3000}regio\u{2009}", "é", " é ", "coördinatie", "a\r", "\u{85}a"])
    func trimsWhatFoundationTrims(_ text: String) {
        #expect(text.trimmed() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
    }
}
