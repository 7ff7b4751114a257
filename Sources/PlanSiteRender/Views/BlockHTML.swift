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
        return html.hasSuffix("\n") ? String(html.dropLast()) : html
    }
}
