import PlanSiteModel
import PlanSiteLoad

/// The first use of a begrip (its term or afkorting) in one Markdown page, where the page
/// links it to the glossary. Found once, by the index stage, in the texts a begrip may be
/// linked in (`BegripUse.forEachLinkableText`); the Markdown renderer counts the same texts
/// as it writes them and wraps the one at `text`, `utf8`.
public struct BegripUse: Sendable, Hashable {
    public var begrip: BegripRef
    /// Which linkable text of the page, counted from 0 in the order the renderer writes them.
    public var text: Int
    /// Where the name is in that text (UTF-8 offsets).
    public var utf8: Range<Int>

    public init(begrip: BegripRef, text: Int, utf8: Range<Int>) {
        self.begrip = begrip
        self.text = text
        self.utf8 = utf8
    }

    /// The texts of `blocks` a begrip may be linked in, in reading order: the text runs of
    /// paragraphs (in lists and quotes too) and of their emphasis, but not of headings,
    /// links, images, tables, code, raw HTML or footnotes. The renderer writes exactly these
    /// texts, in this order, while it writes a paragraph outside a link (`MarkdownHTML`).
    public static func forEachLinkableText(in blocks: [Block], _ body: (String) -> Void) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines, _): forEachText(in: inlines, body)
            case .blockQuote(let children): forEachLinkableText(in: children, body)
            case .list(let list): for item in list.items { forEachLinkableText(in: item.blocks, body) }
            case .heading, .codeBlock, .html, .thematicBreak, .table, .footnoteDefinition: break
            }
        }
    }

    private static func forEachText(in inlines: [Inline], _ body: (String) -> Void) {
        for inline in inlines {
            switch inline {
            case .text(let t): body(t)
            case .emphasis(let c), .strong(let c), .strikethrough(let c): forEachText(in: c, body)
            case .link, .image, .softBreak, .lineBreak, .code, .html, .footnoteReference: break
            }
        }
    }

    /// The first use of each begrip in a page's blocks: one pass of the region's matcher over
    /// each linkable text, a begrip found once left out after.
    static func firstUses(in blocks: [Block], matcher: BegripMatcher, region: Int) -> [BegripUse] {
        guard !matcher.isEmpty else { return [] }
        var uses: [BegripUse] = []
        var seen: Set<Int> = []
        var index = 0
        forEachLinkableText(in: blocks) { text in
            defer { index += 1 }
            for match in matcher.matches(in: text, skip: { seen.contains($0) }) where seen.insert(match.begrip).inserted {
                uses.append(BegripUse(begrip: BegripRef(region: region, index: match.begrip), text: index, utf8: match.utf8))
            }
        }
        return uses
    }
}

extension ResolvedPlan {
    static func begripMatchers(of site: Site) -> [BegripMatcher] {
        site.regions.map { BegripMatcher(begrippen: $0.begrippen) }
    }

    /// Per region, per document, per page: the first use of each begrip on that page. Every
    /// page of the site is one item of one parallel map: mapped document by document, a
    /// document of a few pages (or one long one) left a core waiting at each document's end.
    static func findBegripUses(of site: Site, matchers: [BegripMatcher]) -> [[[[BegripUse]]]] {
        var addresses: [SymbolTable.PageAddress] = []
        for (r, region) in site.regions.enumerated() {
            for (d, document) in region.documents.enumerated() {
                for p in document.pages.indices { addresses.append(SymbolTable.PageAddress(region: r, document: d, page: p)) }
            }
        }
        let uses = addresses.parallelMap { address in
            BegripUse.firstUses(in: site.regions[address.region].documents[address.document].pages[address.page].blocks,
                                matcher: matchers[address.region], region: address.region)
        }
        var next = uses.makeIterator()
        return site.regions.map { region in
            region.documents.map { document in document.pages.map { _ in next.next() ?? [] } }
        }
    }

    /// The pages are searched in parallel: this reads every paragraph of the document.
    static func begripUses(in document: Document, matcher: BegripMatcher, region: Int) -> [[BegripUse]] {
        document.pages.parallelMap { BegripUse.firstUses(in: $0.blocks, matcher: matcher, region: region) }
    }

    /// The first use of each begrip on a Markdown page of a document, in reading order.
    public func begripUses(region: Int, document: Int, page: Int) -> [BegripUse] {
        guard region < begripUses.count, document < begripUses[region].count, page < begripUses[region][document].count else { return [] }
        return begripUses[region][document][page]
    }
}
