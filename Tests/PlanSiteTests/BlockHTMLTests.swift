import Testing
@testable import PlanSiteRender

/// `BlockHTML.withoutFinalNewline` reads the last bytes instead of the last character: it
/// must drop exactly what dropping a final "\n" character drops.
@Suite struct BlockHTMLTests {
    @Test func aFinalNewlineIsDroppedAsTheCharacterIs() {
        let texts = ["", "\n", "a", "a\n", "a\n\n", "\r\n", "a\r\n", "<p>x</p>\n", "é\n", "e\u{301}\n", "\n\u{301}", "x\r", "\r\n\n", "🙂\n"]
        for text in texts {
            let byCharacter = text.hasSuffix("\n") ? String(text.dropLast()) : text
            #expect(BlockHTML.withoutFinalNewline(text) == byCharacter, "\(text.debugDescription)")
        }
    }
}
