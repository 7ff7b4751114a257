import Foundation
import PlanSite

/// Fuzz entry (c): a Markdown body through `MarkdownParser.parse` (positions in the file's
/// own lines, after the front matter) and, as a YAML field would be, `parseFragment`.
@discardableResult
public func fuzzMarkdown(_ data: Data) -> [String] {
    guard let file = FuzzInput.file(data, path: "regio-a/plan/01-inleiding.md") else { return [] }
    var body = file.text
    var lineOffset = 0
    if case .success(let split) = FrontMatterSplit.split(file) {
        body = split.body
        lineOffset = split.bodyLineOffset
    }
    var problems: [String] = []
    var diagnostics: [Diagnostic] = []
    let blocks = MarkdownParser.parse(body, file: file, lineOffset: lineOffset, into: &diagnostics)
    for diagnostic in diagnostics {
        if let problem = FuzzInput.check(diagnostic.location, in: file, what: diagnostic.code.rawValue) { problems.append(problem) }
    }
    MarkdownLocations.visit(blocks) { location, what in
        if let problem = FuzzInput.check(location, in: file, what: what) { problems.append(problem) }
    }
    let fixed = SourceLocation(file: file.displayPath, line: 1, column: 1)
    var fragmentDiagnostics: [Diagnostic] = []
    let fragment = MarkdownParser.parseFragment(Located(file.text, at: fixed), into: &fragmentDiagnostics)
    MarkdownLocations.visit(fragment.blocks) { location, what in
        if location != fixed { problems.append("fragment \(what): \(location), expected the field's \(fixed)") }
    }
    return problems
}

/// Every position a Markdown tree carries, for the location invariant.
enum MarkdownLocations {
    static func visit(_ blocks: [Block], _ body: (SourceLocation, String) -> Void) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines, _): visit(inlines, body)
            case .heading(let heading):
                body(heading.location, "heading")
                if let attribute = heading.attribute { body(attribute.location, "heading attribute") }
                visit(heading.inlines, body)
            case .blockQuote(let children): visit(children, body)
            case .list(let list):
                for item in list.items {
                    body(item.location, "list item")
                    if let attribute = item.attribute { body(attribute.location, "list item attribute") }
                    visit(item.blocks, body)
                }
            case .codeBlock, .thematicBreak: break
            case .html(_, let location): body(location, "html block")
            case .table(let table):
                body(table.location, "table")
                for cell in table.header { visit(cell, body) }
                for row in table.rows { for cell in row { visit(cell, body) } }
            case .footnoteDefinition(let definition):
                body(definition.location, "footnote definition")
                visit(definition.blocks, body)
            }
        }
    }

    static func visit(_ inlines: [Inline], _ body: (SourceLocation, String) -> Void) {
        for inline in inlines {
            switch inline {
            case .text, .softBreak, .lineBreak, .code: break
            case .html(_, let location): body(location, "inline html")
            case .emphasis(let children), .strong(let children), .strikethrough(let children): visit(children, body)
            case .link(let link), .image(let link):
                body(link.location, "link")
                visit(link.children, body)
            case .footnoteReference(_, let location): body(location, "footnote reference")
            }
        }
    }
}
