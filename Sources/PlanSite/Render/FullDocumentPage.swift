/// `volledig/`: every chapter and bijlage in order on one page, for printing and reading offline.
extension RenderContext {
    func fullDocumentPage(_ r: Int, _ d: Int) -> OutputFile {
        let region = site.regions[r]
        let doc = region.documents[d]
        let url = doc.fullURL
        var sections: [[String: Any]] = []
        var contents: [[String: Any]] = []
        let documentMapping = FullDocumentMapping(document: doc)
        for (p, pageModel) in doc.pages.enumerated() {
            let sectionID = FullDocumentMapping.sectionID(pageModel)
            let mapping = documentMapping.in(section: sectionID)
            var renderer = MarkdownHTML(hooks: hooks(pageURL: url, context: ReferenceContext(region: r, document: d, page: p), full: mapping, levelShift: 1))
            renderer.render(pageModel.blocks)
            var body = renderer.out
            switch pageModel.frontMatter.toon?.value {
            case "begrippen": body += begrippenList(r, pageURL: url)
            case "overlegvormen": body += overlegvormenBody(r, pageURL: url, headingLevel: 3, idPrefix: sectionID + "--")
            default: break
            }
            var section: [String: Any] = ["id": sectionID, "body": body, "extra": "",
                                          "footnotes": renderer.footnotesSection(headingLevel: 3, titleID: sectionID + "--voetnoten")]
            if let key = pageModel.entityKey, let entity = doc.entity(key) {
                section["label"] = (pageModel.nummer.map { $0 + " " } ?? "") + entity.label
                section["heading"] = pageModel.titel
            } else if let nummer = pageModel.nummer {
                section["label"] = pageModel.kind == .bijlage ? "Bijlage \(nummer)" : nummer
                section["heading"] = pageModel.titel
            } else {
                section["heading"] = pageModel.titel
            }
            if let doel = pageModel.frontMatter.doel {
                var doelRenderer = MarkdownHTML(hooks: hooks(pageURL: url, context: ReferenceContext(region: r, document: d, page: p), full: mapping))
                doelRenderer.render(doel.blocks)
                section["doel"] = doelRenderer.out
            }
            sections.append(section)
            let level = pageModel.kind == .chapter ? min(3, pageModel.nummer?.split(separator: ".").count ?? 1) : 1
            contents.append(["title": pageModel.displayTitle, "href": "#" + sectionID, "level": level])
        }
        var context = documentMetadata(doc, from: url, region: r)
        context["sections"] = sections
        context["contents"] = contents
        let layout = self.layout(pageURL: url, title: doc.config.titel + " (volledige versie)",
                                 breadcrumbs: [(region.config.naam, region.url), (doc.config.titel, doc.url), ("Volledige versie", url)],
                                 document: (r, d), currentTOC: url)
        return OutputFile(path: Route.file(forURL: url), text: page("volledig", context, layout: layout))
    }
}
