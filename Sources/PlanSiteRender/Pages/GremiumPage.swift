import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// One gremium's own page (`<regio>/overlegvormen/<id>/`): what it is, who sits in it and
/// what each source says of it, what it works on, to whom it answers and who answers to it,
/// its whole chain of verantwoording up to the top, and the pages that name it. A reader who
/// meets a gremium on an actielijn's "Wie werkt hieraan" lands here in one tap.
struct GremiumPage: TemplatePage {
    static let template = "gremium"

    var gremium: GremiumRef
    var route: Route
    var reads: [PageInput]

    static func pages(of site: Site, at scope: PageScope) -> [GremiumPage] {
        guard case .region(let r) = scope else { return [] }
        let region = site.regions[r]
        // A repeated id (a GR diagnostic) has one page: the first, as `gremium:` resolves it.
        var seen: Set<String> = []
        return region.gremia.indices.compactMap { g in
            let id = region.gremia[g].id.value
            guard seen.insert(id).inserted else { return nil }
            // A Markdown page that names it changes its "genoemd in".
            return GremiumPage(gremium: GremiumRef(region: r, index: g), route: .gremium(region: region.slug, id: id),
                               reads: [.mentions(MentionKey.gremium(region: region.slug, id: id)), .gremia(r)])
        }
    }

    func view(in context: RenderContext) -> PageView<GremiumView>? {
        context.gremiumPage(gremium, route: route)
    }
}

/// What `gremium.mustache` reads.
struct GremiumView: TemplateView {
    var naam: String
    var afkorting: String?
    var regio: String
    var soort: String?
    var niveau: String?
    var hasKenmerken: Bool
    var beschrijvingen: [GremiaView.DescriptionView]
    var hasWerktAan: Bool
    var werktAan: [LinkView]
    var hasReportsTo: Bool
    var reportsTo: [LinkView]
    var hasReportedBy: Bool
    var reportedBy: [LinkView]
    var hasChains: Bool
    var chains: [ChainView]
    var overlegvormenHref: String
    /// "Genoemd in", rendered.
    var mentions: String

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .naam: naam
        case .afkorting: afkorting
        case .regio: regio
        case .soort: soort
        case .niveau: niveau
        case .hasKenmerken: hasKenmerken
        case .beschrijvingen: beschrijvingen
        case .hasWerktAan: hasWerktAan
        case .werktAan: werktAan
        case .hasReportsTo: hasReportsTo
        case .reportsTo: reportsTo
        case .hasReportedBy: hasReportedBy
        case .reportedBy: reportedBy
        case .hasChains: hasChains
        case .chains: chains
        case .overlegvormenHref: overlegvormenHref
        case .mentions: mentions
        default: nil
        }
    }
}

/// One way up the chain of verantwoording, from a gremium to the top: its steps, each a
/// link to that gremium's page (the page's own gremium, when shown, is not a link).
struct ChainView: TemplateView {
    var steps: [Step]

    struct Step: TemplateView {
        var title: String
        /// Absent for the gremium whose page it is.
        var href: String?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .title: title
            case .href: href
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .steps: steps
        default: nil
        }
    }
}

extension RenderContext {
    /// A link to a gremium's own page, named by its abbreviation (or name when it has none).
    func gremiumLink(_ ref: GremiumRef, from pageURL: String, fullName: Bool = false) -> LinkView {
        let g = plan.gremium(ref)
        return LinkView(title: fullName ? g.naam : (g.afkorting ?? g.naam), href: RelativeURL.href(to: gremiumURL(ref), from: pageURL))
    }

    /// The URL of a gremium's page: the first gremium of its region with that id has it.
    func gremiumURL(_ ref: GremiumRef) -> String {
        plan.gremia[ref.region][ref.index].url
    }

    /// The chains of verantwoording of a gremium, each starting with the gremium itself
    /// (a link unless `selfIsPage`), as the plan derived them (`ResolvedGremium.chains`).
    func chainViews(_ ref: GremiumRef, from pageURL: String, selfIsPage: Bool) -> [ChainView] {
        // Its two names read in place, not the whole gremium copied.
        let gremia = site.regions[ref.region].gremia
        let first = ChainView.Step(title: gremia[ref.index].afkorting ?? gremia[ref.index].naam, href: selfIsPage ? nil : RelativeURL.href(to: gremiumURL(ref), from: pageURL))
        return plan.resolved(ref).chains.map { chain in
            ChainView(steps: [first] + chain.map { step in
                let link = gremiumLink(step, from: pageURL)
                return ChainView.Step(title: link.title, href: link.href)
            })
        }
    }

    func gremiumPage(_ ref: GremiumRef, route: Route) -> PageView<GremiumView> {
        let region = site.regions[ref.region]
        let g = plan.gremium(ref)
        let resolved = plan.resolved(ref)
        let url = route.url
        var descriptions = [descriptionView(g.description, source: nil, pageURL: url, context: ReferenceContext(region: ref.region))]
        for description in resolved.descriptions {
            guard let d = description.document else { continue }
            let source = LinkView(title: region.documents[d].config.titel, href: RelativeURL.href(to: region.documents[d].url, from: url))
            descriptions.append(descriptionView(description.written.description, source: source, pageURL: url,
                                                context: ReferenceContext(region: ref.region, document: d)))
        }
        // What it works on as the plan resolved `werkt-aan`; a reference that does not
        // resolve is left out (the check reports it).
        let werktAan = resolved.werktAan.compactMap { value -> LinkView? in
            guard case .target(let t, _) = value.resolution else { return nil }
            return LinkView(title: t.label, href: RelativeURL.href(to: t.url, fragment: t.fragment, from: url))
        }
        let reportsTo = resolved.reportsTo.compactMap(\.gremium).map { gremiumLink($0, from: url, fullName: true) }
        let reportedBy = resolved.reportedBy.map { gremiumLink($0, from: url, fullName: true) }
        let chains = chainViews(ref, from: url, selfIsPage: true)
        let afkorting = g.afkorting == g.naam ? nil : g.afkorting
        let view = GremiumView(
            naam: g.naam, afkorting: afkorting, regio: region.config.naam, soort: g.soort, niveau: g.niveau,
            hasKenmerken: g.soort != nil || g.niveau != nil,
            beschrijvingen: descriptions.filter { $0.hasVelden || $0.rol != nil },
            hasWerktAan: !werktAan.isEmpty, werktAan: werktAan,
            hasReportsTo: !reportsTo.isEmpty, reportsTo: reportsTo,
            hasReportedBy: !reportedBy.isEmpty, reportedBy: reportedBy,
            hasChains: !chains.isEmpty, chains: chains,
            overlegvormenHref: RelativeURL.href(to: Route.overlegvormen(region: region.slug).url, from: url),
            mentions: mentionsHTML(MentionKey.gremium(region: region.slug, id: g.id.value), pageURL: url))
        let overlegvormen = Route.overlegvormen(region: region.slug).url
        let title = g.naam
        // "RAO Jeugd – Overlegvormen – Centraal Gelderland": page – region, as every page of a region.
        let layout = self.layout(pageURL: url, title: "\(title) – Overlegvormen",
                                 breadcrumbs: [(region.config.naam, region.url), ("Overlegvormen", overlegvormen), (afkorting ?? title, url)],
                                 region: ref.region)
        return PageView(main: view, layout: layout)
    }
}
