import Testing
@testable import PlanSiteModel

/// HTML escaping reads eight bytes at a time before it looks at single bytes: every special
/// character, at every place in texts longer and shorter than a word, must still be found.
@Suite struct HTMLEscapeTests {
    /// What each function must give, character by character.
    static func expected(_ text: String, quote: Bool, apostrophe: Bool) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quote: out += "&quot;"
            case "'" where apostrophe: out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    @Test(arguments: ["&", "<", ">", "\"", "'"])
    func everySpecialCharacterIsFoundAtEveryPlace(_ special: String) {
        for length in 0...24 {
            for place in 0...length {
                let filler = String(repeating: "ab cë", count: 5)
                let text = String(filler.prefix(place)) + special + String(filler.prefix(length - place))
                #expect(HTMLEscape.text(text) == Self.expected(text, quote: false, apostrophe: false), "\(text)")
                #expect(HTMLEscape.attribute(text) == Self.expected(text, quote: true, apostrophe: false), "\(text)")
                #expect(HTMLEscape.template(text) == Self.expected(text, quote: true, apostrophe: true), "\(text)")
            }
        }
    }

    @Test func textWithoutSpecialCharactersIsReturnedAsItIs() {
        for text in ["", "a", "Jeugdhulp in de regio", String(repeating: "coördinatie ", count: 40)] {
            #expect(HTMLEscape.template(text) == text)
        }
        // Bytes next to the specials in value (%, =, ?, ;) are not taken for them.
        let near = String(repeating: "%=?;:(){}[]`~", count: 3)
        #expect(HTMLEscape.template(near) == near)
    }
}
