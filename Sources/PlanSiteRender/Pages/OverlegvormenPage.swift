import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// The region's gremia: grouped by what they work on ("overlegvormen per themalijn"), a
/// diagram of who reports to whom (inline SVG with a text equivalent), and a card per gremium.
/// The same overview (`gremia.mustache`) appears inside a chapter with `toon: overlegvormen`
/// and, with its ids prefixed, in the whole-document page.
struct OverlegvormenPage: TemplatePage {
    static let template = "overlegvormen"

    var region: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [OverlegvormenPage] {
        guard case .region(let r) = scope, !site.regions[r].gremia.isEmpty else { return [] }
        return [OverlegvormenPage(region: r, route: .overlegvormen(region: site.regions[r].slug))]
    }

    var reads: [PageInput] { [.gremia(region)] }

    func view(in context: RenderContext) -> PageView<OverlegvormenView>? {
        let region = context.site.regions[self.region]
        let url = route.url
        let title = "Overlegvormen"
        let view = OverlegvormenView(title: title, regio: region.config.naam,
                                     overzicht: context.gremiaView(self.region, pageURL: url, headingLevel: 2))
        let layout = context.layout(pageURL: url, title: title, breadcrumbs: [(region.config.naam, region.url), (title, url)], region: self.region)
        return PageView(main: view, layout: layout)
    }
}

/// What `overlegvormen.mustache` reads: the page's heading and introduction around the
/// overview, which it shows with the `gremia` partial.
struct OverlegvormenView: TemplateView {
    var title: String
    var regio: String
    var overzicht: GremiaView

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .regio: regio
        case .overzicht: overzicht
        default: nil
        }
    }
}

/// What `gremia.mustache` reads: a region's gremia, wherever they are shown.
struct GremiaView: TemplateView {
    /// Put before every id the overview makes, so it can stand in the whole-document page
    /// beside the other sections without two elements sharing an id; empty elsewhere.
    var idPrefix: String
    /// The overview's own headings are `h2` on a page of their own and in a chapter, `h3`
    /// inside a section of the whole-document page; the headings under them one level lower.
    var headingLevel: Int
    var subheadingLevel: Int
    /// Absent when no gremium reports to another in the list.
    var diagram: GremiumDiagramView?
    /// Whether any gremium works on a part of the plan; without, the grouping is left out.
    var hasGroups: Bool
    /// Whether the parts are one per document (a region with several).
    var perDocument: Bool
    /// The grouping per document: one part without a title on a document's overview or the
    /// page of a region with one document; on the page of a region with several, one per
    /// document (titled with it) and one for the gremia of the region as a whole.
    var parts: [Part]
    var gremia: [Card]

    /// The gremia of one document, grouped by what in it they work on, then the others.
    struct Part: TemplateView {
        /// The document, where the page shows several.
        var documentLink: LinkView?
        /// The part of the gremia no document names, on a page with several documents.
        var isRegionWide: Bool
        /// The level of the groups' headings, one below the document's when it has one.
        var groupLevel: Int
        var groups: [Group]
        /// Gremia that work on nothing in this document, after the groups.
        var hasOther: Bool
        /// Whether they have a heading of their own ("Overige overlegvormen"); not where the
        /// document has no groups and the list stands right under its title.
        var hasOtherTitle: Bool
        var other: [LinkView]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .documentLink: documentLink
            case .isRegionWide: isRegionWide
            case .groupLevel: groupLevel
            case .groups: groups
            case .hasOther: hasOther
            case .hasOtherTitle: hasOtherTitle
            case .other: other
            default: nil
            }
        }
    }

    /// The gremia working on one target, in the order they appear in overlegvormen.yaml.
    struct Group: TemplateView {
        var title: String
        var href: String
        var members: [LinkView]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .title: title
            case .href: href
            case .members: members
            default: nil
            }
        }
    }

    /// One gremium's card: what it is and how it hangs together, then what is said of it,
    /// regardless of document first and then per document that describes it.
    struct Card: TemplateView {
        var anchor: String
        /// The gremium's own page.
        var href: String
        var naam: String
        var afkorting: String?
        var soort: String?
        var niveau: String?
        var hasWerktAan: Bool
        var werktAan: [LinkView]
        var hasVerantwoording: Bool
        var legtVerantwoordingAfAan: [LinkView]
        /// Whether any of the rows above is there: an empty list is left out.
        var hasKenmerken: Bool
        var beschrijvingen: [DescriptionView]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .anchor: anchor
            case .href: href
            case .naam: naam
            case .afkorting: afkorting
            case .soort: soort
            case .niveau: niveau
            case .hasWerktAan: hasWerktAan
            case .werktAan: werktAan
            case .hasVerantwoording: hasVerantwoording
            case .legtVerantwoordingAfAan: legtVerantwoordingAfAan
            case .hasKenmerken: hasKenmerken
            case .beschrijvingen: beschrijvingen
            default: nil
            }
        }
    }

    /// What one source says of a gremium: the region's file (`bron` absent) or a document
    /// (`bron` links to it; absent too inside that document's own overview). Its names differ
    /// from the card's, so an absent field is not filled from the card around it.
    struct DescriptionView: TemplateView {
        var bron: LinkView?
        var voorzitter: String?
        var hasLeden: Bool
        var leden: [String]
        var frequentie: String?
        var voorWie: String?
        var doel: String?
        var georganiseerdDoor: String?
        var aanmelding: String?
        var contact: String?
        var hasVelden: Bool
        /// The `rol` field, rendered (`BlockHTML`).
        var rol: String?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .bron: bron
            case .voorzitter: voorzitter
            case .hasLeden: hasLeden
            case .leden: leden
            case .frequentie: frequentie
            case .voorWie: voorWie
            case .doel: doel
            case .georganiseerdDoor: georganiseerdDoor
            case .aanmelding: aanmelding
            case .contact: contact
            case .hasVelden: hasVelden
            case .rol: rol
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .idPrefix: idPrefix
        case .headingLevel: headingLevel
        case .subheadingLevel: subheadingLevel
        case .diagram: diagram
        case .hasGroups: hasGroups
        case .perDocument: perDocument
        case .parts: parts
        case .gremia: gremia
        default: nil
        }
    }
}

