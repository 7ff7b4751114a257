@testable import PlanSiteRender
@testable import PlanSiteLoad
@testable import PlanSiteModel

extension GFMSpecExample {
    /// plansite's HTML for a Markdown body as a chapter page renders it: parser, renderer,
    /// footnotes after the text. Every link is taken as resolved to its own address:
    /// resolving is the index stage's work (tested on its own); here the renderer is tested.
    static func plansiteHTML(_ markdown: String) -> String {
        let file = SourceFile(relativePath: "spec.md", displayPath: "spec.md", text: markdown)
        var diagnostics: [Diagnostic] = []
        let blocks = MarkdownParser.parse(markdown, file: file, lineOffset: 0, into: &diagnostics)
        let placement = HTMLPlacement(pageURL: "spec/")
        var renderer = MarkdownHTML(hooks: MarkdownHTML.Hooks(
            link: { .fixed(href: $0.destination, label: $0.destination) },
            entity: { _ in nil }),
            placement: placement)
        renderer.render(blocks)
        return renderer.html + renderer.footnotes().section(placedBy: placement)
    }
}
