import Foundation

/// Brings cmark-gfm's HTML and plansite's HTML for the same Markdown into one form, so that
/// what remains is a real difference. Two kinds of change, nothing else:
///
/// - serialisation that a browser does not see: `<br />` or `<br>`, `&quot;` or `"`, the
///   order of attributes, white space next to block-level tags (outside `<pre>`);
/// - plansite's documented markup rules (`MarkdownRule.markup`, described in
///   docs/content-format.md), which add or rename attributes and wrappers on every page
///   without changing what the reader gets: each is undone here by name.
///
/// Rules that change what a reader sees (raw HTML shown as text, a link's text filled in)
/// are not normalised: the examples they touch are listed one by one in `GFMSpecTests`.
enum GFMSpecNormalisation {
    /// cmark-gfm's HTML, with the rules that plansite applies to the same tree applied.
    static func reference(_ html: String) -> String {
        var tokens = HTMLToken.tokens(html)
        // Heading levels: a `#` heading is an `h2` (the page's `h1` is its title).
        tokens = tokens.map { token in
            switch token {
            case .start("h1", let attributes): .start(name: "h2", attributes: attributes)
            case .end("h1"): .end(name: "h2")
            default: token
            }
        }
        tokens = canonicalFootnotes(tokens, referenceClass: "footnote-ref", idPrefix: "fn-", sectionClass: "footnotes", backrefClass: "footnote-backref")
        return finish(tokens)
    }

    /// plansite's HTML without the markup its documented rules add.
    static func plansite(_ html: String) -> String {
        var tokens = HTMLToken.tokens(html)
        // Table markup: a scrolling region around each table, column headers with a scope,
        // alignment as a class.
        tokens = unwrap(tokens) { $0.startName == "div" && $0.hasClass("tabel-scroll") }
        // Heading ids: each heading ends with its own link (`anker`), and is named by its text.
        while let anker = tokens.firstIndex(where: { $0.startName == "a" && $0.hasClass("anker") }), let end = matchingEnd(tokens, from: anker) {
            tokens.removeSubrange(anker...end)
        }
        tokens = tokens.map { token in
            guard case .start(let name, var attributes) = token else { return token }
            switch name {
            case "th", "td":
                attributes.removeAll { $0.name == "scope" && name == "th" && $0.value == "col" }
                if let index = attributes.firstIndex(where: { $0.name == "class" }),
                   let align = ["links": "left", "midden": "center", "rechts": "right"][attributes[index].value ?? ""] {
                    attributes[index] = HTMLToken.Attribute(name: "align", value: align)
                }
            case "a":
                // External links: marked with a class.
                attributes.removeAll { $0.name == "class" && $0.value == "extern" }
            case "img":
                // Images load lazily.
                attributes.removeAll { $0.name == "loading" && $0.value == "lazy" }
            case "h1", "h2", "h3", "h4", "h5", "h6":
                // Heading ids: every heading has one, for links and "op deze pagina".
                attributes.removeAll { $0.name == "id" || $0.name == "aria-label" }
            default:
                break
            }
            return .start(name: name, attributes: attributes)
        }
        // Footnote markup: Dutch classes and ids, a heading above the notes.
        if let section = tokens.firstIndex(where: { $0.startName == "section" && $0.hasClass("voetnoten") }),
           let end = matchingEnd(tokens, from: section),
           let heading = tokens[section..<end].firstIndex(where: { ["h2", "h3", "h4", "h5", "h6"].contains($0.startName ?? "") }),
           let headingEnd = matchingEnd(tokens, from: heading) {
            tokens.removeSubrange(heading...headingEnd)
        }
        tokens = canonicalFootnotes(tokens, referenceClass: "voetnoot-ref", idPrefix: "voetnoot-", sectionClass: "voetnoten", backrefClass: "voetnoot-terug")
        return finish(tokens)
    }

    // MARK: - Footnotes

