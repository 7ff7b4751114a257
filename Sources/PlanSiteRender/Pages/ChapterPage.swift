import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// One page per chapter, bijlage and verantwoording; a page-level entity's page also shows
/// what it contributes to and where it is mentioned.
struct ChapterPage: TemplatePage {
    static let template = "page"

    var region: Int
    var document: Int
    var page: Int
    var route: Route
    var reads: [PageInput]

    static func pages(of site: Site, at scope: PageScope) -> [ChapterPage] {
        guard case .document(let r, let d) = scope else { return [] }
        let doc = site.regions[r].documents[d]
        let address = SymbolTable.DocumentAddress(region: r, document: d)
        return doc.pages.indices.map { p in
            let page = doc.pages[p]
            var reads: [PageInput] = [.pageText(address, page: p)]
            // An entity's page shows who works on it and what it contributes; a `toon:
            // overlegvormen` page the gremia; a heading `{#ha-thema:N}` the document's answers
            // to the thema and its maatregelen, and who works on them.
            if let key = page.entityKey {
                reads += [.mentions(MentionKey.entity(document: doc.key, entity: key)), .mappingEntities(address), .gremiaWork(r)]
            }
            if page.frontMatter.toon?.value == "overlegvormen" { reads.append(.gremia(r)) }
            for thema in site.national?.themas ?? [] where page.ids.contains(ElementID.entity(key: "ha-thema:" + thema.id.value)) {
                reads += [.mappingThema(address, thema: thema.id.value), .gremiaWork(r)]
                reads += thema.maatregelen.map { .mappingAnswer(address, maatregel: $0.id.value) }
            }
            return ChapterPage(region: r, document: d, page: p, route: page.route, reads: reads)
        }
    }

    func view(in context: RenderContext) -> PageView<ChapterView>? {
        let (r, d, p) = (region, document, page)
        let region = context.site.regions[r]
        let doc = region.documents[d]
        let pageModel = doc.pages[p]
        let url = pageModel.url
        let reference = ReferenceContext(region: r, document: d, page: p)
        let text = context.unplacedChapter(r, d, p)
        let placement = context.placement(pageURL: url, context: reference)
        // `body` and `footnotes` are the file's text alone (the template's `tekst`); what
        // plansite shows beside it, a `toon` list included, goes in `extra`.
        let body = text.body.placed(by: placement)
        var extra = ""
        switch pageModel.frontMatter.toon?.value {
        case "begrippen": extra += context.begrippenList(r, pageURL: url)
        case "overlegvormen": extra += context.overlegvormenBody(r, document: d, pageURL: url, headingLevel: 2)
        default: break
        }
        var label: String?
        var heading = pageModel.displayTitle
        var onThisPage = pageModel.headings
        if let key = pageModel.entityKey, let e = doc.entities.firstIndex(where: { $0.key == key }) {
            let entity = doc.entities[e]
            label = (pageModel.nummer.map { $0 + " " } ?? "") + entity.label
            heading = pageModel.titel
            let ref = EntityRef(document: SymbolTable.DocumentAddress(region: r, document: d), index: e)
            extra += context.whoWorksHTML(ref, pageURL: url)
            extra += context.contributionsHTML(ref, pageURL: url)
            extra += context.mentionsHTML(MentionKey.entity(document: doc.key, entity: entity.key), pageURL: url)
            onThisPage += context.entitySectionAnchors(at: entity.location)
        } else if let number = pageModel.numberLabel {
            label = number
            heading = pageModel.titel
        }
        let view = ChapterView(label: label, heading: heading,
                               doel: pageModel.frontMatter.doel.map { context.rich($0, pageURL: url, context: reference) },
                               body: body, extra: extra, footnotes: text.footnotes.section(placedBy: placement))
        let layout = context.layout(pageURL: url, title: pageModel.displayTitle,
                                    breadcrumbs: [(region.config.naam, region.url), (doc.config.titel, doc.url), (pageModel.displayTitle, url)],
                                    document: (r, d), currentTOC: url, onThisPage: onThisPage, pager: context.neighbours(doc, of: url))
        return PageView(main: view, layout: layout)
    }
}

/// What `page.mustache` reads.
struct ChapterView: TemplateView {
    var label: String?
    var heading: String
    var doel: String?
    var body: String
    var extra: String
    var footnotes: String

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .label: label
        case .heading: heading
        case .doel: doel
        case .body: body
        case .extra: extra
        case .footnotes: footnotes
        default: nil
        }
    }
}
