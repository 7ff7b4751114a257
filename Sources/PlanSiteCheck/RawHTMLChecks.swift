import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `HTML`: raw HTML outside the allow-list is shown as text; warn so the editor knows why.
enum RawHTMLChecks {
    static func check(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ html: String, _ location: SourceLocation) {
            let shown = html.split(separator: "\n").first.map(String.init) ?? html
            diagnostics.append(Diagnostic(.htmlNotAllowed, at: location, "HTML `\(shown.prefix(40))` is niet toegestaan en wordt als tekst getoond",
                                          hint: "gebruik Markdown; toegestaan zijn alleen \(RawHTMLPolicy.allowedTags.sorted().map { "<\($0)>" }.joined(separator: ", "))"))
        }
        func unbalanced(_ problems: [RawHTMLBalance.Problem]) {
            for problem in problems {
                switch problem {
                case .unclosed(let tag, let location):
                    diagnostics.append(Diagnostic(.htmlUnbalanced, at: location, "`<\(tag)>` wordt niet gesloten; plansite sluit het aan het eind van de alinea",
                                                  hint: "zet `</\(tag)>` waar het moet eindigen, of gebruik Markdown (`**vet**`, `*schuin*`)"))
                case .stray(let tag, let location):
                    diagnostics.append(Diagnostic(.htmlUnbalanced, at: location, "`</\(tag)>` sluit niets af en wordt als tekst getoond",
                                                  hint: "verwijder `</\(tag)>`, of zet `<\(tag)>` waar het moet beginnen"))
                }
            }
        }
        // The same pairing as the renderer's, run by run (`MarkdownHTML.render(_ inlines:)`).
        func inlines(_ list: [Inline]) {
            var balance = RawHTMLBalance()
            for inline in list {
                switch inline {
                case .html(let h, let location):
                    if !RawHTMLPolicy.isAllowed(h) { report(h, location) }
                    _ = balance.take(h, at: location)
                case .emphasis(let c), .strong(let c), .strikethrough(let c): inlines(c)
                case .link(let l): inlines(l.children)
                default: break
                }
            }
            _ = balance.finish()
            unbalanced(balance.problems)
        }
        func blocks(_ list: [Block]) {
            for block in list {
                switch block {
                case .html(let h, let location):
                    if !RawHTMLPolicy.isComment(h), RawHTMLPolicy.blockTags(h).contains(where: { !RawHTMLPolicy.allowedTags.contains($0) }) { report(h, location) }
                    var problems: [RawHTMLBalance.Problem] = []
                    _ = RawHTMLPolicy.renderBlock(h, at: location, problems: &problems)
                    unbalanced(problems)
                case .paragraph(let i, _): inlines(i)
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
    /// The tag names in a raw HTML block, split as `renderBlock` splits it: a comment is
    /// left out (the page drops it), anything else that is not a tag is `?` (shown as text).
    static func blockTags(_ html: String) -> [String] {
        var names: [String] = []
        var tokens = 0
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let token = String(rest[open...close])
            tokens += 1
            if !isComment(token) { names.append(tagName(token)?.name ?? "?") }
            rest = rest[rest.index(after: close)...]
        }
        return tokens == 0 ? ["?"] : names
    }
}
