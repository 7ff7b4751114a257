/// One page per chapter, bijlage and verantwoording; a page-level entity's page also shows
/// what it contributes to and where it is mentioned.
extension RenderContext {
    func chapterPage(_ r: Int, _ d: Int, _ p: Int) -> OutputFile {
        let region = site.regions[r]
        let doc = region.documents[d]
        let pageModel = doc.pages[p]
        let url = pageModel.url
        let reference = ReferenceContext(region: r, document: d, page: p)
        var renderer = MarkdownHTML(hooks: hooks(pageURL: url, context: reference))
        renderer.render(pageModel.blocks)
        var body = renderer.out
        var extra = ""
        switch pageModel.frontMatter.toon?.value {
        case "begrippen": body += begrippenList(r, pageURL: url)
        case "overlegvormen": body += overlegvormenBody(r, pageURL: url, headingLevel: 2)
        default: break
        }
        var label: String?
        var heading = pageModel.displayTitle
        var onThisPage = pageModel.headings
        if let key = pageModel.entityKey, let entity = doc.entity(key) {
            label = (pageModel.nummer.map { $0 + " " } ?? "") + entity.label
            heading = pageModel.titel
            extra += contributionsHTML(entity, r: r, d: d, pageURL: url)
            extra += mentionsHTML("entiteit:" + doc.key + "/" + entity.key, pageURL: url)
            onThisPage.append(HeadingAnchor(id: "draagt-bij-aan", level: 2, text: "Draagt bij aan", location: entity.location))
            onThisPage.append(HeadingAnchor(id: "genoemd-in", level: 2, text: "Genoemd in", location: entity.location))
        } else if pageModel.kind == .bijlage, let nummer = pageModel.nummer {
            label = "Bijlage \(nummer)"
            heading = pageModel.titel
        } else if let nummer = pageModel.nummer {
            label = nummer
            heading = pageModel.titel
        }
        var context: [String: Any] = ["heading": heading, "body": body, "extra": extra, "footnotes": renderer.footnotesSection()]
        if let label { context["label"] = label }
        if let doel = pageModel.frontMatter.doel { context["doel"] = rich(doel, pageURL: url, context: reference) }
        let layout = self.layout(pageURL: url, title: pageModel.displayTitle,
                                 breadcrumbs: [(region.config.naam, region.url), (doc.config.titel, doc.url), (pageModel.displayTitle, url)],
                                 document: (r, d), currentTOC: url, onThisPage: onThisPage, pager: neighbours(doc, of: url))
        return OutputFile(path: Route.file(forURL: url), text: page("page", context, layout: layout))
    }
}
