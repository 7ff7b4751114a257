import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// What `layout.mustache` reads: the frame around every page (head, site header, breadcrumb
/// trail, the document's contents list, "op deze pagina", pager, footer).
struct LayoutView: TemplateView {
    var title: String
    /// The `<title>`: the page, its document and region (`RenderContext.headTitle`).
    var headTitle: String
    var siteTitle: String
    /// The relative way up to the site root (`../../`), for assets.
    var root: String
    var home: String
    var agendaHref: String
    /// `gemeenten/`, in the main menu when any region lists gemeenten.
    var gemeentenHref: String
    var hasGemeenten: Bool
    var accessibilityHref: String
    var sitemapHref: String
    /// The search page, where the header's search form leads.
    var searchHref: String
    /// The search page has its own form: the header leaves its form out there.
    var isSearchPage = false
    /// The trail's links; its last step, the page itself, is `currentTitle` (not a section
    /// per step: fewer sections per page).
    var breadcrumbs: [LinkView]
    var currentTitle: String
    var hasBreadcrumbs: Bool
    var hasAgenda: Bool
    var reloadScript: String
    var description: String?
    var onThisPage: [OnThisPageItem]?
    var hasOnThisPage: Bool
    var doc: DocumentFrameView?
    var pager: PagerView?
    /// The page's own HTML, rendered from its template.
    var main: String = ""
    /// Whether a page that lists no headings of its own gets its rendered `<h2>`s as "op
    /// deze pagina" (`RenderedHeadings`); not the pages of a document, whose lists are made
    /// from their Markdown.
    var listsRenderedSections = true

    /// A page with a contents list, "op deze pagina" or the glossary's A–Z list is long
    /// enough for a way back to the top ("Naar boven"); set by `RenderContext.page`.
    var hasMenu = false

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .headTitle: headTitle
        case .siteTitle: siteTitle
        case .root: root
        case .home: home
        case .agendaHref: agendaHref
        case .gemeentenHref: gemeentenHref
        case .hasGemeenten: hasGemeenten
        case .accessibilityHref: accessibilityHref
        case .sitemapHref: sitemapHref
        case .searchHref: searchHref
        case .isSearchPage: isSearchPage
        case .breadcrumbs: breadcrumbs
        case .currentTitle: currentTitle
        case .hasBreadcrumbs: hasBreadcrumbs
        case .hasAgenda: hasAgenda
        case .reloadScript: reloadScript
        case .description: description
        case .onThisPage: onThisPage
        case .hasOnThisPage: hasOnThisPage
        case .hasMenu: hasMenu
        case .listsRenderedSections: listsRenderedSections
        case .doc: doc
        case .pager: pager
        case .main: main
        default: nil
        }
    }
}

/// A heading in the "op deze pagina" list.
final class OnThisPageItem: TemplateView {
    var id: String
    var text: String
    var level: Int

    init(id: String, text: String, level: Int) {
        self.id = id
        self.text = text
        self.level = level
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .id: id
        case .text: text
        case .level: level
        default: nil
        }
    }
}

/// The document a page belongs to, as the layout and its contents list (`inhoud.mustache`)
/// show it.
final class DocumentFrameView: TemplateView {
    var title: String
    var href: String
    var volledigHref: String
    var status: String
    var isConcept: Bool
    var versie: String?
    /// The line under the h1 and the banner (`DocumentStatusView`).
    var documentStatus: DocumentStatusView?
    /// The rendered contents list (`inhoud`), shared between pages that show the same one.
    var contents: String = ""
    /// The document's contents list on its own page, which `inhoud-kort` links to.
    var contentsHref: String = ""
    /// The rendered entries, for `inhoud.mustache` only.
    var items: String = ""
    /// The entries about the edition rather than the plan (the verantwoording), listed apart
    /// under "Over deze uitgave"; empty when the document has none.
    var aboutItems: String = ""

    init(title: String, href: String, volledigHref: String, status: String, isConcept: Bool, versie: String?, contents: String = "", items: String = "") {
        self.title = title
        self.href = href
        self.volledigHref = volledigHref
        self.status = status
        self.isConcept = isConcept
        self.versie = versie
        self.contents = contents
        self.items = items
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .href: href
        case .volledigHref: volledigHref
        case .status: status
        case .isConcept: isConcept
        case .versie: versie
        case .documentStatus: documentStatus
        case .contents: contents
        case .items: items
        case .aboutItems: aboutItems
        case .contentsHref: contentsHref
        default: nil
        }
    }
}

/// One entry of a document's contents list (`inhoud-item.mustache`) or of the contents on the
/// document and whole-document pages.
final class ContentsItemView: TemplateView {
    var title: String
    var href: String
    var level: Int
    var current: Bool = false

    init(title: String, href: String, level: Int, current: Bool = false) {
        self.title = title
        self.href = href
        self.level = level
        self.current = current
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .href: href
        case .level: level
        case .current: current
        default: nil
        }
    }
}

/// Previous and next page.
final class PagerView: TemplateView {
    var prev: LinkView?
    var next: LinkView?

    init(prev: LinkView?, next: LinkView?) {
        self.prev = prev
        self.next = next
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .prev: prev
        case .next: next
        default: nil
        }
    }
}
