import Mustache
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// The escaping every theme template gets. swift-mustache's own HTML escaping looks up each
/// `Character` in a dictionary, which made it a fifth of all build instructions; this one scans
/// bytes and returns text without `&<>"'` untouched. The output is the same: the same five
/// characters, the same entities.
struct FastHTMLContentType: MustacheContentType {
    static let name = "PLANSITE_HTML"
    /// Put in front of every template text, so partials and site themes escape this way too.
    /// On a line of its own, so the parser drops that line whole and the template's first line
    /// follows Mustache's standalone-line rule like every other: a first line holding only
    /// `{{#section}}` leaves no newline behind.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registered once, before the first template is parsed (the parser looks the name up).
    static let registered: Void = MustacheContentTypes.register(FastHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLEscape.template(text)
    }
}
