import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `<regio>/`: gemeenten, documents, links to overlegvormen and begrippen.
struct RegionPage: TemplatePage {
    static let template = "region"

    var region: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [RegionPage] {
        guard case .region(let r) = scope else { return [] }
        return [RegionPage(region: r, route: .region(site.regions[r].slug))]
    }

    var reads: [PageInput] { [] }

    func view(in context: RenderContext) -> PageView<RegionView>? {
        let region = context.site.regions[self.region]
        let url = route.url
        let view = RegionView(
            naam: region.config.naam, omschrijving: region.config.omschrijving,
            gemeenten: region.config.gemeenten.map { naam in
                RegionView.Gemeente(naam: naam, href: RelativeURL.href(to: Route.gemeente(Slug.make(naam)).url, from: url))
            },
            gemeentenHref: RelativeURL.href(to: Route.gemeenten.url, from: url),
            website: region.config.website, documents: context.documentList(region, from: url),
            hasGremia: !region.gremia.isEmpty, hasBegrippen: !region.begrippen.isEmpty,
            overlegvormenHref: RelativeURL.href(to: Route.overlegvormen(region: region.slug).url, from: url),
            begrippenHref: RelativeURL.href(to: Route.begrippen(region: region.slug).url, from: url))
        // Without an omschrijving the page opens with lists, not a paragraph: it is described
        // by what it lists.
        let description = region.config.omschrijving == nil
            ? MetaDescription.shortened("De plannen voor jeugdhulp van de regio \(region.config.naam): "
                + region.documents.map(\.config.titel).joined(separator: ", ") + ". Gemeenten: " + region.config.gemeenten.joined(separator: ", ") + ".")
            : nil
        let layout = context.layout(pageURL: url, title: region.config.naam, breadcrumbs: [(region.config.naam, url)], description: description)
        return PageView(main: view, layout: layout)
    }
}

/// What `region.mustache` reads.
struct RegionView: TemplateView {
    struct Gemeente: TemplateView {
        var naam: String
        var href: String

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .naam: naam
            case .href: href
            default: nil
            }
        }
    }

    var naam: String
    var omschrijving: String?
    /// Each links to its own page (`gemeenten/<slug>/`).
    var gemeenten: [Gemeente]
    var gemeentenHref: String
    var website: String?
    var documents: [DocumentListItem]
    var hasGremia: Bool
    var hasBegrippen: Bool
    var overlegvormenHref: String
    var begrippenHref: String

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .naam: naam
        case .omschrijving: omschrijving
        case .gemeenten: gemeenten
        case .gemeentenHref: gemeentenHref
        case .website: website
        case .documents: documents
        case .hasGremia: hasGremia
        case .hasBegrippen: hasBegrippen
        case .overlegvormenHref: overlegvormenHref
        case .begrippenHref: begrippenHref
        default: nil
        }
    }
}
