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

    var reads: [PageInput] { [.mapping(SymbolTable.DocumentAddress(region: region, document: document)), .gremiaWork(region)] }

    func view(in context: RenderContext) -> PageView<DocumentAgendaView>? {
        let region = context.site.regions[self.region]
        let doc = region.documents[document]
        let url = route.url
        let title = "Hervormingsagenda Jeugd"
        let view = context.documentAgendaView(region: self.region, document: document, pageURL: url, title: title)
        // Each answered thema's heading is a place on the page, then the list of the rest.
        var onThisPage = view.themas.map { thema in
            HeadingAnchor(id: thema.anchor, level: 2, text: "Thema \(thema.id)", location: doc.config.location)
        }
        if view.hasOnbeantwoord {
            onThisPage.append(HeadingAnchor(id: ElementID.notAnswered.value, level: 2, text: "Niet beantwoord", location: doc.config.location))
        }
        let layout = context.layout(pageURL: url, title: title,
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
    /// The themas the document answers, each with only the maatregelen it answers.
    var themas: [Thema]
    var hasOnbeantwoord: Bool
    var onbeantwoordID: String = ElementID.notAnswered.value
    /// The maatregelen it does not answer, per thema, as links to the national pages.
    var onbeantwoord: [UnansweredThema]

    struct UnansweredThema: TemplateView {
        /// The thema's anchor when the document answers nothing of it (it has no section above).
        var anchor: String?
        var id: String
        var titel: String
        var maatregelen: [UnansweredMaatregel]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .anchor: anchor
            case .id: id
            case .titel: titel
            case .maatregelen: maatregelen
            default: nil
            }
        }
    }

    /// One line: the maatregel's anchor (so `maatregel:1.3@document` still lands on it) and
    /// a link to the national page with every region's answer.
    struct UnansweredMaatregel: TemplateView {
        var maatregelAnchor: String
        var title: String
        var href: String

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .maatregelAnchor: maatregelAnchor
            case .title: title
            case .href: href
            default: nil
            }
        }
    }

    /// A national thema: the document's answer to it, then each of its maatregelen.
    struct Thema: TemplateView {
        var anchor: String
        var id: String
        var titel: String
        var themaAntwoord: ThemaAnswerView?
        var maatregelen: [MaatregelSectionView]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .anchor: anchor
            case .id: id
            case .titel: titel
            case .themaAntwoord: themaAntwoord
            case .maatregelen: maatregelen
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .documentTitel: documentTitel
        case .matrixHref: matrixHref
        case .niveauMeervoud: niveauMeervoud
        case .themas: themas
        case .hasOnbeantwoord: hasOnbeantwoord
        case .onbeantwoordID: onbeantwoordID
        case .onbeantwoord: onbeantwoord
        default: nil
        }
    }
}

extension RenderContext {
    func documentAgendaView(region r: Int, document d: Int, pageURL url: String, title: String) -> DocumentAgendaView {
        let doc = site.regions[r].documents[d]
        let agenda = AgendaViews(context: self, region: r, document: d, pageURL: url)
        let themas = site.national?.themas ?? []
        // What the document answers leads; the maatregelen it leaves follow as a short list.
        let answered = themas.filter { thema in
            agenda.agenda?.themaAnswer(to: thema.id.value) != nil || thema.maatregelen.contains { agenda.isAnswered($0.id.value) }
        }
        let unanswered = themas.compactMap { thema -> (NationalAgenda.Thema, [NationalAgenda.Maatregel])? in
            let left = thema.maatregelen.filter { !agenda.isAnswered($0.id.value) }
            return left.isEmpty ? nil : (thema, left)
        }
        return DocumentAgendaView(
            title: title, documentTitel: doc.config.titel,
            matrixHref: RelativeURL.shortest(to: doc.matrixURL, from: url),
            niveauMeervoud: doc.config.niveaus.first.map { DutchPlural.of($0.value) } ?? "onderdelen",
            themas: answered.map { thema in
                DocumentAgendaView.Thema(
                    anchor: ElementID.thema(thema.id.value).value, id: thema.id.value, titel: thema.titel,
                    themaAntwoord: agenda.agenda?.themaAnswer(to: thema.id.value).map(agenda.themaAnswer),
                    maatregelen: thema.maatregelen.filter { agenda.isAnswered($0.id.value) }.map { agenda.maatregelSection($0, headingLevel: 3) })
            },
            hasOnbeantwoord: !unanswered.isEmpty,
            onbeantwoord: unanswered.map { thema, maatregelen in
                DocumentAgendaView.UnansweredThema(
                    // A thema the document says nothing on keeps its anchor here.
                    anchor: answered.contains { $0.id.value == thema.id.value } ? nil : ElementID.thema(thema.id.value).value,
                    id: thema.id.value, titel: thema.titel,
                    maatregelen: maatregelen.map { m in
                        DocumentAgendaView.UnansweredMaatregel(maatregelAnchor: ElementID.maatregel(m.id.value).value, title: "Maatregel \(m.id.value) \(m.titel)",
                                                               href: RelativeURL.href(to: Route.nationalMaatregel(m.id.value).url, from: url))
                    })
            })
    }
}
