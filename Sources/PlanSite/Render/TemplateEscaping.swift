import Mustache

/// The escaping every theme template gets. swift-mustache's own HTML escaping looks up each
/// `Character` in a dictionary, which made it a fifth of all build instructions; this one scans
/// bytes and returns text without `&<>"'` untouched. The output is the same: the same five
/// characters, the same entities.
struct FastHTMLContentType: MustacheContentType {
    static let name = "PLANSITE_HTML"
    /// Put in front of every template text, so partials and site themes escape this way too.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registered once, before the first template is parsed (the parser looks the name up).
    static let registered: Void = MustacheContentTypes.register(FastHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLEscape.template(text)
    }
}
