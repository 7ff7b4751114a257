/// plansite's own Markdown tree, converted in one pass from cmark-gfm so that no C node
/// outlives the parser and every later stage can work on it in parallel.
///
/// Only the large, rarer cases are boxed (`indirect`): a paragraph, the commonest block,
/// and a run of text, the commonest inline, sit in their array's own storage. Boxing every
/// case cost a heap allocation (48 bytes for a run of text) per node of trees that live
/// through the whole build.
public enum Block: Sendable {
    /// A paragraph; `id` is the element id the index stage gives a paragraph that names a
    /// gemeente (`ElementID.place`), so the gemeente's page can link to exactly it.
    case paragraph([Inline], id: String? = nil)
    indirect case heading(Heading)
    case blockQuote([Block])
    indirect case list(MarkdownList)
    indirect case codeBlock(info: String, code: String)
    indirect case html(String, SourceLocation)
    case thematicBreak
    indirect case table(MarkdownTable)
    indirect case footnoteDefinition(FootnoteDefinition)
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

    public init(level: Int, inlines: [Inline], attribute: Located<String>? = nil, location: SourceLocation, id: String = "") {
        self.level = level
        self.inlines = inlines
        self.attribute = attribute
        self.location = location
        self.id = id
    }
}

extension Heading {
    /// The thema a heading `{#ha-thema:N}` answers ("N"), under which render places the
    /// document's answer tables; nil for any other heading.
    public var answeredThema: String? {
        guard let value = attribute?.value, value.hasPrefix(Self.themaPrefix) else { return nil }
        return String(value.dropFirst(Self.themaPrefix.count))
    }

    static let themaPrefix = "ha-thema:"
}

extension Located where Value == String {
    /// A `{#…}` that makes no id (`{#actielijn 6.4}`, a missing `}`): the parser keeps it as
    /// written, braces and all, so the index stage reports it (`MD004`) where it is written
    /// instead of the page printing it. No id starts with `{`.
    public var isUnreadableAttribute: Bool { value.hasPrefix("{#") }
}

public struct MarkdownList: Sendable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [ListItem]
    /// Numbered a, b, c (Pandoc's `a.` / `a)` lists), which cmark-gfm reads as a paragraph.
    public var lettered: Bool

    public init(ordered: Bool, start: Int, tight: Bool, items: [ListItem], lettered: Bool = false) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
        self.lettered = lettered
    }
}

public struct ListItem: Sendable {
    public var blocks: [Block]
    /// The `{#id}` at the very start of the item, if any (a list-item entity).
    public var attribute: Located<String>?
    public var location: SourceLocation
    /// The element id of a list-item entity, assigned by the index stage.
    public var id: String?
    /// The element id the index stage gives an item without `id` whose own text names a
    /// gemeente (`ElementID.place`); an item with an `id` is linked to by that one.
    public var placeID: String?

    public init(blocks: [Block], attribute: Located<String>? = nil, location: SourceLocation, id: String? = nil, placeID: String? = nil) {
        self.blocks = blocks
        self.attribute = attribute
        self.location = location
        self.id = id
        self.placeID = placeID
    }
}

public struct MarkdownTable: Sendable {
    public enum Alignment: Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    public var location: SourceLocation
    /// The paragraph `Tabel: …` written directly after the table.
    public var caption: [Inline]?
    /// The captioned table's number in its document ("Tabel 2"), given by the index stage.
    public var number: Int?
    /// Element ids the index stage gives the header row, each body row and the caption
    /// where their text names a gemeente (`ElementID.place`); empty or nil elsewhere.
    public var headerID: String?
    public var rowIDs: [String?] = []
    public var captionID: String?

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]], location: SourceLocation, caption: [Inline]? = nil, number: Int? = nil) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.location = location
        self.caption = caption
        self.number = number
    }
}

public struct FootnoteDefinition: Sendable {
    public var label: String
    public var blocks: [Block]
    public var location: SourceLocation

    public init(label: String, blocks: [Block], location: SourceLocation) {
        self.label = label
        self.blocks = blocks
        self.location = location
    }
}

public enum Inline: Sendable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    indirect case html(String, SourceLocation)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    indirect case link(Link)
    indirect case image(Link)
    indirect case footnoteReference(label: String, location: SourceLocation)
}

extension Link {
    /// The address that marks a figure the source lost, where it stood:
    /// `![Schema van de overlegstructuur](ontbreekt)`. Not a file: nothing is linked or copied.
    public static let missingFigure = "ontbreekt"

    public var marksMissingFigure: Bool { destination == Link.missingFigure }
}

public struct Link: Sendable {
    public var destination: String
    public var title: String
    public var children: [Inline]
    /// The `[` of the link in the source.
    public var location: SourceLocation

    public init(destination: String, title: String, children: [Inline], location: SourceLocation) {
        self.destination = destination
        self.title = title
        self.children = children
        self.location = location
    }
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
