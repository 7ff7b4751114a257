/// plansite's own Markdown tree, converted in one pass from cmark-gfm so that no C node
/// outlives the parser and every later stage can work on it in parallel.
public indirect enum Block: Sendable {
    case paragraph([Inline])
    case heading(Heading)
    case blockQuote([Block])
    case list(MarkdownList)
    case codeBlock(info: String, code: String)
    case html(String, SourceLocation)
    case thematicBreak
    case table(MarkdownTable)
    case footnoteDefinition(FootnoteDefinition)
}

public struct Heading: Sendable {
    public var level: Int
    /// The heading text, with a trailing `{#id}` removed.
    public var inlines: [Inline]
    /// The `{#id}` written at the end of the heading, if any.
    public var attribute: Located<String>?
    public var location: SourceLocation
    /// The element id, assigned by the index stage.
    public var id: String = ""
}

public struct MarkdownList: Sendable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [ListItem]
}

public struct ListItem: Sendable {
    public var blocks: [Block]
    /// The `{#id}` at the very start of the item, if any (a list-item entity).
    public var attribute: Located<String>?
    public var location: SourceLocation
    /// The element id of a list-item entity, assigned by the index stage.
    public var id: String?
}

public struct MarkdownTable: Sendable {
    public enum Alignment: Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    public var location: SourceLocation
}

public struct FootnoteDefinition: Sendable {
    public var label: String
    public var blocks: [Block]
    public var location: SourceLocation
}

public indirect enum Inline: Sendable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String, SourceLocation)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(Link)
    case image(Link)
    case footnoteReference(label: String, location: SourceLocation)
}

public struct Link: Sendable {
    public var destination: String
    public var title: String
    public var children: [Inline]
    /// The `[` of the link in the source.
    public var location: SourceLocation
}

extension Array where Element == Inline {
    /// The text as a reader sees it, without markup: for titles, slugs and filled link texts.
    public var plainText: String {
        var out = ""
        for inline in self {
            switch inline {
            case .text(let t), .code(let t): out += t
            case .softBreak, .lineBreak: out += " "
            case .html: break
            case .emphasis(let c), .strong(let c), .strikethrough(let c): out += c.plainText
            case .link(let l), .image(let l): out += l.children.plainText
            case .footnoteReference: break
            }
        }
        return out
    }
}
