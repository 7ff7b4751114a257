import CCmarkGFM
import Foundation

extension MarkdownParser {
    /// cmark-gfm's own HTML for `markdown`, parsed with exactly the options and extensions
    /// `parse` uses. plansite never publishes it: it is the reference that the GFM spec test
    /// (`GFMSpecTests`) holds plansite's renderer against, made here so that the test cannot
    /// drift from the parser's settings and so that it parses under the same lock.
    package static func referenceHTML(_ markdown: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        guard let parser = newParser() else { return "" }
        defer { cmark_parser_free(parser) }
        markdown.withCString { pointer in
            cmark_parser_feed(parser, pointer, strlen(pointer))
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
