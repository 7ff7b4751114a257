import Foundation
import PlanSiteModel
import PlanSiteLoad

/// A place where a gemeente is named: a page, and the section (the id of the heading above
/// the text; nil before the first heading).
public struct GemeenteMention: Sendable, Hashable {
    public var page: SymbolTable.PageAddress
    public var section: String?

    public init(page: SymbolTable.PageAddress, section: String?) {
        self.page = page
        self.section = section
    }
}

extension ResolvedPlan {
    /// Every gemeente of every region (`regio.yaml` `gemeenten`), with its region, in file order.
    public var gemeenten: [(region: Int, naam: String)] {
        site.regions.enumerated().flatMap { r, region in region.config.gemeenten.map { (r, $0) } }
    }

    /// Where gemeente `naam` is named in the text of any document's pages, in site order,
    /// each section once. A text scan, not a reference: the plain text of each block
    /// (links and emphasis reduced to their words, code and raw HTML left out) is searched
    /// for the name as a whole word with its capitals (`Buren`, not `buren`). It runs on
    /// each call, over every page; a caller that asks for every gemeente keeps the results.
    public func placesNaming(gemeente naam: String) -> [GemeenteMention] {
        guard !naam.isEmpty else { return [] }
        var out: [GemeenteMention] = []
        for (r, region) in site.regions.enumerated() {
            for (d, document) in region.documents.enumerated() {
                for (p, page) in document.pages.enumerated() {
                    let address = SymbolTable.PageAddress(region: r, document: d, page: p)
                    var section: String?
                    var found: [GemeenteMention] = []
                    func scan(_ text: String) {
                        let mention = GemeenteMention(page: address, section: section)
                        if found.last != mention, Self.contains(text, word: naam) { found.append(mention) }
                    }
                    func walk(_ blocks: [Block]) {
                        for block in blocks {
                            switch block {
                            case .heading(let h):
                                section = h.id.isEmpty ? section : h.id
                                scan(h.inlines.plainText)
                            case .paragraph(let i): scan(i.plainText)
                            case .blockQuote(let b): walk(b)
                            case .list(let l): for item in l.items { walk(item.blocks) }
                            case .table(let t):
                                for cell in t.header { scan(cell.plainText) }
                                for row in t.rows { for cell in row { scan(cell.plainText) } }
                            case .footnoteDefinition(let f): walk(f.blocks)
                            default: break
                            }
                        }
                    }
                    walk(page.blocks)
                    out += found.uniqued()
                }
            }
        }
        return out
    }

    /// `word` in `text` not directly after or before a letter or digit.
    static func contains(_ text: String, word: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: word) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber { return true }
            rest = text[text.index(after: range.lowerBound)...]
        }
        return false
    }
}
