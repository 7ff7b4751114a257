import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// Rendered Markdown blocks as a view hands them to a template: the template puts them on a
/// line of their own between `{{#field}}` and `{{/field}}` lines, so it reads like the page
/// it makes and an absent text leaves no empty line behind.
enum BlockHTML {
    /// The blocks without their last newline (the template's line end puts it back), or nil
    /// when there are none. Every block the Markdown renderer writes ends with a newline, so
    /// the template's output is the rendered text byte for byte.
    static func line(_ html: String) -> String? {
        guard !html.isEmpty else { return nil }
        return withoutFinalNewline(html)
    }

    /// `html` without a final "\n" (a character of its own unless after "\r"), found on its
    /// last bytes: `hasSuffix` and `dropLast` walked characters and copied through a
    /// Substring, for every Markdown field of every page.
    static func withoutFinalNewline(_ html: String) -> String {
        let utf8 = html.utf8
        guard utf8.last == UInt8(ascii: "\n") else { return html }
        let newline = utf8.index(before: utf8.endIndex)
        guard newline > utf8.startIndex, utf8[utf8.index(before: newline)] != UInt8(ascii: "\r") else {
            return newline == utf8.startIndex ? "" : html
        }
        // Cut as a substring ("\n" is a character of its own): decoding the bytes again
        // validated every rendered block a second time.
        return String(html[..<newline])
    }
}
