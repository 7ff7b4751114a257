import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `hervormingsagenda/`: the national themas and maatregelen, each maatregel with how many
/// documents answer it.
struct NationalAgendaPage: TemplatePage {
    static let template = "hervormingsagenda"

    static func pages(of site: Site, at scope: PageScope) -> [NationalAgendaPage] {
        scope == .national && site.national != nil ? [NationalAgendaPage(reads: site.documentsWithMappings.map(PageInput.mappingEntities))] : []
    }

    var route: Route { .nationalAgenda }
    /// Which maatregelen each mapping answers: each maatregel shows how many documents do.
    var reads: [PageInput]

    func view(in context: RenderContext) -> PageView<NationalAgendaView>? {
        guard let national = context.site.national else { return nil }
        let url = route.url
        let title = "Hervormingsagenda Jeugd"
        let view = context.nationalAgendaView(national, pageURL: url, title: title)
        let layout = context.layout(pageURL: url, title: title, breadcrumbs: [(title, url)])
        return PageView(main: view, layout: layout)
    }
}

/// What `hervormingsagenda.mustache` reads.
struct NationalAgendaView: TemplateView {
    var title: String
    var themaCount: Int
    var maatregelCount: Int
    var themas: [Thema]

    struct Thema: TemplateView {
        var anchor: String
        var href: String
        var id: String
        var titel: String
        var maatregelen: [Maatregel]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .anchor: anchor
            case .href: href
            case .id: id
            case .titel: titel
            case .maatregelen: maatregelen
            default: nil
            }
        }
    }

    struct Maatregel: TemplateView {
        var href: String
        var id: String
        var titel: String
        /// How many documents answer the maatregel; `oneAnswer` picks the singular.
        var answerCount: Int
        var oneAnswer: Bool

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .href: href
            case .id: id
            case .titel: titel
            case .answerCount: answerCount
            case .oneAnswer: oneAnswer
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .themaCount: themaCount
        case .maatregelCount: maatregelCount
        case .themas: themas
        default: nil
        }
    }
}

extension RenderContext {
    func nationalAgendaView(_ national: NationalAgenda, pageURL url: String, title: String) -> NationalAgendaView {
        NationalAgendaView(
            title: title, themaCount: national.themas.count, maatregelCount: national.maatregelen.count,
            themas: national.themas.map { thema in
                NationalAgendaView.Thema(
                    anchor: ElementID.thema(thema.id.value).value,
                    href: RelativeURL.shortest(to: Route.nationalThema(thema.id.value).url, from: url), id: thema.id.value, titel: thema.titel,
                    maatregelen: thema.maatregelen.map { m in
                        let count = answers(to: m.id.value).count
                        return NationalAgendaView.Maatregel(href: RelativeURL.shortest(to: Route.nationalMaatregel(m.id.value).url, from: url),
                                                            id: m.id.value, titel: m.titel, answerCount: count, oneAnswer: count == 1)
                    })
            })
    }
}
