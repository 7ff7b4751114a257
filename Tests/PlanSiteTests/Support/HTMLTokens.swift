/// HTML as a flat list of tokens, for comparing two renderers' output: tags with their
/// attributes, text with the escapes both renderers write decoded, comments. Lenient on
/// purpose: raw HTML from the GFM spec examples passes through cmark-gfm unchecked, so
/// anything that is not a well-formed tag is kept as text.
enum HTMLToken: Equatable, Sendable {
    case start(name: String, attributes: [Attribute])
    case end(name: String)
    case text(String)
    /// A comment, doctype, processing instruction or CDATA section, kept verbatim.
    case other(String)

    struct Attribute: Equatable, Sendable {
        var name: String
        /// nil for an attribute written without a value (`data-footnotes`).
        var value: String?
    }

    var startName: String? {
        if case .start(let name, _) = self { return name }
        return nil
    }

    var endName: String? {
        if case .end(let name) = self { return name }
        return nil
    }

    func attribute(_ name: String) -> String? {
        guard case .start(_, let attributes) = self else { return nil }
        return attributes.first { $0.name == name }.map { $0.value ?? "" }
    }

    func hasClass(_ name: String) -> Bool {
        attribute("class")?.split(separator: " ").contains { $0 == name } ?? false
    }

    // MARK: - Reading

    static func tokens(_ html: String) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var text = ""
        let chars = Array(html.unicodeScalars)
        var i = 0
        func flushText() {
            if !text.isEmpty { tokens.append(.text(decoded(text))) }
            text = ""
        }
        while i < chars.count {
            guard chars[i] == "<" else {
                text.unicodeScalars.append(chars[i])
                i += 1
                continue
            }
            if let (token, next) = markup(chars, at: i) {
                flushText()
                tokens.append(token)
                i = next
            } else {
                text.unicodeScalars.append(chars[i])
                i += 1
            }
        }
        flushText()
        return tokens
    }

    /// The tag or comment starting at `start` (a `<`) and the index after it, or nil.
    private static func markup(_ chars: [Unicode.Scalar], at start: Int) -> (HTMLToken, Int)? {
        func string(_ from: Int, _ to: Int) -> String {
            var s = ""
            s.unicodeScalars.append(contentsOf: chars[from..<to])
            return s
        }
        func find(_ needle: String, from: Int) -> Int? {
            let n = Array(needle.unicodeScalars)
            var j = from
            while j + n.count <= chars.count {
                if Array(chars[j..<(j + n.count)]) == n { return j }
                j += 1
            }
            return nil
        }
        var i = start + 1
        guard i < chars.count else { return nil }
        if chars[i] == "!" || chars[i] == "?" {
            let close = string(start, min(chars.count, start + 4)) == "<!--" ? "-->" : ">"
            guard let end = find(close, from: start + 2) else { return nil }
            let after = end + close.unicodeScalars.count
            return (.other(string(start, after)), after)
        }
        let closing = chars[i] == "/"
        if closing { i += 1 }
        guard i < chars.count, chars[i].properties.isAlphabetic, chars[i].isASCII else { return nil }
        let nameStart = i
        while i < chars.count, chars[i].isASCII, chars[i].properties.isAlphabetic || ("0"..."9").contains(chars[i]) || chars[i] == "-" { i += 1 }
        let name = string(nameStart, i).lowercased()
        var attributes: [Attribute] = []
        func skipSpace() { while i < chars.count, chars[i].properties.isWhitespace { i += 1 } }
        while true {
            skipSpace()
            guard i < chars.count else { return nil }
            if chars[i] == ">" { return (closing ? .end(name: name) : .start(name: name, attributes: attributes), i + 1) }
            if chars[i] == "/", i + 1 < chars.count, chars[i + 1] == ">" {
                return (closing ? .end(name: name) : .start(name: name, attributes: attributes), i + 2)
            }
            if closing { return nil }
            let attributeStart = i
            while i < chars.count, !chars[i].properties.isWhitespace, !"=>\"'/<".unicodeScalars.contains(chars[i]) { i += 1 }
            guard i > attributeStart else { return nil }
            let attributeName = string(attributeStart, i).lowercased()
            skipSpace()
            guard i < chars.count, chars[i] == "=" else {
                attributes.append(Attribute(name: attributeName, value: nil))
                continue
            }
            i += 1
            skipSpace()
            guard i < chars.count else { return nil }
            if chars[i] == "\"" || chars[i] == "'" {
                let quote = chars[i]
                let valueStart = i + 1
                guard let end = chars[valueStart...].firstIndex(of: quote) else { return nil }
                attributes.append(Attribute(name: attributeName, value: decoded(string(valueStart, end))))
                i = end + 1
            } else {
                let valueStart = i
                while i < chars.count, !chars[i].properties.isWhitespace, chars[i] != ">" { i += 1 }
                attributes.append(Attribute(name: attributeName, value: decoded(string(valueStart, i))))
            }
        }
    }

    /// The escapes the two renderers write (cmark-gfm writes `&quot;` in text and `&#x27;` in
    /// addresses, plansite neither): decoded, so that equal HTML compares equal.
    static func decoded(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#x27;", with: "'")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    // MARK: - Writing

    /// One canonical form: attributes sorted, every value quoted, void elements without `/`,
    /// a line break after each block-level tag so that a difference reads as a line diff.
    static func serialise(_ tokens: [HTMLToken]) -> String {
        var out = ""
        for token in tokens {
            switch token {
            case .start(let name, let attributes):
                out += "<" + name
                for attribute in attributes.sorted(by: { $0.name < $1.name }) {
                    out += " \(attribute.name)=\"\(escaped(attribute.value ?? "", quote: true))\""
                }
                out += ">"
                if HTMLToken.containers.contains(name) { out += "\n" }
            case .end(let name):
                out += "</\(name)>"
                if HTMLToken.blockLevel.contains(name) { out += "\n" }
            case .text(let text):
                out += escaped(text, quote: false)
            case .other(let raw):
                out += raw
            }
        }
        return out
    }

    private static func escaped(_ s: String, quote: Bool) -> String {
        var out = s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        if quote { out = out.replacingOccurrences(of: "\"", with: "&quot;") }
        return out
    }

    /// Block-level elements that hold blocks rather than text: a line break after their
    /// start tag keeps a written-out difference readable.
    static let containers: Set<String> = ["blockquote", "div", "ol", "section", "table", "tbody", "thead", "tr", "ul"]

    /// Elements whose start and end are block boundaries: white space next to them is not
    /// shown, so where a renderer puts its line breaks is not a difference.
    static let blockLevel: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
}
