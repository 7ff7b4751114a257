import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `hervormingsagenda/thema-<id>/`: a national thema, its maatregelen, and what each
/// document says about the thema as a whole.
struct NationalThemaPage: TemplatePage {
    static let template = "hervormingsagenda-thema"

    var thema: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [NationalThemaPage] {
        guard scope == .national, let national = site.national else { return [] }
        let documents = site.documentsWithMappings
        return national.themas.indices.map { t in
            let id = national.themas[t].id.value
            return NationalThemaPage(thema: t, route: .nationalThema(id), reads: documents.map { .mappingThema($0, thema: id) })
        }
    }

    /// Each document's answer to the thema.
    var reads: [PageInput]

    func view(in context: RenderContext) -> PageView<NationalThemaView>? {
        guard let national = context.site.national else { return nil }
        let thema = national.themas[self.thema]
        let url = route.url
        let view = context.nationalThemaView(thema, pageURL: url)
        let layout = context.layout(pageURL: url, title: view.title,
                                    breadcrumbs: [("Hervormingsagenda Jeugd", Route.nationalAgenda.url), ("Thema \(thema.id.value)", url)])
        return PageView(main: view, layout: layout)
    }
}

/// What `hervormingsagenda-thema.mustache` reads.
struct NationalThemaView: TemplateView {
    var title: String
    /// The thema's text, blocks without their last newline (`BlockHTML`).
    var tekst: String?
    var maatregelen: [Maatregel]
    /// The documents that answer the thema as a whole, in site order.
    var antwoorden: [Answer]

    struct Maatregel: TemplateView {
        var href: String
        var id: String
        var titel: String

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .href: href
            case .id: id
            case .titel: titel
            default: nil
            }
        }
    }

    /// One document's answer, under its region's name and a link to the thema on the
    /// document's own Hervormingsagenda page.
    struct Answer: TemplateView {
        var regio: String
        var href: String
        var documentTitel: String
        var themaAntwoord: ThemaAnswerView

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .regio: regio
            case .href: href
            case .documentTitel: documentTitel
            case .themaAntwoord: themaAntwoord
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .tekst: tekst
        case .maatregelen: maatregelen
        case .antwoorden: antwoorden
        default: nil
        }
    }
}

extension RenderContext {
    func nationalThemaView(_ thema: NationalAgenda.Thema, pageURL url: String) -> NationalThemaView {
        let tid = thema.id.value
        return NationalThemaView(
            title: "Thema \(tid) \(thema.titel)",
            tekst: BlockHTML.line(rich(thema.tekst, pageURL: url, context: ReferenceContext.national)),
            maatregelen: thema.maatregelen.map { m in
                NationalThemaView.Maatregel(href: RelativeURL.shortest(to: Route.nationalMaatregel(m.id.value).url, from: url), id: m.id.value, titel: m.titel)
            },
            antwoorden: plan.agendas.compactMap { agenda in
                guard let answer = agenda.themaAnswer(to: tid) else { return nil }
                let (r, d) = (agenda.document.region, agenda.document.document)
                let doc = plan.document(agenda.document)
                return NationalThemaView.Answer(
                    regio: site.regions[r].config.naam,
                    href: RelativeURL.href(to: doc.agendaURL, fragment: ElementID.thema(tid).value, from: url),
                    documentTitel: doc.config.titel,
                    themaAntwoord: AgendaViews(context: self, region: r, document: d, pageURL: url).themaAnswer(answer))
            })
    }
}
