import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// The own page of a section- or list-level entity: its text, its parts, what it contributes
/// to the Hervormingsagenda ("draagt bij aan") and every page that mentions it ("genoemd in").
struct EntityPage: TemplatePage {
    static let template = "entity"

    var region: Int
    var document: Int
    var entity: Int
    var route: Route
    var reads: [PageInput]

    static func pages(of site: Site, at scope: PageScope) -> [EntityPage] {
        guard case .document(let r, let d) = scope else { return [] }
        let doc = site.regions[r].documents[d]
        let address = SymbolTable.DocumentAddress(region: r, document: d)
        var seenKeys: Set<String> = []
        return doc.entities.indices.compactMap { e in
            let entity = doc.entities[e]
            // Page-level entities are their chapter page; a repeated key has one page.
            guard seenKeys.insert(entity.key).inserted, entity.placement != .page else { return nil }
            return EntityPage(region: r, document: d, entity: e,
                              route: .entity(region: doc.regionSlug, document: doc.slug, kind: entity.kind, number: entity.number),
                              reads: [.pageText(address, page: entity.pageIndex), .mentions(MentionKey.entity(document: doc.key, entity: entity.key)),
                                     .mappingEntities(address), .gremiaWork(r)])
        }
    }

    func view(in context: RenderContext) -> PageView<EntityView>? {
        context.entityPage(region, document, entity)
    }
}

/// What `entity.mustache` reads.
struct EntityView: TemplateView {
    var label: String
    var title: String
    var chapterHref: String
    var chapterTitle: String
    var documentTitle: String
    var body: String
    var hasChildren: Bool
    var children: [LinkView]
    /// "Wie werkt hieraan", rendered.
    var wieWerkt: String
    var contributions: String
    var mentions: String
    var footnotes: String
    /// The entity it is part of, when that has a page of its own other than the chapter.
    var parent: LinkView?

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .label: label
        case .title: title
        case .chapterHref: chapterHref
        case .chapterTitle: chapterTitle
        case .documentTitle: documentTitle
        case .body: body
        case .hasChildren: hasChildren
        case .children: children
        case .wieWerkt: wieWerkt
        case .contributions: contributions
        case .mentions: mentions
        case .footnotes: footnotes
        case .parent: parent
        default: nil
        }
    }
}

extension RenderContext {
    func entityPage(_ r: Int, _ d: Int, _ e: Int) -> PageView<EntityView> {
        let region = site.regions[r]
        let doc = region.documents[d]
        let entity = doc.entities[e]
        let url = entity.url
        let chapter = doc.pages[entity.pageIndex]
        let reference = ReferenceContext(region: r, document: d, page: entity.pageIndex)
        let placement = self.placement(pageURL: url, context: reference)
        var renderer = MarkdownHTML(hooks: hooks(context: reference), placement: placement)
        renderer.knowFootnotes(in: chapter.blocks)
        if entity.placement == .listItem, case .paragraph(var first, _)? = entity.body.first {
            // The item's lead text is the title; show what follows it.
            if let breakIndex = first.firstIndex(where: { if case .softBreak = $0 { return true }; if case .lineBreak = $0 { return true }; return false }) {
                first = Array(first[(breakIndex + 1)...])
                renderer.render([Block.paragraph(first)] + entity.body.dropFirst())
            } else {
                renderer.render(Array(entity.body.dropFirst()))
            }
        } else {
            renderer.render(entity.body)
        }
        let ref = EntityRef(document: SymbolTable.DocumentAddress(region: r, document: d), index: e)
        let children = plan.children(of: ref).map { plan.entity($0) }
        var view = EntityView(
            label: entity.label, title: entity.title,
            chapterHref: RelativeURL.href(to: chapter.url, fragment: entity.anchor.isEmpty ? nil : entity.anchor, from: url),
            chapterTitle: chapter.displayTitle, documentTitle: doc.config.titel, body: renderer.html,
            hasChildren: !children.isEmpty,
            children: children.map { LinkView(title: $0.fullTitle, href: RelativeURL.href(to: $0.url, from: url)) },
            wieWerkt: whoWorksHTML(ref, pageURL: url),
            contributions: contributionsHTML(ref, pageURL: url),
            mentions: mentionsHTML(MentionKey.entity(document: doc.key, entity: entity.key), pageURL: url),
            footnotes: renderer.footnotes().section(placedBy: placement))
        if let parent = plan.parent(of: ref).map({ plan.entity($0) }), parent.url != chapter.url {
            // A parent that is its own page is named once, as the chapter.
            view.parent = LinkView(title: parent.fullTitle, href: RelativeURL.href(to: parent.url, from: url))
        }
        var crumbs: [(String, String)] = [(region.config.naam, region.url), (doc.config.titel, doc.url)]
        for ancestor in plan.ancestors(of: ref).reversed().map({ plan.entity($0) }) { crumbs.append((ancestor.label, ancestor.url)) }
        crumbs.append((entity.label, url))
        var onThisPage = entitySectionAnchors(at: entity.location)
        if !children.isEmpty { onThisPage.insert(HeadingAnchor(id: "onderdelen", level: 2, text: "Onderdelen", location: entity.location), at: 0) }
        // Previous and next: the neighbouring entities of the same kind, in document order.
        // By position: filtering the entities copied each of them for every entity page.
        let entities = doc.entities
        let siblings = entities.indices.filter { entities[$0].kind == entity.kind && entities[$0].placement != .page }
        let position = siblings.firstIndex { entities[$0].key == entity.key }
        let prev = position.flatMap { $0 > 0 ? entities[siblings[$0 - 1]] : nil }.map { ($0.fullTitle, $0.url) }
        let next = position.flatMap { $0 + 1 < siblings.count ? entities[siblings[$0 + 1]] : nil }.map { ($0.fullTitle, $0.url) }
        let layout = self.layout(pageURL: url, title: entity.fullTitle, breadcrumbs: crumbs, document: (r, d), currentTOC: chapter.url,
                                 onThisPage: onThisPage, pager: (prev, next), fullContents: false)
        return PageView(main: view, layout: layout)
    }

