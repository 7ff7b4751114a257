import PlanSiteModel
import PlanSiteLoad
/// Walks one page's blocks once: gives every heading and list-item entity its element id,
/// finds the entities defined on the page with what contains them, and finds the blocks
/// that name a gemeente (`GemeentePlace`), giving each an id to link to where it has none.
struct PageWalker {
    struct FoundEntity {
        var kind: String
        var number: String
        var title: String
        var placement: Entity.Placement
        var location: SourceLocation
        /// Keys of the entities this definition sits inside (page entity first).
        var containers: [String]
        /// For section entities: the range of top-level blocks after the heading.
        var bodyRange: Range<Int>?
        var listItemBody: [Block]?
    }

    let kinds: [String]
    let pageEntity: String?
    var allocator: Slug.Allocator
    var headings: [HeadingAnchor] = []
    var found: [FoundEntity] = []
    var diagnostics: [Diagnostic] = []
    var ids: Set<String> = []
    /// Captioned tables numbered so far in the document ("Tabel 1" is the document's first,
    /// whichever page it is on): the caller carries it from page to page.
    var captionedTables = 0

    /// The names of the gemeenten to find, and the places found, in page order.
    let names: GemeenteNames
    var places: [GemeentePlace] = []
    /// The text of the last heading walked, for a place's section.
    private var section: String?
    private var placeCount = 0
    /// False inside a footnote, which is one place as a whole.
    private var findingPlaces = true
    /// Footnotes referenced on the page: only those are shown (and have their id) on it.
    private let referencedFootnotes: Set<String>

    /// Ids fixed before naming starts (footnotes); an explicit id equal to one is a clash.
    private let fixed: Set<String>
    /// Explicit ids already handed out, to report a repeat.
    private var explicitClaimed: Set<String> = []

    /// - Parameters:
    ///   - reserved: ids fixed by the contract (footnote ids).
    ///   - blocks: the page, read once up front so explicit `{#id}`s win over automatic
    ///     slugs wherever they stand on the page.
    init(kinds: [String], pageEntity: String?, reserved: Set<String>, blocks: [Block] = [],
         names: GemeenteNames = GemeenteNames(regions: [])) {
        self.kinds = kinds
        self.pageEntity = pageEntity
        self.fixed = reserved
        self.allocator = Slug.Allocator(reserved: reserved.union(Self.explicitIDs(in: blocks)))
        self.names = names
        self.referencedFootnotes = names.isEmpty ? [] : Self.footnoteReferences(in: blocks)
    }

    /// Every id a `{#...}` on the page asks for.
    static func explicitIDs(in blocks: [Block]) -> Set<String> {
        var ids: Set<String> = []
        func add(_ attribute: Located<String>?) {
            guard let attribute, !attribute.isUnreadableAttribute else { return }
            let value = attribute.value
            ids.insert(value.contains(":") ? ElementID.entity(key: value) : value)
        }
        func walk(_ list: [Block]) {
            for block in list {
                switch block {
                case .heading(let h): add(h.attribute)
                case .blockQuote(let b): walk(b)
                case .list(let l): for item in l.items { add(item.attribute); walk(item.blocks) }
                case .footnoteDefinition(let f): walk(f.blocks)
                default: break
                }
            }
        }
        walk(blocks)
        return ids
    }


