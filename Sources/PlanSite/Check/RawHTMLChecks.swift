/// `HTML`: raw HTML outside the allow-list is shown as text; warn so the editor knows why.
enum RawHTMLChecks {
    static func check(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ html: String, _ location: SourceLocation) {
            let shown = html.split(separator: "\n").first.map(String.init) ?? html
            diagnostics.append(Diagnostic(.htmlNotAllowed, at: location, "HTML `\(shown.prefix(40))` is niet toegestaan en wordt als tekst getoond",
                                          hint: "gebruik Markdown; toegestaan zijn alleen \(RawHTMLPolicy.allowedTags.sorted().map { "<\($0)>" }.joined(separator: ", "))"))
        }
        func inlines(_ list: [Inline]) {
            for inline in list {
                switch inline {
                case .html(let h, let location) where !RawHTMLPolicy.isAllowed(h): report(h, location)
                case .emphasis(let c), .strong(let c), .strikethrough(let c): inlines(c)
                case .link(let l): inlines(l.children)
                default: break
                }
            }
        }
        func blocks(_ list: [Block]) {
            for block in list {
                switch block {
                case .html(let h, let location):
                    if !RawHTMLPolicy.isComment(h), RawHTMLPolicy.blockTags(h).contains(where: { !RawHTMLPolicy.allowedTags.contains($0) }) { report(h, location) }
                case .paragraph(let i): inlines(i)
                case .heading(let h): inlines(h.inlines)
                case .blockQuote(let b): blocks(b)
                case .list(let l): for item in l.items { blocks(item.blocks) }
                case .table(let t):
                    for c in t.header { inlines(c) }
                    for row in t.rows { for c in row { inlines(c) } }
                case .footnoteDefinition(let f): blocks(f.blocks)
                default: break
                }
            }
        }
        for region in site.regions {
            for document in region.documents {
                for page in document.pages { blocks(page.blocks) }
            }
        }
        return diagnostics
    }
}

extension RawHTMLPolicy {
    /// The tag names in a raw HTML block.
    static func blockTags(_ html: String) -> [String] {
        var names: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            if let tag = tagName(String(rest[open...close])) { names.append(tag.name) }
            rest = rest[rest.index(after: close)...]
        }
        return names.isEmpty ? ["?"] : names
    }
}
