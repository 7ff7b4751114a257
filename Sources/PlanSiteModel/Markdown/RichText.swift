/// A Markdown string from a YAML field (a cell's `tekst`, a begrip's `betekenis`), parsed at
/// load time so references in it are checked and rendered like those in chapters. Every node
/// in it carries the YAML value's own location.
public struct RichText: Sendable {
    public var text: String
    public var blocks: [Block]
    public var location: SourceLocation

    /// The inline content when the text is a single paragraph (table cells, short fields).
    public var inlineContent: [Inline]? {
        if blocks.count == 1, case .paragraph(let inlines, _) = blocks[0] { return inlines }
        return nil
    }

    public init(text: String, blocks: [Block], location: SourceLocation) {
        self.text = text
        self.blocks = blocks
        self.location = location
    }
}
