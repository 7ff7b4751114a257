import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
import PlanSiteSearch

/// `zoeken/`: the search page. `zoeken/?q=TERM` shows the results for TERM, found by
/// `assets/zoeken.js` in the index `SearchIndexPage` writes; without JavaScript the page says
/// so and lists every document's contents instead.
struct SearchPage: TemplatePage {
    static let template = "zoeken"

    static func pages(of site: Site, at scope: PageScope) -> [SearchPage] {
        scope == .site ? [SearchPage()] : []
    }

    var route: Route { .search }
    var reads: [PageInput] { [] }

    func view(in context: RenderContext) -> PageView<SearchView>? {
        let url = route.url
        var documents: [SearchView.Document] = []
        for region in context.site.regions {
            for document in region.documents {
                documents.append(SearchView.Document(title: document.config.titel, region: region.config.naam,
                                                     href: RelativeURL.href(to: document.url, from: url)))
            }
        }
        let view = SearchView(indexHref: RelativeURL.href(to: Route.searchIndex(SearchIndex.manifestFile).url, from: url),
                              rootHref: RelativeURL.root(from: url), documents: documents)
        var layout = context.layout(pageURL: url, title: "Zoeken", breadcrumbs: [("Zoeken", url)])
        layout.isSearchPage = true
        return PageView(main: view, layout: layout)
    }
}

/// What `zoeken.mustache` reads.
struct SearchView: TemplateView {
    /// The index's manifest, relative to the search page; the other index files sit beside it.
    var indexHref: String
    /// The way to the site root, which the index's URLs are relative to.
    var rootHref: String
    /// Every document, for the page without JavaScript.
    var documents: [Document]

    struct Document: TemplateView {
        var title: String
        var region: String
        var href: String

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .title: title
            case .region: region
            case .href: href
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .indexHref: indexHref
        case .rootHref: rootHref
        case .documents: documents
        default: nil
        }
    }
}