/// The diagram of who reports to whom: the SVG drawing (made in Swift, `GremiumDiagram`) and
/// the same relations as text, for screen readers and text browsers.
struct GremiumDiagramView: TemplateView {
    var svg: String
    var relations: [Relation]

    struct Relation: TemplateView {
        var from: LinkView
        var to: LinkView

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .from: from
            case .to: to
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .svg: svg
        case .relations: relations
        default: nil
        }
    }
}

extension RenderContext {
    /// The overview of the gremia a document describes, as HTML, for a chapter with
    /// `toon: overlegvormen` and the whole-document page.
    func overlegvormenBody(_ r: Int, document d: Int, pageURL: String, headingLevel: Int, idPrefix: String = "") -> String {
        theme.render("gremia", gremiaView(r, document: d, pageURL: pageURL, headingLevel: headingLevel, idPrefix: idPrefix))
    }

    /// The overview of a region's gremia: all of them on the overlegvormen page, or (with
    /// `document`) those that document describes, with only what it says of them.
    func gremiaView(_ r: Int, document d: Int? = nil, pageURL: String, headingLevel: Int, idPrefix: String = "") -> GremiaView {
        let region = site.regions[r]
        let shownDocument = d.map { region.documents[$0].slug }
        // A document's overview shows the gremia that belong to it and those of the region
        // as a whole (`ResolvedGremium.documents`).
        let resolved = plan.gremia[r].filter { g in d.map { g.documents.isEmpty || g.documents.contains($0) } ?? true }
        // A link to a gremium's own page.
        let pageLink = { (ref: GremiumRef, title: String) in LinkView(title: title, href: RelativeURL.href(to: self.gremiumURL(ref), from: pageURL)) }
        // What each gremium works on, as the plan resolved `werkt-aan`, in the order of the
        // list; a reference that does not resolve is left out (the check reports it).
        let worksOn = resolved.map { g in
            g.werktAan.compactMap { value -> (target: ResolvedTarget, typed: PlanTarget)? in
                guard case .target(let t, let typed) = value.resolution else { return nil }
                return (t, typed)
            }
        }

        // Per document (several only on the page of a region with more than one), the
        // gremia that belong to it (`ResolvedGremium.documents`) grouped by the target in
        // that document each works on, in the order the targets first appear; then those
        // that work on nothing in it.
        let several = d == nil && region.documents.count > 1
        let partDocuments: [Int?] = d.map { [$0] } ?? (several ? region.documents.indices.map { $0 } + [nil] : [nil])
        var parts: [GremiaView.Part] = []
        for partDocument in partDocuments {
            var groups: [GremiaView.Group] = []
            var groupTargets: [PlanTarget] = []
            var other: [LinkView] = []
            for (resolvedGremium, targets) in zip(resolved, worksOn) {
                let documents = resolvedGremium.documents
                let belongs = switch partDocument {
                case .some(let pd): documents.contains(pd) || (!several && documents.isEmpty)
                case .none: !several || documents.isEmpty
                }
                guard belongs else { continue }
                let link = pageLink(resolvedGremium.ref, plan.gremium(resolvedGremium.ref).naam)
                let here = targets.filter { target in
                    guard let pd = partDocument, several || d != nil else { return true }
                    return target.typed.document == SymbolTable.DocumentAddress(region: r, document: pd)
                }
                for (t, typed) in here {
                    if let i = groupTargets.firstIndex(of: typed) {
                        groups[i].members.append(link)
                    } else {
                        groupTargets.append(typed)
                        groups.append(GremiaView.Group(title: t.label, href: RelativeURL.href(to: t.url, fragment: t.fragment, from: pageURL), members: [link]))
                    }
                }
                if here.isEmpty { other.append(link) }
            }
            guard !groups.isEmpty || !other.isEmpty else { continue }
            let documentLink = several ? partDocument.map { LinkView(title: region.documents[$0].config.titel, href: RelativeURL.href(to: region.documents[$0].url, from: pageURL)) } : nil
            let titled = several || !groups.isEmpty
            parts.append(GremiaView.Part(
                documentLink: documentLink, isRegionWide: several && partDocument == nil,
                groupLevel: min(6, headingLevel + (several ? 2 : 1)), groups: groups, hasOther: !other.isEmpty && titled,
                hasOtherTitle: !groups.isEmpty, other: other))
        }
        let hasGroups = parts.contains { !$0.groups.isEmpty }

        let cards = zip(resolved, worksOn).map { resolvedGremium, targets in
            let g = plan.gremium(resolvedGremium.ref)
            let werktAan = targets.map { LinkView(title: $0.target.label, href: RelativeURL.href(to: $0.target.url, fragment: $0.target.fragment, from: pageURL)) }
            let reports = resolvedGremium.reportsTo.compactMap(\.gremium).map { pageLink($0, plan.gremium($0).afkorting ?? plan.gremium($0).naam) }
            var descriptions = [descriptionView(g.description, source: nil, pageURL: pageURL, context: ReferenceContext(region: r))]
            for description in resolvedGremium.descriptions {
                guard let document = description.document, shownDocument == nil || shownDocument == region.documents[document].slug else { continue }
                let source = shownDocument == nil ? LinkView(title: region.documents[document].config.titel, href: RelativeURL.href(to: region.documents[document].url, from: pageURL)) : nil
                descriptions.append(descriptionView(description.written.description, source: source, pageURL: pageURL, context: ReferenceContext(region: r, document: document)))
            }
            return GremiaView.Card(
                anchor: idPrefix + ElementID.gremium(g.id.value).value, href: RelativeURL.href(to: gremiumURL(resolvedGremium.ref), from: pageURL), naam: g.naam, afkorting: g.afkorting == g.naam ? nil : g.afkorting,
                soort: g.soort, niveau: g.niveau,
                hasWerktAan: !werktAan.isEmpty, werktAan: werktAan, hasVerantwoording: !reports.isEmpty, legtVerantwoordingAfAan: reports,
                hasKenmerken: g.soort != nil || g.niveau != nil || !werktAan.isEmpty || !reports.isEmpty,
                beschrijvingen: descriptions.filter { $0.hasVelden || $0.rol != nil })
        }

        let diagram = GremiumDiagram(resolved, in: plan)
        let diagramView = diagram.svg(idPrefix: idPrefix, href: { RelativeURL.href(to: self.gremiumURL(resolved[$0].ref), from: pageURL) }).map { svg in
            GremiumDiagramView(svg: svg, relations: diagram.edges.map { edge in
                // Named as in the drawing's boxes, so the list and the drawing read alike.
                let link = { (index: Int) in pageLink(resolved[index].ref, diagram.gremia[index].afkorting ?? diagram.gremia[index].naam) }
                return GremiumDiagramView.Relation(from: link(edge.from), to: link(edge.to))
            })
        }
        return GremiaView(idPrefix: idPrefix, headingLevel: min(6, headingLevel), subheadingLevel: min(6, headingLevel + 1),
                          diagram: diagramView, hasGroups: hasGroups, perDocument: several, parts: hasGroups ? parts : [], gremia: cards)
    }

    /// One source's fields; Markdown fields rendered as the source's own text (links resolve
    /// from the document that says it).
    func descriptionView(_ d: GremiumDescription, source: LinkView?, pageURL: String, context: ReferenceContext) -> GremiaView.DescriptionView {
        let inline = { (text: RichText?) in text.map { self.rich($0, pageURL: pageURL, context: context, inline: true) } }
        let hasVelden = d.voorzitter != nil || !d.leden.isEmpty || d.frequentie != nil || d.voorWie != nil || d.doel != nil
            || d.georganiseerdDoor != nil || d.aanmelding != nil || d.contact != nil
        return GremiaView.DescriptionView(
            bron: source, voorzitter: d.voorzitter, hasLeden: !d.leden.isEmpty, leden: d.leden, frequentie: d.frequentie,
            voorWie: inline(d.voorWie), doel: inline(d.doel), georganiseerdDoor: d.georganiseerdDoor,
            aanmelding: inline(d.aanmelding), contact: inline(d.contact), hasVelden: hasVelden,
            rol: BlockHTML.line(rich(d.rol, pageURL: pageURL, context: context)))
    }
}
