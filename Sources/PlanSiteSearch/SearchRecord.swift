import PlanSiteModel

/// One thing search can find: a page, an entity, a gremium, a begrip, a gemeente. Made from
/// the model by `SearchRecords`, never from HTML; the index stores its words, and the text
/// chunks its title, link and passages for the result list.
public struct SearchRecord: Sendable {
    /// As the results list shows it.
    public var title: String
    /// Its kind in Dutch, as the results list shows it: `hoofdstuk`, `actielijn`, `gremium`.
    public var kind: String
    /// The region it belongs to (index into `Site.regions`), nil for the national agenda.
    public var region: Int?
    /// The document it belongs to (index into the region's documents), nil for a region's own things.
    public var document: Int?
    /// Its URL relative to the site root, from `Route` (with an element id after `#` for a
    /// gremium or begrip on its region's page).
    public var url: String
    /// Its text as plain-text passages (paragraphs, list items, table rows), for the index and
    /// the snippets.
    public var passages: [String]
    /// The names and numbers a reader may type to mean exactly this ("actielijn 4.1", "4.1",
    /// "RET", "Wageningen"): such a query puts it first.
    public var names: [String]
    /// Among records a query names exactly, lower comes first (an entity before a chapter
    /// with the same number).
    public var rank: Int

    public init(title: String, kind: String, region: Int?, document: Int?, url: String, passages: [String], names: [String], rank: Int) {
        self.title = title
        self.kind = kind
        self.region = region
        self.document = document
        self.url = url
        self.passages = passages
        self.names = names
        self.rank = rank
    }
}

/// The plain text of a Markdown tree as passages: one per paragraph, heading, list item's
/// paragraph, table row (cells joined by " · ") and footnote paragraph. Raw HTML is left out.
public enum SearchText {
    /// - Parameter skipping: element ids of entities whose text is left out (a section under a
    ///   heading with that id, up to the next heading of its level or higher, or a list item):
    ///   an entity with a page of its own is a record of its own, so its chapter does not
    ///   repeat its text.
    public static func passages(_ blocks: [Block], skipping: Set<String> = []) -> [String] {
        var out: [String] = []
        append(blocks, skipping: skipping, to: &out)
        return out
    }

    static func append(_ blocks: [Block], skipping: Set<String> = [], to out: inout [String]) {
        var skippedLevel: Int?
        for block in blocks {
            if case .heading(let heading) = block {
                if let level = skippedLevel, heading.level > level { continue }
                skippedLevel = skipping.contains(heading.id) ? heading.level : nil
                if skippedLevel != nil { continue }
            } else if skippedLevel != nil {
                continue
            }
            switch block {
            case .paragraph(let inlines, _): add(inlines.plainText, to: &out)
            case .heading(let heading): add(heading.inlines.plainText, to: &out)
            case .blockQuote(let inner): append(inner, skipping: skipping, to: &out)
            case .list(let list):
                for item in list.items where !(item.id.map(skipping.contains) ?? false) { append(item.blocks, skipping: skipping, to: &out) }
            case .codeBlock(_, let code): add(code, to: &out)
            case .table(let table):
                add(table.header.map(\.plainText).joined(separator: " · "), to: &out)
                for row in table.rows { add(row.map(\.plainText).joined(separator: " · "), to: &out) }
                if let caption = table.caption { add(caption.plainText, to: &out) }
            case .footnoteDefinition(let note): append(note.blocks, to: &out)
            case .html, .thematicBreak: break
            }
        }
    }

    /// Adds a passage with its runs of white space made one space (most have none to change).
    private static func add(_ text: String, to out: inout [String]) {
        var text = text
        if text.withUTF8(isClean) {
            out.append(text)
            return
        }
        let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        if !collapsed.isEmpty { out.append(collapsed) }
    }

    /// Whether a passage is already as `add` keeps it: not empty, no line break, tab or
    /// carriage return, no space at either end or beside another. Eight bytes at a time
    /// (`ByteWord`): this reads every byte of the site's text, and byte by byte it was most of
    /// the records' time. A word the test marks only by a neighbour's borrow is not clean
    /// here, and collapsing it gives it back unchanged.
    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 32, last != 32 else { return false }
        var previousSpace = false
        var i = 0
        while i + 8 <= bytes.count {
            let word = ByteWord.load(bytes, at: i)
            if ByteWord.zeroBytes(word, 10) | ByteWord.zeroBytes(word, 9) | ByteWord.zeroBytes(word, 13) != 0 { return false }
            let spaces = ByteWord.marks(word, 32)
            // Two spaces side by side in the word, or the word's first after the last one's.
            if spaces & (spaces << 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
            previousSpace = spaces >> 63 != 0
            i += 8
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 10 || byte == 9 || byte == 13 || (byte == 32 && previousSpace) { return false }
            previousSpace = byte == 32
            i += 1
        }
        return true
    }
}
