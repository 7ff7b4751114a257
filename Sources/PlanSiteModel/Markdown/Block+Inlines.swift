extension Block {
    /// Calls `body` with every run of inlines in `blocks`, in document order: paragraphs,
    /// headings, table headers, cells and captions, and the blocks inside quotes, list items
    /// and footnote definitions. The one walk for what asks "what text and links does this
    /// page hold" (links, footnote references), so a new place for inlines (a table caption)
    /// is found by every one of them at once.
    public static func forEachInlines(in blocks: [Block], _ body: ([Inline]) -> Void) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines, _): body(inlines)
            case .heading(let heading): body(heading.inlines)
            case .blockQuote(let inner): forEachInlines(in: inner, body)
            case .list(let list): for item in list.items { forEachInlines(in: item.blocks, body) }
            case .table(let table):
                for cell in table.header { body(cell) }
                for row in table.rows { for cell in row { body(cell) } }
                if let caption = table.caption { body(caption) }
            case .footnoteDefinition(let definition): forEachInlines(in: definition.blocks, body)
            case .codeBlock, .html, .thematicBreak: break
            }
        }
    }
}
