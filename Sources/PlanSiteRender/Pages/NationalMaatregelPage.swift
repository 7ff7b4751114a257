import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `hervormingsagenda/maatregel-<id>/`: a national maatregel with every document's answer
/// side by side, the documents that do not answer it yet, and where the site mentions it.
struct NationalMaatregelPage: TemplatePage {
    static let template = "hervormingsagenda-maatregel"

    var maatregel: String
    var route: Route { .nationalMaatregel(maatregel) }
    var reads: [PageInput]

    static func pages(of site: Site, at scope: PageScope) -> [NationalMaatregelPage] {
        guard scope == .national, let national = site.national else { return [] }
        // Each document's answer to this maatregel, and who works on it.
        let mappings = site.documentsWithMappings
        let work = site.regions.indices.map(PageInput.gremiaWork)
        return national.maatregelen.map { maatregel in
            let id = maatregel.id.value
            return NationalMaatregelPage(maatregel: id, reads: [.mentions(MentionKey.national(kind: "maatregel", id: id))]
                                            + mappings.map { .mappingAnswer($0, maatregel: id) } + work)
        }
    }

    func view(in context: RenderContext) -> PageView<NationalMaatregelView>? {
        guard let maatregel = context.site.national?.maatregel(maatregel) else { return nil }
        let mid = maatregel.id.value
        let url = route.url
        let view = context.nationalMaatregelView(maatregel, pageURL: url)
        let layout = context.layout(pageURL: url, title: "Maatregel \(mid)",
                                    breadcrumbs: [("Hervormingsagenda Jeugd", Route.nationalAgenda.url),
                                                  ("Thema \(maatregel.themaID)", Route.nationalThema(maatregel.themaID).url), ("Maatregel \(mid)", url)])
        return PageView(main: view, layout: layout)
    }
}

/// What `hervormingsagenda-maatregel.mustache` reads.
struct NationalMaatregelView: TemplateView {
    var title: String
    var themaID: String
    var themaHref: String
    /// The maatregel's text, blocks without their last newline (`BlockHTML`).
    var tekst: String?
    /// The documents that answer with a table or a toelichting, in site order.
    var antwoorden: [Answer]
    /// The documents that do not: those that answer other maatregelen, then those without a
    /// `hervormingsagenda.yaml`.
    var unanswered: [Unanswered]
    var hasUnanswered: Bool
    /// Documents from before the agenda (by their period or year), listed as such.
    var predating: [Unanswered]
    var hasPredating: Bool
    /// The documents that answer the maatregel's whole thema instead of the maatregel: they
    /// have not left it open, so they are not among `unanswered`.
    var viaThema: [ThemaAnswered]
    var hasViaThema: Bool
    /// The "genoemd in" section, HTML.
    var genoemdIn: String

    struct Answer: TemplateView {
        var anchor: String
        var regio: String
        /// The maatregel on the document's own Hervormingsagenda page.
        var href: String
        var documentTitel: String
        /// The document's toelichting, blocks without their last newline (`BlockHTML`).
        var toelichting: String?
        var tabel: AnswerTableView?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .anchor: anchor
            case .regio: regio
            case .href: href
            case .documentTitel: documentTitel
            case .toelichting: toelichting
            case .tabel: tabel
            default: nil
            }
        }
    }

    struct ThemaAnswered: TemplateView {
        /// The thema on the document's own Hervormingsagenda page.
        var href: String
        var documentTitel: String
        var regio: String

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .href: href
            case .documentTitel: documentTitel
            case .regio: regio
            default: nil
            }
        }
    }

    struct Unanswered: TemplateView {
        var href: String
        var documentTitel: String
        var regio: String
        /// The document has no `hervormingsagenda.yaml` at all.
        var withoutAgenda: Bool
        /// Its period or year, shown for a document from before the agenda.
        var documentJaar: String?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .href: href
            case .documentTitel: documentTitel
            case .regio: regio
            case .withoutAgenda: withoutAgenda
            case .documentJaar: documentJaar
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .themaID: themaID
        case .themaHref: themaHref
        case .tekst: tekst
        case .antwoorden: antwoorden
        case .unanswered: unanswered
        case .predating: predating
        case .hasPredating: hasPredating
        case .hasUnanswered: hasUnanswered
        case .viaThema: viaThema
        case .hasViaThema: hasViaThema
        case .genoemdIn: genoemdIn
        default: nil
        }
    }
}

extension RenderContext {
    func nationalMaatregelView(_ maatregel: NationalAgenda.Maatregel, pageURL url: String) -> NationalMaatregelView {
        let mid = maatregel.id.value
        let answered = answers(to: mid)
        let withoutAnswer = answeringDocuments.filter { address in !answered.contains { $0.agenda.document == address } }
        // A document that answers the maatregel's thema as a whole has answered it there.
        let viaThema = withoutAnswer.filter { plan.agenda(of: $0)?.themaAnswer(to: maatregel.themaID) != nil }
        let notAnswered = withoutAnswer.filter { !viaThema.contains($0) }.map { plan.document($0) }
        let regionName = { [self] (doc: Document) in site.regions.first { $0.slug == doc.regionSlug }?.config.naam ?? doc.regionSlug }
        // A document older than the agenda has not failed to answer it.
        let predates = { [self] (doc: Document) in site.national?.predates(doc.config) == true }
        let unanswered = (notAnswered + silentDocuments).filter { !predates($0) }
        let predating = (notAnswered + silentDocuments).filter(predates)
        let listed = { (doc: Document) in
            NationalMaatregelView.Unanswered(href: RelativeURL.href(to: doc.url, from: url), documentTitel: doc.config.titel,
                                             regio: regionName(doc),
                                             withoutAgenda: doc.agenda == nil, documentJaar: doc.config.periodeText)
        }
        return NationalMaatregelView(
            title: "Maatregel \(mid) \(maatregel.titel)", themaID: maatregel.themaID,
            themaHref: RelativeURL.shortest(to: Route.nationalThema(maatregel.themaID).url, from: url),
            tekst: BlockHTML.line(rich(maatregel.tekst, pageURL: url, context: ReferenceContext.national)),
            antwoorden: answered.map { resolved, answer in
                let address = resolved.document
                let doc = plan.document(address)
                let agenda = AgendaViews(context: self, region: address.region, document: address.document, pageURL: url)
                return NationalMaatregelView.Answer(
                    anchor: ElementID.documentAnswer(region: doc.regionSlug, document: doc.slug).value, regio: site.regions[address.region].config.naam,
                    href: RelativeURL.href(to: doc.agendaURL, fragment: ElementID.maatregel(mid).value, from: url), documentTitel: doc.config.titel,
                    toelichting: BlockHTML.line(agenda.rich(answer.answer.toelichting)),
                    tabel: answer.cells.isEmpty ? nil : agenda.table(maatregel, answer, captionID: .documentMaatregelTable(mid, region: doc.regionSlug, document: doc.slug)))
            },
            unanswered: unanswered.map(listed),
            hasUnanswered: !unanswered.isEmpty,
            predating: predating.map(listed),
            hasPredating: !predating.isEmpty,
            viaThema: viaThema.map { address in
                let doc = plan.document(address)
                return NationalMaatregelView.ThemaAnswered(
                    href: RelativeURL.href(to: doc.agendaURL, fragment: ElementID.thema(maatregel.themaID).value, from: url),
                    documentTitel: doc.config.titel, regio: regionName(doc))
            },
            hasViaThema: !viaThema.isEmpty,
            genoemdIn: mentionsHTML(MentionKey.national(kind: "maatregel", id: mid), pageURL: url))
    }
}
