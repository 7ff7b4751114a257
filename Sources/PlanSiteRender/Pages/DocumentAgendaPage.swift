import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `<regio>/<document>/hervormingsagenda/`: how one document answers each thema and
/// maatregel of the Hervormingsagenda, the last page of the document's reading order.
struct DocumentAgendaPage: TemplatePage {
    static let template = "hervormingsagenda-document"

    var region: Int
    var document: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [DocumentAgendaPage] {
        guard case .document(let r, let d) = scope else { return [] }
        let doc = site.regions[r].documents[d]
        guard doc.agenda != nil else { return [] }
        return [DocumentAgendaPage(region: r, document: d, route: .documentAgenda(region: doc.regionSlug, document: doc.slug))]
    }

    var reads: [PageInput] { [] }

    func view(in context: RenderContext) -> PageView<DocumentAgendaView>? {
        let region = context.site.regions[self.region]
        let doc = region.documents[document]
        let url = route.url
        let title = "Hervormingsagenda Jeugd"
        let view = context.documentAgendaView(region: self.region, document: document, pageURL: url, title: title)
        // Each thema heading is a place on the page; the national list is in the same order.
        let onThisPage = (context.site.national?.themas ?? []).map { thema in
            HeadingAnchor(id: ElementID.thema(thema.id.value).value, level: 2, text: "Thema \(thema.id.value)", location: thema.id.location)
        }
        let layout = context.layout(pageURL: url, title: "\(title) – \(doc.config.titel)",
                                    breadcrumbs: [(region.config.naam, region.url), (doc.config.titel, doc.url), (title, url)],
                                    document: (self.region, document), currentTOC: url, onThisPage: onThisPage,
                                    pager: context.neighbours(doc, of: url))
        return PageView(main: view, layout: layout)
    }
}

/// What `hervormingsagenda-document.mustache` reads.
struct DocumentAgendaView: TemplateView {
    var title: String
    var documentTitel: String
    var matrixHref: String
    /// The document's top level in the plural, lower case ("opgaven"), for the matrix link.
    var niveauMeervoud: String
    var themas: [Thema]

    /// A national thema: the document's answer to it, then each of its maatregelen.
    struct Thema: TemplateView {
        var anchor: String
        var id: String
        var titel: String
        var themaAntwoord: ThemaAnswerView?
        var maatregelen: [MaatregelSectionView]

        func child(named name: String) -> (any TemplateValueConvertible)? {
            switch name {
            case "anchor": anchor
            case "id": id
            case "titel": titel
            case "themaAntwoord": themaAntwoord
            case "maatregelen": maatregelen
            default: nil
            }
        }
    }

    func child(named name: String) -> (any TemplateValueConvertible)? {
        switch name {
        case "title": title
        case "documentTitel": documentTitel
        case "matrixHref": matrixHref
        case "niveauMeervoud": niveauMeervoud
        case "themas": themas
        default: nil
        }
    }
}

extension RenderContext {
    func documentAgendaView(region r: Int, document d: Int, pageURL url: String, title: String) -> DocumentAgendaView {
        let doc = site.regions[r].documents[d]
        let agenda = AgendaViews(context: self, region: r, document: d, pageURL: url)
        return DocumentAgendaView(
            title: title, documentTitel: doc.config.titel,
            matrixHref: RelativeURL.shortest(to: doc.matrixURL, from: url),
            niveauMeervoud: doc.config.niveaus.first.map { $0.value.lowercased() + "n" } ?? "onderdelen",
            themas: (site.national?.themas ?? []).map { thema in
                DocumentAgendaView.Thema(
                    anchor: ElementID.thema(thema.id.value).value, id: thema.id.value, titel: thema.titel,
                    themaAntwoord: agenda.agenda?.themaAnswer(to: thema.id.value).map(agenda.themaAnswer),
                    maatregelen: thema.maatregelen.map { agenda.maatregelSection($0, headingLevel: 3) })
            })
    }
}
