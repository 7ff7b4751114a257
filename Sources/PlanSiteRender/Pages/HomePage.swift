import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `index.html`: the regions and their documents.
struct HomePage: TemplatePage {
    static let template = "home"

    static func pages(of site: Site, at scope: PageScope) -> [HomePage] {
        scope == .site ? [HomePage()] : []
    }

    var route: Route { .home }
    var reads: [PageInput] { [] }

    func view(in context: RenderContext) -> PageView<HomeView>? {
        let site = context.site
        let url = route.url
        let view = HomeView(
            siteTitle: site.config.titel, omschrijving: site.config.omschrijving,
            regions: site.regions.map { region in
                HomeView.Region(slug: region.slug, naam: region.config.naam, href: RelativeURL.href(to: region.url, from: url),
                                gemeentenText: region.config.gemeenten.joined(separator: ", "),
                                documents: context.documentList(region, from: url))
            },
            hasAgenda: site.national != nil, agendaHref: RelativeURL.root(from: url) + Route.nationalAgenda.url,
            hasGemeenten: site.regions.contains { !$0.config.gemeenten.isEmpty }, gemeentenHref: RelativeURL.href(to: Route.gemeenten.url, from: url))
        let layout = context.layout(pageURL: url, title: "Regio's en plannen", breadcrumbs: [], description: site.config.omschrijving)
        return PageView(main: view, layout: layout)
    }
}

/// What `home.mustache` reads.
struct HomeView: TemplateView {
    var siteTitle: String
    var omschrijving: String?
    var regions: [Region]
    var hasAgenda: Bool
    var agendaHref: String
    var hasGemeenten: Bool
    var gemeentenHref: String

    struct Region: TemplateView {
        var slug: String
        var naam: String
        var href: String
        var gemeentenText: String
        var documents: [DocumentListItem]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .slug: slug
            case .naam: naam
            case .href: href
            case .gemeentenText: gemeentenText
            case .documents: documents
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .siteTitle: siteTitle
        case .omschrijving: omschrijving
        case .regions: regions
        case .hasAgenda: hasAgenda
        case .agendaHref: agendaHref
        case .hasGemeenten: hasGemeenten
        case .gemeentenHref: gemeentenHref
        default: nil
        }
    }
}

/// A document in a list of a region's documents (home and region pages).
struct DocumentListItem: TemplateView {
    var titel: String
    var href: String
    var soortLabel: String
    var periode: String?

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .titel: titel
        case .href: href
        case .soortLabel: soortLabel
        case .periode: periode
        default: nil
        }
    }
}

extension RenderContext {
    func documentList(_ region: Region, from url: String) -> [DocumentListItem] {
        region.documents.map { doc in
            DocumentListItem(titel: doc.config.titel, href: RelativeURL.href(to: doc.url, from: url), soortLabel: doc.config.soortLabel,
                             periode: doc.config.periodeText)
        }
    }
}