    mutating func walkTop(_ blocks: inout [Block]) {
        var sections: [(level: Int, key: String?, foundIndex: Int?)] = []
        for i in blocks.indices {
            if case .heading(var heading) = blocks[i] {
                while let last = sections.last, last.level >= heading.level {
                    if let f = last.foundIndex { found[f].bodyRange = (found[f].bodyRange?.lowerBound ?? i)..<i }
                    sections.removeLast()
                }
                let containers = (pageEntity.map { [$0] } ?? []) + sections.compactMap(\.key)
                let key = assign(&heading, containers: containers)
                notePlace(.heading, text: heading.inlines.plainText, anchor: heading.id)
                var foundIndex: Int?
                if key != nil, !found.isEmpty {
                    foundIndex = found.count - 1
                    found[found.count - 1].bodyRange = (i + 1)..<(i + 1)
                }
                sections.append((heading.level, key, foundIndex))
                blocks[i] = .heading(heading)
            } else {
                let containers = (pageEntity.map { [$0] } ?? []) + sections.compactMap(\.key)
                walk(&blocks[i], containers: containers)
            }
        }
        for section in sections {
            if let f = section.foundIndex { found[f].bodyRange = (found[f].bodyRange?.lowerBound ?? blocks.count)..<blocks.count }
        }
    }

    private mutating func walk(_ block: inout Block, containers: [String]) {
        switch block {
        case .heading(var heading):
            _ = assign(&heading, containers: containers)
            notePlace(.heading, text: heading.inlines.plainText, anchor: heading.id)
            block = .heading(heading)
        case .paragraph(let inlines, let id):
            if let anchor = notePlace(.paragraph, text: inlines.plainText, anchor: id) { block = .paragraph(inlines, id: anchor) }
        case .blockQuote(var children):
            for i in children.indices { walk(&children[i], containers: containers) }
            block = .blockQuote(children)
        case .list(var list):
            for i in list.items.indices {
                var item = list.items[i]
                var inner = containers
                if let attribute = item.attribute {
                    if attribute.isUnreadableAttribute {
                        reportUnreadable(attribute)
                    } else if let key = entityKey(attribute) {
                        let id = ElementID.entity(key: key)
                        item.id = claim(id, at: attribute.location, isEntity: true)
                        let title = item.blocks.first.map(Self.leadText) ?? ""
                        record(key, title: title, placement: .listItem, location: attribute.location, containers: containers)
                        inner.append(key)
                    } else if !attribute.value.contains(":") {
                        item.id = claim(attribute.value, at: attribute.location)
                    }
                }
                // The item's own paragraphs are one place, the item; what else it holds
                // (a nested list, a quote, a table) is walked for places of its own.
                let ownText = item.blocks.compactMap { block -> String? in
                    if case .paragraph(let inlines, _) = block { return inlines.plainText } else { return nil }
                }.joined(separator: " ")
                if let anchor = notePlace(.listItem, text: ownText, anchor: item.id ?? item.placeID), item.id == nil { item.placeID = anchor }
                for j in item.blocks.indices {
                    if case .paragraph = item.blocks[j] { continue }
                    walk(&item.blocks[j], containers: inner)
                }
                if let key = inner.last, inner.count > containers.count, let f = found.lastIndex(where: { $0.kind + ":" + $0.number == key }) {
                    found[f].listItemBody = item.blocks
                }
                list.items[i] = item
            }
            block = .list(list)
        case .footnoteDefinition(var definition):
            // Inside a footnote the note itself is the place: its blocks get no ids of their own.
            findingPlaces = false
            for i in definition.blocks.indices { walk(&definition.blocks[i], containers: containers) }
            findingPlaces = true
            // A note is one place, linked by its id; a note the page never refers to is not shown.
            if referencedFootnotes.contains(definition.label) {
                notePlace(.footnote, text: Self.plainText(definition.blocks), anchor: ElementID.footnote(definition.label).value)
            }
            block = .footnoteDefinition(definition)
        case .table(var table):
            if table.caption != nil {
                captionedTables += 1
                table.number = captionedTables
            }
            notePlaces(in: &table)
            block = .table(table)
        default:
            break
        }
    }

