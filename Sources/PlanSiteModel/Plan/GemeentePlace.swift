/// A block of a page whose text names one or more gemeenten (a heading, paragraph, list
/// item, table row or caption, footnote): what a gemeente's page quotes and links to. Found
/// once, by the index stage, when it walks the page (`PageWalker`), and kept on the `Page`;
/// the resolved plan gathers them per gemeente.
public struct GemeentePlace: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case heading, paragraph, listItem, tableHeader, tableRow, caption, footnote
    }

    public var kind: Kind
    /// The element id on the page the link lands on: one the page already has (a heading,
    /// an entity's list item, a footnote) or one given for this (`ElementID.place`).
    public var anchor: String
    /// The block's text as a reader sees it, runs of white space made one space; a table
    /// row's cells joined by " · ".
    public var text: String
    /// Each name found in `text`, in order.
    public var names: [NamedSpan]
    /// The text of the heading above the block, nil before the first heading.
    public var section: String?
    /// For a table's header, row or caption: the table it is part of.
    public var table: TableContext?

    public init(kind: Kind, anchor: String, text: String, names: [NamedSpan], section: String?, table: TableContext? = nil) {
        self.kind = kind
        self.anchor = anchor
        self.text = text
        self.names = names
        self.section = section
        self.table = table
    }

    /// The slugs of the gemeenten named, each once, in order of first naming.
    public var gemeenten: [String] {
        var seen: Set<String> = []
        return names.compactMap { seen.insert($0.gemeente).inserted ? $0.gemeente : nil }
    }
}

/// One name found in a place's text: the gemeente (its slug) and where, in characters.
public struct NamedSpan: Sendable, Hashable {
    public var gemeente: String
    public var start: Int
    public var count: Int

    public init(gemeente: String, start: Int, count: Int) {
        self.gemeente = gemeente
        self.start = start
        self.count = count
    }
}

/// The table a row belongs to: its label as the page shows it, the header cells and, for a
/// row, the row's cells (so a gemeente's page can show a budget row with its column names).
public struct TableContext: Sendable, Hashable {
    public var label: String
    public var headers: [String]
    public var cells: [String]

    public init(label: String, headers: [String], cells: [String]) {
        self.label = label
        self.headers = headers
        self.cells = cells
    }
}
