import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `volledig/`: every chapter and bijlage in order on one page, for printing and reading offline.
struct FullDocumentPage: TemplatePage {
    static let template = "volledig"

    var region: Int
    var document: Int
    var route: Route
    var reads: [PageInput]

    static func pages(of site: Site, at scope: PageScope) -> [FullDocumentPage] {
        guard case .document(let r, let d) = scope else { return [] }
        let doc = site.regions[r].documents[d]
        let address = SymbolTable.DocumentAddress(region: r, document: d)
        return [FullDocumentPage(region: r, document: d, route: .fullDocument(region: doc.regionSlug, document: doc.slug),
                                 reads: doc.pages.indices.map { .pageText(address, page: $0) } + [.mapping(address), .gremia(r)])]
    }

    func view(in context: RenderContext) -> PageView<FullDocumentView>? {
        context.fullDocumentPage(region, document)
    }
}

/// What `volledig.mustache` reads.
struct FullDocumentView: TemplateView {
    var metadata: DocumentMetadataView
    var sections: [Section]
    var contents: [ContentsItemView]
    /// The region's name and the page's own address, for the printed cover.
    var regio: String
    var adres: String

    /// A chapter or bijlage as a section of the page.
    struct Section: TemplateView {
        var id: String
        var label: String?
        var heading: String
        var doel: String?
        var body: String
        var extra: String = ""
        var footnotes: String

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .id: id
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

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .sections: sections
        case .contents: contents
        case .regio: regio
        case .adres: adres
        default: metadata.child(field)
        }
    }
}

extension RenderContext {
    func fullDocumentPage(_ r: Int, _ d: Int) -> PageView<FullDocumentView> {
        let region = site.regions[r]
        let doc = region.documents[d]
        let url = doc.fullURL
        let documentMapping = FullDocumentMapping(document: doc)
        // The sections over the cores: the whole document is the largest page a save of any of
        // its chapters or of its mapping renders again, and the preview waits for it.
        let built = Array(doc.pages.indices).parallelMap { p -> (FullDocumentView.Section, ContentsItemView) in
            let pageModel = doc.pages[p]
            let sectionID = FullDocumentMapping.sectionID(pageModel)
            let mapping = documentMapping.in(section: sectionID)
            let reference = ReferenceContext(region: r, document: d, page: p)
            let text = unplacedChapter(r, d, p)
            let placement = self.placement(pageURL: url, context: reference, full: mapping, levelShift: 1)
            var body = text.body.placed(by: placement)
            switch pageModel.frontMatter.toon?.value {
            case "begrippen": body += begrippenList(r, pageURL: url, headingLevel: 3)
            case "overlegvormen": body += overlegvormenBody(r, document: d, pageURL: url, headingLevel: 3, idPrefix: sectionID + "--")
            default: break
            }
            var section = FullDocumentView.Section(id: sectionID, heading: pageModel.titel, body: body,
                                                   footnotes: text.footnotes.section(placedBy: placement, headingLevel: 3, titleID: sectionID + "--voetnoten"))
            if let key = pageModel.entityKey, let entity = doc.entity(key) {
                section.label = (pageModel.nummer.map { $0 + " " } ?? "") + entity.label
            } else if let number = pageModel.numberLabel {
                section.label = number
            }
            if let doel = pageModel.frontMatter.doel {
                var doelRenderer = markdown(pageURL: url, context: reference, full: mapping)
                doelRenderer.render(doel.blocks)
                section.doel = doelRenderer.html
            }
            let level = pageModel.kind == .chapter ? min(3, pageModel.nummer?.split(separator: ".").count ?? 1) : 1
            return (section, ContentsItemView(title: pageModel.displayTitle, href: RelativeURL.onPage(sectionID), level: level))
        }
        let sections = built.map(\.0)
        let contents = built.map(\.1)
        let view = FullDocumentView(metadata: documentMetadata(doc, from: url, at: SymbolTable.DocumentAddress(region: r, document: d)), sections: sections, contents: contents,
                                    regio: region.config.naam, adres: basisURL + url)
        let layout = self.layout(pageURL: url, title: "Volledige versie",
                                 breadcrumbs: [(region.config.naam, region.url), (doc.config.titel, doc.url), ("Volledige versie", url)],
                                 document: (r, d), currentTOC: url)
        return PageView(main: view, layout: layout)
    }
}