    /// Gives a heading its id; returns the entity key when the heading defines an entity.
    private mutating func assign(_ heading: inout Heading, containers: [String]) -> String? {
        let text = heading.inlines.plainText.trimmed()
        if let attribute = heading.attribute, attribute.isUnreadableAttribute {
            reportUnreadable(attribute)
            heading.id = allocator.claim(Slug.make(text))
        } else if let attribute = heading.attribute {
            if heading.answeredThema != nil {
                heading.id = claim(ElementID.entity(key: attribute.value), at: attribute.location)
            } else if let key = entityKey(attribute) {
                heading.id = claim(ElementID.entity(key: key), at: attribute.location, isEntity: true)
                record(key, title: text, placement: .section, location: heading.location, containers: containers)
                headings.append(HeadingAnchor(id: heading.id, level: heading.level, text: text, location: heading.location))
                return key
            } else if attribute.value.contains(":") {
                heading.id = allocator.claim(Slug.make(text))
            } else {
                heading.id = claim(attribute.value, at: attribute.location)
            }
        } else {
            heading.id = allocator.claim(Slug.make(text))
        }
        ids.insert(heading.id)
        headings.append(HeadingAnchor(id: heading.id, level: heading.level, text: text, location: heading.location))
        return nil
    }

    // MARK: - Places that name a gemeente

    /// Records `text` as a place when it names a gemeente; returns its anchor: `anchor` when
    /// the block has an id, else a new `plaats-N`. Nil when the text names none.
    @discardableResult
    private mutating func notePlace(_ kind: GemeentePlace.Kind, text raw: String, anchor: String?, table: TableContext? = nil) -> String? {
        let text = GemeenteNames.normalized(raw)
        defer { if kind == .heading { section = text } }
        guard findingPlaces, !names.isEmpty else { return nil }
        let found = names.find(in: text)
        guard !found.isEmpty else { return nil }
        let id = anchor ?? newPlaceID()
        // A heading is its own section; a footnote's definition stands wherever the editor put
        // it (often at the end), so the heading above it says nothing about the note.
        let under = kind == .heading || kind == .footnote ? nil : section
        places.append(GemeentePlace(kind: kind, anchor: id, text: text, names: found, section: under, table: table))
        return id
    }

    private mutating func newPlaceID() -> String {
        placeCount += 1
        // Not in `ids`: those are the anchors a link may name and the preview compares
        // (`DocumentExports`); a place's number moves when a mention above it comes or goes.
        return allocator.claim(ElementID.place(placeCount).value)
    }

    /// The header row, each body row and the caption of a table, each a place of its own.
    private mutating func notePlaces(in table: inout MarkdownTable) {
        guard !names.isEmpty else { return }
        let headers = table.header.map { GemeenteNames.normalized($0.plainText) }
        let caption = table.caption.map { GemeenteNames.normalized($0.plainText) }
        let label = caption.map { text in table.number.map { "Tabel \($0): " + text } ?? text }
            ?? section.map { "Tabel bij \u{2018}\($0)\u{2019}" } ?? "Tabel"
        if let caption {
            table.captionID = notePlace(.caption, text: caption, anchor: nil, table: TableContext(label: label, headers: headers, cells: []))
        }
        if headers.contains(where: { !$0.isEmpty }) {
            table.headerID = notePlace(.tableHeader, text: headers.joined(separator: " · "), anchor: nil,
                                       table: TableContext(label: label, headers: headers, cells: headers))
        }
        let rowIDs = table.rows.map { row in
            let cells = row.map { GemeenteNames.normalized($0.plainText) }
            return notePlace(.tableRow, text: cells.joined(separator: " · "), anchor: nil, table: TableContext(label: label, headers: headers, cells: cells))
        }
        table.rowIDs = rowIDs.allSatisfy { $0 == nil } ? [] : rowIDs
    }

    /// The labels of the footnotes referenced anywhere on the page.
    static func footnoteReferences(in blocks: [Block]) -> Set<String> {
        var labels: Set<String> = []
        func inlines(_ list: [Inline]) {
            for inline in list {
                switch inline {
                case .footnoteReference(let label, _): labels.insert(label)
                case .emphasis(let c), .strong(let c), .strikethrough(let c): inlines(c)
                case .link(let l), .image(let l): inlines(l.children)
                default: break
                }
            }
        }
        Block.forEachInlines(in: blocks, inlines)
        return labels
    }

