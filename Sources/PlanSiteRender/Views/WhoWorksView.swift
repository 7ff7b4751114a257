import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// What `wie-werkt-hieraan.mustache` reads: the gremia that work on an entity (on its own page
/// and a chapter that is one) or on a document's answer to a maatregel, each a link to its
/// page with the way it works on it and its chain of verantwoording up to the top. Rendered
/// on its own and inserted, so a site theme overrides it once for every page.
struct WhoWorksView: TemplateView {
    /// Absent on the Hervormingsagenda pages, where a maatregel has one section per answer.
    var titleID: String?
    var headingLevel: Int
    var hasItems: Bool
    var items: [Item]
    /// What the empty list says: "dit onderdeel" or "dit antwoord".
    var onderwerp: String

    struct Item: TemplateView {
        var gremium: LinkView
        /// The entity of a maatregel's answer the gremium works on.
        var onderdeel: LinkView?
        /// The entity above through which it works on it (`werkt-aan` names the parent).
        var via: LinkView?
        var hasChains: Bool
        var chains: [ChainView]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .gremium: gremium
            case .onderdeel: onderdeel
            case .via: via
            case .hasChains: hasChains
            case .chains: chains
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .titleID: titleID
        case .headingLevel: headingLevel
        case .hasItems: hasItems
        case .items: items
        case .onderwerp: onderwerp
        default: nil
        }
    }
}

extension RenderContext {
    /// "Wie werkt hieraan" of an entity, as HTML, for its page and a chapter that is one.
    func whoWorksHTML(_ ref: EntityRef, pageURL: String) -> String {
        let items = plan.gremia(workingOn: ref).map { work in
            whoWorksItem(work.gremium, onderdeel: nil, via: work.via, pageURL: pageURL) { RelativeURL.href(to: $0.url, from: pageURL) }
        }
        return theme.render("wie-werkt-hieraan", WhoWorksView(titleID: ElementID.whoWorks.value, headingLevel: 2, hasItems: !items.isEmpty,
                                                              items: items, onderwerp: "dit onderdeel"))
    }

    /// "Wie werkt hieraan" of a document's answer to a maatregel, as HTML; empty when no
    /// gremium works on it (the section then says nothing rather than "nobody").
    func whoWorksHTML(answering maatregel: String, in document: SymbolTable.DocumentAddress, pageURL: String, headingLevel: Int,
                      entityHref: (Entity) -> String) -> String {
        let items = plan.gremia(answering: maatregel, in: document).map { work in
            let entity = plan.entity(work.entity)
            return whoWorksItem(work.gremium, onderdeel: LinkView(title: entity.label, href: entityHref(entity)), via: work.via,
                                pageURL: pageURL, viaHref: entityHref)
        }
        guard !items.isEmpty else { return "" }
        return theme.render("wie-werkt-hieraan", WhoWorksView(titleID: nil, headingLevel: min(6, headingLevel), hasItems: true,
                                                              items: items, onderwerp: "dit antwoord"))
    }

    private func whoWorksItem(_ gremium: GremiumRef, onderdeel: LinkView?, via: EntityRef?, pageURL: String,
                              viaHref: (Entity) -> String) -> WhoWorksView.Item {
        let chains = chainViews(gremium, from: pageURL, selfIsPage: false).map { chain in
            // The gremium itself starts the line already; its chain begins with the next step.
            ChainView(steps: Array(chain.steps.dropFirst()))
        }
        let viaLink = via.map { plan.entity($0) }.map { entity in
            LinkView(title: entity.label, href: viaHref(entity))
        }
        return WhoWorksView.Item(gremium: gremiumLink(gremium, from: pageURL, fullName: true), onderdeel: onderdeel, via: viaLink,
                                 hasChains: !chains.isEmpty, chains: chains)
    }
}
