import PlanSiteModel
import PlanSiteIndex

/// A chapter's HTML before it is known which page it goes on. A chapter is shown on its own
/// page and as a section of its document's `volledig/`, and the two differ only where a link
/// points, whether an id is prefixed and how deep a heading sits: those places are left open
/// (`Hole`) and filled per page (`HTMLPlacement`), so the text, its escapes and its begrippen
/// are written once. Rendering every chapter a second time for `volledig/` was 7 % of a 10×
/// build's instructions.
struct UnplacedHTML: Sendable {
    /// Everything but the holes.
    var text = ""
    /// Each hole with the UTF-8 offset in `text` it stands at, in order.
    private(set) var holes: [(offset: Int, hole: Hole)] = []

    /// A place whose text depends on the page.
    enum Hole: Sendable {
        /// An element id, as an attribute value (`volledig/` prefixes those that could clash).
        case id(String)
        /// An href to an element id on the same page.
        case onPage(String)
        /// A heading's level as written; the page adds its shift.
        case headingLevel(Int)
        /// The href of a resolved link or image.
        indirect case target(ResolvedTarget)
        /// The href of a page of the site with an element on it (a begrip's entry).
        case page(url: String, fragment: String?)
        /// The href of an entity: its own page, or its place on `volledig/`.
        indirect case entity(Entity)
        /// "Alles over …" under an entity's heading, on the pages that link entity pages.
        indirect case entityPageLink(Entity)
        /// A document's answers to a Hervormingsagenda thema after its heading, with the
        /// heading's level as written.
        case agenda(thema: String, headingLevel: Int)
    }

    static func += (html: inout UnplacedHTML, text: String) {
        html.text += text
    }

    mutating func append(_ hole: Hole) {
        holes.append((text.utf8.count, hole))
    }

    /// The HTML as `placement`'s page shows it.
    func placed(by placement: HTMLPlacement) -> String {
        guard !holes.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + holes.count * 24)
        let utf8 = text.utf8
        var start = utf8.startIndex
        for (offset, hole) in holes {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            out += text[start..<end]
            placement.fill(hole, into: &out)
            start = end
        }
        out += text[start...]
        return out
    }
}

/// A chapter's text and notes before they are placed (`RenderContext.unplacedChapter`).
struct UnplacedChapter: Sendable {
    var body: UnplacedHTML
    var footnotes: UnplacedFootnotes
}
