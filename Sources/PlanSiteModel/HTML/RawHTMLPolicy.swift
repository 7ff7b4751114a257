/// The raw HTML an editor may write: a few inline tags, no attributes but `abbr`'s title.
/// Anything else is shown as text (and the check stage warns about it).
public enum RawHTMLPolicy {
    public static let allowedTags: Set<String> = ["sup", "sub", "br", "b", "strong", "i", "em", "abbr"]

    /// The tag name of a raw HTML snippet like `<sup>`, `</sup>`, `<br/>`, or nil for comments and other forms.
    package static func tagName(_ html: String) -> (name: String, closing: Bool)? {
        var s = Substring(html.trimmed(.whitespacesAndNewlines))
        guard s.hasPrefix("<"), s.hasSuffix(">") else { return nil }
        s = s.dropFirst().dropLast()
        var closing = false
        if s.hasPrefix("/") { closing = true; s = s.dropFirst() }
        let name = s.prefix { $0.isLetter || $0.isNumber }.lowercased()
        return name.isEmpty ? nil : (name, closing)
    }

    /// HTML comments are editors' notes: never shown, never warned about.
    package static func isComment(_ html: String) -> Bool {
        let t = html.trimmed(.whitespacesAndNewlines)
        return t.hasPrefix("<!--") && t.hasSuffix("-->")
    }

    public static func isAllowed(_ html: String) -> Bool {
        if isComment(html) { return true }
        guard let tag = tagName(html) else { return false }
        return allowedTags.contains(tag.name)
    }

    /// Allowed tags re-emitted in a clean form; everything else escaped.
    package static func render(_ html: String) -> String {
        if isComment(html) { return "" }
        guard let tag = tagName(html), allowedTags.contains(tag.name) else { return HTMLEscape.text(html) }
        if tag.closing { return "</\(tag.name)>" }
        if tag.name == "br" { return "<br>" }
        if tag.name == "abbr", let title = attributeValue("title", in: html) {
            return "<abbr title=\"\(HTMLEscape.attribute(title))\">"
        }
        return "<\(tag.name)>"
    }

    package static func attributeValue(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: name + "=\"") else { return nil }
        let rest = html[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// Splits a raw HTML block into tags and text, keeping allowed tags, paired as in a
    /// paragraph (`RawHTMLBalance`); `problems` receives what was unpaired.
    package static func renderBlock(_ html: String, at location: SourceLocation, problems: inout [RawHTMLBalance.Problem]) -> String {
        if isComment(html) { return "" }
        var balance = RawHTMLBalance()
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += HTMLEscape.text(String(rest[..<open]))
            guard let close = rest[open...].firstIndex(of: ">") else {
                out += HTMLEscape.text(String(rest[open...]))
                rest = rest[rest.endIndex...]
                break
            }
            out += balance.take(String(rest[open...close]), at: location)
            rest = rest[rest.index(after: close)...]
        }
        out += HTMLEscape.text(String(rest)) + balance.finish()
        problems += balance.problems
        return out
    }

    package static func renderBlock(_ html: String, at location: SourceLocation) -> String {
        var ignored: [RawHTMLBalance.Problem] = []
        return renderBlock(html, at: location, problems: &ignored)
    }
}

import Foundation
