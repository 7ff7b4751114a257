import PlanSiteModel
import PlanSiteIndex

/// The page Markdown's HTML goes on, which fills what the text left open (`UnplacedHTML.Hole`):
/// hrefs relative to the page, ids prefixed per section on `volledig/`, heading levels shifted
/// where the text sits deeper than on its own page.
struct HTMLPlacement {
    var pageURL: String
    /// The whole-document page's mapping, with the section being filled; nil elsewhere.
    var full: FullDocumentMapping?
    /// Added to every heading level (`volledig/` nests a chapter's text one level deeper).
    var levelShift: Int
    /// The document's answers to a thema (`AgendaViews.themaAnswers`), given its heading's
    /// level on this page.
    var agenda: (String, Int) -> String

    init(pageURL: String, full: FullDocumentMapping? = nil, levelShift: Int = 0, agenda: @escaping (String, Int) -> String = { _, _ in "" }) {
        self.pageURL = pageURL
        self.full = full
        self.levelShift = levelShift
        self.agenda = agenda
    }

    func anchorID(_ id: String) -> String {
        Self.anchorID(id, in: full)
    }

    /// An id as it reads on a page: on `volledig/` prefixed with its section. Also asked by
    /// the agenda views, which know their page without a placement.
    static func anchorID(_ id: String, in full: FullDocumentMapping?) -> String {
        full?.prefixed(id) ?? id
    }

    /// The level a heading written at `level` gets on this page: `h1` is the page's title,
    /// and HTML has no `h7`.
    func headingLevel(_ level: Int) -> Int {
        min(6, max(2, level + levelShift))
    }

    func href(_ target: ResolvedTarget) -> String {
        if let full, let local = full.localAnchor(for: target) { return RelativeURL.onPage(local) }
        return RelativeURL.href(to: target.url, fragment: target.fragment, from: pageURL)
    }

    func href(_ entity: Entity) -> String {
        Self.href(entity, from: pageURL, in: full)
    }

    /// Where an entity's link points from a page: its own page, or its place on `volledig/`.
    static func href(_ entity: Entity, from pageURL: String, in full: FullDocumentMapping?) -> String {
        if let full { return RelativeURL.onPage(full.localAnchor(forEntity: entity) ?? entity.anchor) }
        return RelativeURL.href(to: entity.url, from: pageURL)
    }

    func fill(_ hole: UnplacedHTML.Hole, into out: inout String) {
        switch hole {
        case .id(let id):
            out += HTMLEscape.attribute(anchorID(id))
        case .onPage(let id):
            out += MarkdownHTML.href(RelativeURL.onPage(anchorID(id)))
        case .headingLevel(let level):
            out += String(headingLevel(level))
        case .target(let target):
            out += MarkdownHTML.href(href(target))
        case .page(let url, let fragment):
            out += MarkdownHTML.href(RelativeURL.href(to: url, fragment: fragment, from: pageURL))
        case .entity(let entity):
            out += HTMLEscape.attribute(href(entity))
        case .entityPageLink(let entity):
            // The whole-document page is the entity's place in the document: no link away.
            guard full == nil else { return }
            out += "<p class=\"entiteit-verwijzing\"><a href=\"\(HTMLEscape.attribute(href(entity)))\">Alles over \(HTMLEscape.text(entity.label.lowercasedFirst))</a></p>\n"
        case .agenda(let thema, let level):
            out += agenda(thema, headingLevel(level))
        }
    }
}
