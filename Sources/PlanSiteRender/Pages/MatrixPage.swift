import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `<regio>/<document>/hervormingsagenda/matrix/`: every maatregel against the document's
/// top-level entities in one table.
struct MatrixPage: TemplatePage {
    static let template = "matrix"

    var region: Int
    var document: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [MatrixPage] {
        guard case .document(let r, let d) = scope else { return [] }
        let doc = site.regions[r].documents[d]
        guard doc.agenda != nil else { return [] }
        return [MatrixPage(region: r, document: d, route: .matrix(region: doc.regionSlug, document: doc.slug))]
    }

    var reads: [PageInput] { [.mappingEntities(SymbolTable.DocumentAddress(region: region, document: document))] }

    func view(in context: RenderContext) -> PageView<MatrixPageView>? {
        let region = context.site.regions[self.region]
        let doc = region.documents[document]
        let url = route.url
        let title = "Matrix: maatregelen en onderdelen"
        let view = MatrixPageView(title: title, documentTitel: doc.config.titel,
                                  matrix: AgendaViews(context: context, region: self.region, document: document, pageURL: url).matrix())
        // In the document's contents the matrix belongs to its Hervormingsagenda page.
        let layout = context.layout(pageURL: url, title: title,
                                    breadcrumbs: [(region.config.naam, region.url), (doc.config.titel, doc.url),
                                                  ("Hervormingsagenda Jeugd", doc.agendaURL), ("Matrix", url)],
                                    document: (self.region, document), currentTOC: doc.agendaURL)
        return PageView(main: view, layout: layout)
    }
}

/// What `matrix.mustache` reads.
struct MatrixPageView: TemplateView {
    var title: String
    var documentTitel: String
    /// None when the site has no national Hervormingsagenda to hold the answers against.
    var matrix: MatrixView?

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .documentTitel: documentTitel
        case .matrix: matrix
        default: nil
        }
    }
}
