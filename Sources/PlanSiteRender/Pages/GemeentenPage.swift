import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `gemeenten/`: every gemeente of every `regio.yaml`, grouped per region, each linking to
/// its own page with the number of places that name it.
struct GemeentenPage: TemplatePage {
    static let template = "gemeenten"

    var route: Route { .gemeenten }
    /// The counts change with the places of every gemeente.
    var reads: [PageInput]

    static func pages(of site: Site, at scope: PageScope) -> [GemeentenPage] {
        guard scope == .site, site.regions.contains(where: { !$0.config.gemeenten.isEmpty }) else { return [] }
        let slugs = GemeenteNames(regions: site.regions.map(\.config)).gemeenten.map(\.slug)
        return [GemeentenPage(reads: slugs.map(PageInput.gemeente))]
    }

    func view(in context: RenderContext) -> PageView<GemeentenView>? {
        let url = route.url
        let bySlug = Dictionary(context.plan.gemeenten.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let regions = context.site.regions.enumerated().compactMap { r, region -> GemeentenView.Region? in
            let items = region.config.gemeenten.compactMap { naam -> GemeentenView.Item? in
                guard let gemeente = bySlug[Slug.make(naam)] else { return nil }
                let others = gemeente.regions.filter { $0 != r }.map { context.site.regions[$0].config.naam }
                return GemeentenView.Item(naam: naam, href: RelativeURL.href(to: Route.gemeente(gemeente.slug).url, from: url),
                                          places: GemeentePage.placesText(gemeente.places.count),
                                          alsoIn: others.isEmpty ? nil : others.joined(separator: ", "))
            }
            guard !items.isEmpty else { return nil }
            return GemeentenView.Region(id: ElementID.regionGroup(region.slug).value, naam: region.config.naam,
                                        href: RelativeURL.href(to: region.url, from: url), gemeenten: items)
        }
        let view = GemeentenView(title: "Gemeenten", count: context.plan.gemeenten.count, regions: regions)
        let layout = context.layout(pageURL: url, title: "Gemeenten", breadcrumbs: [("Gemeenten", url)],
                                    description: "Alle gemeenten van de regio's, met waar de plannen ze noemen.")
        return PageView(main: view, layout: layout)
    }
}

/// What `gemeenten.mustache` reads.
struct GemeentenView: TemplateView {
    var title: String
    var count: Int
    var regions: [Region]

    struct Region: TemplateView {
        var id: String
        var naam: String
        var href: String
        var gemeenten: [Item]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .id: id
            case .naam: naam
            case .href: href
            case .gemeenten: gemeenten
            default: nil
            }
        }
    }

    struct Item: TemplateView {
        var naam: String
        var href: String
        /// "12 plaatsen".
        var places: String
        /// The other regions that list it, for a gemeente in two.
        var alsoIn: String?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .naam: naam
            case .href: href
            case .places: places
            case .alsoIn: alsoIn
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .count: count
        case .regions: regions
        default: nil
        }
    }
}