    /// "Draagt bij aan" as HTML (`bijdragen.mustache`), for an entity's page and the chapter
    /// page of a page-level entity.
    func contributionsHTML(_ ref: EntityRef, pageURL: String) -> String {
        theme.render("bijdragen", contributionsView(ref, pageURL: pageURL))
    }

    /// The maatregelen the entity answers (`ResolvedPlan.contributions(of:)`, one item per
    /// maatregel), then the themas whose answer names it.
    func contributionsView(_ ref: EntityRef, pageURL: String) -> ContributionsView {
        let doc = plan.document(ref.document)
        var maatregelen: [ContributionsView.Item] = []
        var themas: [ContributionsView.Item] = []
        if doc.agenda != nil, let national = site.national {
            // Contributions come in the agenda's order, a maatregel's together.
            var byMaatregel: [(id: String, ways: [AgendaContribution])] = []
            for contribution in plan.contributions(of: ref) {
                if byMaatregel.last?.id == contribution.maatregel {
                    byMaatregel[byMaatregel.count - 1].ways.append(contribution)
                } else {
                    byMaatregel.append((contribution.maatregel, [contribution]))
                }
            }
            for (id, ways) in byMaatregel {
                guard let maatregel = national.maatregel(id) else { continue }
                let direct = ways.filter { $0.way != .viaWholeColumn }
                let geheel = direct.contains(where: \.isInWholeCell)
                let viaGeheel = !geheel && direct.isEmpty ? plan.column(of: ref).map { plan.entity($0).label.lowercasedFirst } : nil
                maatregelen.append(ContributionsView.Item(
                    href: RelativeURL.href(to: doc.agendaURL, fragment: ElementID.maatregel(maatregel.id.value).value, from: pageURL),
                    id: maatregel.id.value, titel: maatregel.titel, geheel: geheel, viaGeheel: viaGeheel))
            }
            for answer in plan.themaAnswers(naming: ref) {
                guard let t = national.thema(answer.thema.value) else { continue }
                themas.append(ContributionsView.Item(href: RelativeURL.href(to: Route.nationalThema(t.id.value).url, from: pageURL),
                                                     id: t.id.value, titel: t.titel))
            }
        }
        return ContributionsView(hasAgenda: doc.agenda != nil, hasItems: !maatregelen.isEmpty || !themas.isEmpty,
                                 maatregelen: maatregelen, themas: themas)
    }
}

/// What `bijdragen.mustache` reads: what an entity contributes to in the Hervormingsagenda Jeugd.
struct ContributionsView: TemplateView {
    /// Whether the document answers the Hervormingsagenda at all, which decides what an empty
    /// list says.
    var hasAgenda: Bool
    var hasItems: Bool
    var maatregelen: [Item]
    var themas: [Item]
    var titleID = ElementID.contributions.value

    /// A maatregel or thema the entity contributes to.
    struct Item: TemplateView {
        var href: String
        var id: String
        var titel: String
        /// The answer names the entity as a whole.
        var geheel: Bool = false
        /// The entity contributes only because its whole top-level entity does: that one's
        /// label ("actielijn").
        var viaGeheel: String?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .href: href
            case .id: id
            case .titel: titel
            case .geheel: geheel
            case .viaGeheel: viaGeheel
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .hasAgenda: hasAgenda
        case .hasItems: hasItems
        case .maatregelen: maatregelen
        case .themas: themas
        case .titleID: titleID
        default: nil
        }
    }
}

extension RenderContext {
    /// "Wie werkt hieraan", "Draagt bij aan" and "Genoemd in" in the "op deze pagina" list of a page that is an
    /// entity (its own page, or the chapter that is one), with the ids their templates use.
    func entitySectionAnchors(at location: SourceLocation) -> [HeadingAnchor] {
        [HeadingAnchor(id: ElementID.whoWorks.value, level: 2, text: "Wie werkt hieraan", location: location),
         HeadingAnchor(id: ElementID.contributions.value, level: 2, text: "Draagt bij aan", location: location),
         HeadingAnchor(id: ElementID.mentions.value, level: 2, text: "Genoemd in", location: location)]
    }
}
