/// Pairs the allow-listed raw HTML tags of one run of inline content (a paragraph, a heading,
/// a table cell, the text of a link or an emphasis). A `<b>` left open would otherwise run on
/// into everything after it on the page, and a `</b>` without its `<b>` would close an element
/// plansite made. Render and check both walk tags through this one type, so the HTML that is
/// written and the warnings an editor reads can never disagree.
package struct RawHTMLBalance {
    package enum Problem: Equatable {
        /// An allowed tag opened here and not closed in the same run: closed at its end.
        case unclosed(tag: String, at: SourceLocation)
        /// A closing tag with no open tag of its name in this run: shown as text.
        case stray(tag: String, at: SourceLocation)
    }

    private var open: [(name: String, location: SourceLocation)] = []
    package private(set) var problems: [Problem] = []

    package init() {}

    /// The HTML for one raw HTML inline.
    package mutating func take(_ html: String, at location: SourceLocation) -> String {
        guard let tag = RawHTMLPolicy.tagName(html), RawHTMLPolicy.allowedTags.contains(tag.name) else {
            return RawHTMLPolicy.render(html)
        }
        if tag.name == "br" { return "<br>" }
        guard tag.closing else {
            open.append((tag.name, location))
            return RawHTMLPolicy.render(html)
        }
        guard let index = open.lastIndex(where: { $0.name == tag.name }) else {
            problems.append(.stray(tag: tag.name, at: location))
            return HTMLEscape.text(html)
        }
        // Tags opened inside this one and never closed end here, innermost first.
        var closing = ""
        while open.count > index + 1, let inner = open.popLast() {
            problems.append(.unclosed(tag: inner.name, at: inner.location))
            closing += "</\(inner.name)>"
        }
        open.removeLast()
        return closing + "</\(tag.name)>"
    }

    /// Closes what is still open at the end of the run.
    package mutating func finish() -> String {
        var closing = ""
        while let inner = open.popLast() {
            problems.append(.unclosed(tag: inner.name, at: inner.location))
            closing += "</\(inner.name)>"
        }
        return closing
    }
}