    /// Both renderers' footnotes in one form: a reference is `<sup class="footnote-ref"><a
    /// href="#fn-LABEL">NUMBER</a></sup>`; the notes are `<section class="footnotes"><ol>`
    /// with `<li id="fn-LABEL" value="NUMBER">` (the number a reader sees: an explicit `value`,
    /// or one more than the item before), without the links back to the text.
    static func canonicalFootnotes(_ input: [HTMLToken], referenceClass: String, idPrefix: String, sectionClass: String, backrefClass: String) -> [HTMLToken] {
        var tokens = input
        // A label as the browser matches it: cmark-gfm percent-encodes labels in ids and
        // addresses, plansite writes them as they are; `#fn-%22` finds `id="fn-&quot;"`.
        func label(_ value: String?, prefix: String) -> String? {
            guard let value, value.hasPrefix(prefix) else { return nil }
            let label = String(value.dropFirst(prefix.count))
            return label.removingPercentEncoding ?? label
        }
        // Links back from a note to its references, with their content.
        var index = 0
        while index < tokens.count {
            if tokens[index].startName == "a", tokens[index].hasClass(backrefClass), let end = matchingEnd(tokens, from: index) {
                tokens.removeSubrange(index...end)
            } else {
                index += 1
            }
        }
        for index in tokens.indices {
            guard tokens[index].startName == "sup", tokens[index].hasClass(referenceClass), index + 1 < tokens.count,
                  tokens[index + 1].startName == "a", let noteLabel = label(tokens[index + 1].attribute("href"), prefix: "#" + idPrefix) else { continue }
            tokens[index] = .start(name: "sup", attributes: [.init(name: "class", value: "footnote-ref")])
            tokens[index + 1] = .start(name: "a", attributes: [.init(name: "href", value: "#fn-" + noteLabel)])
        }
        guard let section = tokens.firstIndex(where: { $0.startName == "section" && $0.hasClass(sectionClass) }),
              let sectionEnd = matchingEnd(tokens, from: section) else { return tokens }
        tokens[section] = .start(name: "section", attributes: [.init(name: "class", value: "footnotes")])
        guard let list = tokens[section..<sectionEnd].firstIndex(where: { $0.startName == "ol" }),
              let listEnd = matchingEnd(tokens, from: list) else { return tokens }
        var number = 0
        var item = list + 1
        while item < listEnd {
            guard tokens[item].startName == "li", let itemEnd = matchingEnd(tokens, from: item) else {
                item += 1
                continue
            }
            number = tokens[item].attribute("value").flatMap { Int($0) } ?? number + 1
            var attributes: [HTMLToken.Attribute] = [.init(name: "value", value: String(number))]
            if let noteLabel = label(tokens[item].attribute("id"), prefix: idPrefix) {
                attributes.append(.init(name: "id", value: "fn-" + noteLabel))
            }
            tokens[item] = .start(name: "li", attributes: attributes)
            item = itemEnd + 1
        }
        return tokens
    }

    // MARK: - Shared steps

    /// White space next to block-level tags trimmed (outside `<pre>`); then, inside the
    /// footnotes, paragraphs left empty by removing the links back (plansite puts them in a
    /// paragraph of their own after a note that ends in a list or code block).
    static func finish(_ input: [HTMLToken]) -> String {
        var tokens = trimmedBlockWhitespace(input)
        if let section = tokens.firstIndex(where: { $0.startName == "section" && $0.hasClass("footnotes") }),
           var sectionEnd = matchingEnd(tokens, from: section) {
            var index = section
            while index + 1 < sectionEnd {
                if tokens[index].startName == "p", tokens[index + 1].endName == "p" {
                    tokens.removeSubrange(index...(index + 1))
                    sectionEnd -= 2
                } else {
                    index += 1
                }
            }
        }
        return HTMLToken.serialise(tokens)
    }

    static func trimmedBlockWhitespace(_ tokens: [HTMLToken]) -> [HTMLToken] {
        // Neighbouring texts (left where markup was removed) as one.
        var input: [HTMLToken] = []
        for token in tokens {
            if case .text(let text) = token, case .text(let before)? = input.last {
                input[input.count - 1] = .text(before + text)
            } else {
                input.append(token)
            }
        }
        func isBlock(_ token: HTMLToken?) -> Bool {
            guard let token else { return true }
            switch token {
            case .start(let name, _), .end(let name): return HTMLToken.blockLevel.contains(name)
            default: return false
            }
        }
        var out: [HTMLToken] = []
        var preDepth = 0
        for (index, token) in input.enumerated() {
            if token.startName == "pre" { preDepth += 1 }
            if token.endName == "pre" { preDepth = max(0, preDepth - 1) }
            guard case .text(var text) = token, preDepth == 0 else {
                out.append(token)
                continue
            }
            if isBlock(out.last) { text = String(text.drop(while: \.isWhitespace)) }
            if isBlock(index + 1 < input.count ? input[index + 1] : nil) {
                while let last = text.last, last.isWhitespace { text.removeLast() }
            }
            if !text.isEmpty { out.append(.text(text)) }
        }
        return out
    }

    /// The index of the end tag that closes the element started at `start`, counting nested
    /// elements of the same name; nil when it is never closed.
    static func matchingEnd(_ tokens: [HTMLToken], from start: Int) -> Int? {
        guard let name = tokens[start].startName else { return nil }
        var depth = 0
        for index in start..<tokens.count {
            if tokens[index].startName == name { depth += 1 }
            if tokens[index].endName == name {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// Every element matching `predicate` replaced by its content.
    static func unwrap(_ input: [HTMLToken], where predicate: (HTMLToken) -> Bool) -> [HTMLToken] {
        var tokens = input
        var index = 0
        while index < tokens.count {
            if predicate(tokens[index]), let end = matchingEnd(tokens, from: index) {
                tokens.remove(at: end)
                tokens.remove(at: index)
            } else {
                index += 1
            }
        }
        return tokens
    }
}