    /// The text of blocks as a reader sees it, one space between blocks.
    static func plainText(_ blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block {
            case .paragraph(let i, _): return i.plainText
            case .heading(let h): return h.inlines.plainText
            case .blockQuote(let b): return plainText(b)
            case .list(let l): return l.items.map { plainText($0.blocks) }.joined(separator: " ")
            case .table(let t):
                let rows = [t.header.map(\.plainText).joined(separator: " · ")] + t.rows.map { $0.map(\.plainText).joined(separator: " · ") }
                return (rows + [t.caption?.plainText ?? ""]).joined(separator: " ")
            default: return ""
            }
        }.joined(separator: " ")
    }


    private mutating func reportUnreadable(_ attribute: Located<String>) {
        let written = attribute.value
        let hint: String
        if !written.hasSuffix("}") {
            hint = "sluit het anker af met `}`"
        } else if written.contains(" ") {
            hint = "een anker is één woord: `{#soort:nummer}`, zonder spaties, bijvoorbeeld `{#\(written.dropFirst(2).dropLast().split(separator: " ").joined(separator: ":"))}`"
        } else {
            hint = "zet tussen `{#` en `}` een naam, bijvoorbeeld `{#actielijn:4.1}`"
        }
        diagnostics.append(Diagnostic(.markdownHeadingAttribute, at: attribute.location, "het anker `\(written)` is geen geldig anker; de kop of het lijstpunt krijgt het niet",
                                      hint: hint))
    }

    /// An explicit id is never renamed; a clash is reported instead.
    /// - Parameter isEntity: a repeated entity id is reported once, as ENT001, by the indexer.
    private mutating func claim(_ id: String, at location: SourceLocation, isEntity: Bool = false) -> String {
        allocator.reserve(id)
        if (fixed.contains(id) || !explicitClaimed.insert(id).inserted) && !isEntity {
            diagnostics.append(Diagnostic(.markdownHeadingAttribute, at: location, "het anker `\(id)` komt al eerder op deze pagina voor",
                                          hint: "kies een andere `{#...}`"))
        }
        ids.insert(id)
        return id
    }

    /// `actielijn:4.1` when the attribute names one of this document's levels, else nil
    /// (an unknown kind is reported).
    private mutating func entityKey(_ attribute: Located<String>) -> String? {
        let value = attribute.value
        guard let colon = value.firstIndex(of: ":") else { return nil }
        let kind = String(value[..<colon])
        let number = String(value[value.index(after: colon)...])
        guard kind != "ha-thema" else { return nil }
        guard let level = kinds.firstIndex(of: kind) else {
            diagnostics.append(.entityKindNotALevel(kind, kinds: kinds, in: .attribute, at: attribute.location))
            return nil
        }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
            diagnostics.append(.entityNumberInvalid(number, kind: kind, level: level, in: .attribute, at: attribute.location))
            return nil
        }
        guard parts.count == level + 1 else {
            diagnostics.append(.entityNumberWrongDepth(number, parts: parts.count, kind: kind, level: level, at: attribute.location))
            return nil
        }
        return kind + ":" + number
    }

    private mutating func record(_ key: String, title: String, placement: Entity.Placement, location: SourceLocation, containers: [String]) {
        guard let colon = key.firstIndex(of: ":") else { return }
        found.append(FoundEntity(kind: String(key[..<colon]), number: String(key[key.index(after: colon)...]), title: title,
                                 placement: placement, location: location, containers: containers))
    }

    /// The first sentence-ish text of a list item: its title.
    static func leadText(_ block: Block) -> String {
        guard case .paragraph(let inlines, _) = block else { return "" }
        var text = ""
        for inline in inlines {
            if case .softBreak = inline { break }
            if case .lineBreak = inline { break }
            text += [inline].plainText
        }
        return text.trimmed()
    }
}

import Foundation
