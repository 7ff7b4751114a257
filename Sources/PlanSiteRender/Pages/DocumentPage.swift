import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `<regio>/<document>/`: the document's metadata and contents.
struct DocumentPage: TemplatePage {
    static let template = "document"

    var region: Int
    var document: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [DocumentPage] {
        guard case .document(let r, let d) = scope else { return [] }
        let doc = site.regions[r].documents[d]
        return [DocumentPage(region: r, document: d, route: .document(region: doc.regionSlug, document: doc.slug))]
    }

    var reads: [PageInput] { [] }

    func view(in context: RenderContext) -> PageView<DocumentView>? {
        let region = context.site.regions[self.region]
        let doc = region.documents[document]
        let url = route.url
        let entries = context.tableOfContents(doc, from: url, current: nil)
        let view = DocumentView(
            metadata: context.documentMetadata(doc, from: url, at: SymbolTable.DocumentAddress(region: self.region, document: document)),
            contents: entries.filter { !$0.isAbout }.map { ContentsItemView(title: $0.title, href: $0.href, level: $0.level) },
            about: entries.filter(\.isAbout).map { ContentsItemView(title: $0.title, href: $0.href, level: $0.level) },
            volledigHref: RelativeURL.href(to: doc.fullURL, from: url),
            hasAgenda: doc.agenda != nil, agendaHref: RelativeURL.href(to: doc.agendaURL, from: url))
        let next = doc.pages.first.map { ($0.displayTitle, $0.url) }
        let layout = context.layout(pageURL: url, title: doc.config.titel,
                                    breadcrumbs: [(region.config.naam, region.url), (doc.config.titel, url)],
                                    document: (self.region, document), currentTOC: nil, pager: (nil, next),
                                    description: MetaDescription.shortened(
                                        "\(DocumentStatusView.line(doc.config)). Inhoud: " + entries.filter { $0.level == 1 }.map(\.title).joined(separator: ", ")))
        return PageView(main: view, layout: layout)
    }
}

/// What `document.mustache` reads.
struct DocumentView: TemplateView {
    var metadata: DocumentMetadataView
    var contents: [ContentsItemView]
    /// "Over deze uitgave": the verantwoording, apart from the plan's own chapters.
    var about: [ContentsItemView]
    var volledigHref: String
    var hasAgenda: Bool
    var agendaHref: String
    var contentsID = ElementID.documentContents.value

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .contentsID: contentsID
        case .contents: contents
        case .about: about
        case .volledigHref: volledigHref
        case .hasAgenda: hasAgenda
        case .agendaHref: agendaHref
        default: metadata.child(field)
        }
    }
}

/// A document's metadata, as the document page and the whole-document page show it.
struct DocumentMetadataView: TemplateView {
    var titel: String
    var soortLabel: String
    var status: String
    var vastgesteld: [Adoption]
    var periode: String?
    var versie: String?
    var bronPDF: String?
    var vervangt: LinkView?
    var vervangenDoor: LinkView?

    struct Adoption: TemplateView {
        var door: String
        var datum: String?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .door: door
            case .datum: datum
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .titel: titel
        case .soortLabel: soortLabel
        case .status: status
        case .vastgesteld: vastgesteld
        case .periode: periode
        case .versie: versie
        case .bronPDF: bronPDF
        case .vervangt: vervangt
        case .vervangenDoor: vervangenDoor
        default: nil
        }
    }
}

extension RenderContext {
    /// - Parameter address: where the document is, for its `vervangt` and `vervangen-door`
    ///   as the plan resolved them (`ResolvedPlan.documentLinks`).
    func documentMetadata(_ doc: Document, from url: String, at address: SymbolTable.DocumentAddress) -> DocumentMetadataView {
        let links = plan.documentLinks[address.region][address.document]
        let link = { [self] (resolved: ResolvedDocumentLinks.Link?) -> LinkView? in
            guard let target = resolved?.document.map({ plan.document($0) }) else { return nil }
            return LinkView(title: target.config.titel, href: RelativeURL.href(to: target.url, from: url))
        }
        return DocumentMetadataView(
            titel: doc.config.titel, soortLabel: doc.config.soortLabel, status: doc.config.status,
            vastgesteld: doc.config.vastgesteld.map { DocumentMetadataView.Adoption(door: $0.door ?? "onbekend", datum: $0.datum.map(DutchDate.format)) },
            periode: doc.config.periodeText, versie: doc.config.versie, bronPDF: doc.config.bronPDF,
            vervangt: link(links.vervangt), vervangenDoor: link(links.vervangenDoor))
    }
}

/// "2024-03-14" → "14 maart 2024"; anything else is shown as written.
enum DutchDate {
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

    static func format(_ text: String) -> String {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d) else { return text }
        return "\(d) \(months[m - 1]) \(y)"
    }
}
