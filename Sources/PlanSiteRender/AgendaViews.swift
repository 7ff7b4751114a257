import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// The Hervormingsagenda as one document answers it, as views for the theme's templates: per
/// maatregel its section with the printed plans' table (`agenda-maatregel`, `agenda-tabel`:
/// one column per top-level entity), per thema the document's answer
/// (`agenda-thema-antwoord`), and the matrix of all maatregelen × columns (`agenda-matrix`).
/// The document's Hervormingsagenda page, its matrix, the national pages and a chapter's
/// `{#ha-thema:N}` heading all show these, so each is made here once.
///
/// The views nest inside each other and inside the pages' views, and Mustache looks a name
/// the innermost view does not have up in the views around it. An optional field is
/// therefore named so no view around it has the same name: an absent `tabel` must not find
/// another maatregel's.
struct AgendaViews {
    let context: RenderContext
    let region: Int
    let document: Int
    let pageURL: String
    var full: FullDocumentMapping?

    init(context: RenderContext, region: Int, document: Int, pageURL: String, full: FullDocumentMapping? = nil) {
        self.context = context
        self.region = region
        self.document = document
        self.pageURL = pageURL
        self.full = full
    }

    var doc: Document { context.site.regions[region].documents[document] }
    var address: SymbolTable.DocumentAddress { SymbolTable.DocumentAddress(region: region, document: document) }
    var reference: ReferenceContext { ReferenceContext(region: region, document: document) }
    /// The document's agenda as the index stage resolved it.
    var agenda: ResolvedAgenda? { context.plan.agenda(of: address) }

    /// An id as it is on this page: on the whole-document page prefixed with its chapter.
    func id(_ raw: String) -> String { HTMLPlacement.anchorID(raw, in: full) }

    func answer(_ maatregel: String) -> ResolvedAnswer? {
        agenda?.answer(to: maatregel)
    }

    /// Whether the document says anything on the maatregel: a contribution or a toelichting
    /// (`{}` names it without answering, HA009).
    func isAnswered(_ maatregel: String) -> Bool {
        guard let answer = answer(maatregel) else { return false }
        return !answer.cells.isEmpty || answer.answer.toelichting != nil
    }

    /// The columns of every table (`ResolvedPlan.columns(of:)`).
    var columns: [(ref: EntityRef, entity: Entity)] {
        context.plan.columns(of: address).map { ($0, context.plan.entity($0)) }
    }

    /// Where an entity's link points from this page, as in the Markdown around the views.
    func href(_ entity: Entity) -> String { HTMLPlacement.href(entity, from: pageURL, in: full) }

    /// A Markdown field of the document's `hervormingsagenda.yaml`, its references resolved
    /// from the document.
    func rich(_ text: RichText?, inline: Bool = false) -> String {
        guard let text else { return "" }
        var renderer = context.markdown(pageURL: pageURL, context: reference, full: full)
        if inline, let inlines = text.inlineContent { renderer.render(inlines); return renderer.html }
        renderer.render(text.blocks)
        return renderer.html
    }

    /// What a chapter shows after a `{#ha-thema:N}` heading (template `agenda-thema`): the
    /// Markdown renderer's `agenda` hook inserts it into the chapter's HTML.
    func themaAnswers(_ themaID: String, headingLevel: Int) -> String {
        guard let thema = context.site.national?.thema(themaID) else { return "" }
        let view = ThemaAgendaView(
            themaTekst: BlockHTML.line(rich(thema.tekst)),
            themaAntwoord: agenda?.themaAnswer(to: themaID).map(themaAnswer),
            maatregelen: thema.maatregelen.map { maatregelSection($0, headingLevel: headingLevel) })
        return context.theme.render("agenda-thema", view)
    }

    func themaAnswer(_ answer: ResolvedThemaAnswer) -> ThemaAnswerView {
        let entities = answer.onderdelen.compactMap(\.entity).map { context.plan.entity($0) }
        return ThemaAnswerView(
            toelichting: rich(answer.answer.toelichting),
            werkt: entities.enumerated().map { i, entity in
                ThemaAnswerView.Worker(title: entity.fullTitle, href: href(entity), isLast: i == entities.count - 1)
            },
            hasWerkt: !entities.isEmpty)
    }

    func maatregelSection(_ maatregel: NationalAgenda.Maatregel, headingLevel: Int) -> MaatregelSectionView {
        let mid = maatregel.id.value
        let answer = self.answer(mid)
        return MaatregelSectionView(
            sectionID: id(ElementID.maatregel(mid).value), level: min(6, headingLevel), id: mid, titel: maatregel.titel,
            tekst: BlockHTML.line(rich(maatregel.tekst)),
            // The whole-document page is for printing: it stays within the document.
            landelijkHref: full == nil ? RelativeURL.href(to: Route.nationalMaatregel(mid).url, from: pageURL) : nil,
            toelichting: BlockHTML.line(rich(answer?.answer.toelichting)),
            tabel: answer.flatMap { $0.cells.isEmpty ? nil : table(maatregel, $0) },
            wieWerkt: BlockHTML.line(context.whoWorksHTML(answering: mid, in: address, pageURL: pageURL, headingLevel: headingLevel + 1, entityHref: href)))
    }

    /// `captionID` replaces the usual one where several documents' tables share a page.
    func table(_ maatregel: NationalAgenda.Maatregel, _ answer: ResolvedAnswer, captionID: ElementID? = nil) -> AnswerTableView {
        let mid = maatregel.id.value
        let columns = self.columns
        // The header row and each column's block show the same head: made once (a maatregel's
        // national page holds a table for every document that answers it).
        let heads = columns.map { AnswerTableView.Head(title: $0.entity.label, href: href($0.entity), titel: $0.entity.title) }
        return AnswerTableView(
            captionID: id((captionID ?? ElementID.maatregelTable(mid)).value),
            niveau: columns.first?.entity.niveau.lowercased() ?? "onderdeel", maatregel: mid,
            kolommen: heads,
            cellen: zip(heads, columns).map { head, column in
                AnswerTableView.Column(kop: head, bijdragen: answer.cells(in: column.ref).map(contribution))
            })
    }

    func contribution(_ resolved: ResolvedCell) -> AnswerTableView.Contribution {
        let cell = resolved.cell
        let geheel = resolved.isWholeColumn ? resolved.column.map { context.plan.entity($0) } : nil
        let parts = resolved.onderdelen.map { onderdeel in
            AnswerTableView.Part(
                onderdeel: onderdeel.entity.map { context.plan.entity($0) }.map { LinkView(title: $0.label, href: href($0)) },
                nummer: onderdeel.written.value,
                uitleg: cell.perOnderdeel.first { $0.onderdeel.value == onderdeel.written.value }.map { rich($0.tekst, inline: true) })
        }
        return AnswerTableView.Contribution(
            geheel: geheel.map { LinkView(title: $0.label.lowercasedFirst, href: href($0)) },
            hasOnderdelen: !parts.isEmpty, onderdelen: parts,
            celTekst: cell.tekst.map { rich($0, inline: true) })
    }

    /// All maatregelen × columns: which column answers which maatregel.
    func matrix() -> MatrixView? {
        guard let national = context.site.national else { return nil }
        let columns = self.columns
        let agendaURL = doc.agendaURL
        let rows = national.maatregelen.map { maatregel in
                let mid = maatregel.id.value
                let answer = self.answer(mid)
                return MatrixView.Row(
                    href: RelativeURL.href(to: agendaURL, fragment: ElementID.maatregel(mid).value, from: pageURL), id: mid, titel: maatregel.titel,
                    cellen: columns.map { column in
                        let cells = answer?.cells(in: column.ref) ?? []
                        let numbers = cells.flatMap { $0.onderdelen.map(\.written.value) }
                        let geheel = cells.contains(where: \.isWholeColumn)
                        return MatrixView.Cell(leeg: cells.isEmpty, geheel: !cells.isEmpty && geheel,
                                               onderdelen: cells.isEmpty || geheel ? nil : (numbers.isEmpty ? "ja" : numbers.uniqued().joined(separator: ", ")))
                    })
        }
        // What the document answers first; the rest after, so 45 rows with one filled do not
        // bury the one.
        let answered = rows.filter { isAnswered($0.id) }
        let rest = rows.filter { !isAnswered($0.id) }
        return MatrixView(
            niveau: columns.first.map { DutchPlural.of($0.entity.niveau) } ?? "onderdelen",
            kolommen: columns.map { LinkView(title: $0.entity.label, href: href($0.entity)) },
            rijen: answered, hasOverigeRijen: !rest.isEmpty, overigeRijen: rest, breedte: columns.count + 1)
    }
}

/// What `agenda-thema.mustache` reads: the thema's text, the document's answer to it and its
/// maatregelen, shown after a chapter's `{#ha-thema:N}` heading.
struct ThemaAgendaView: TemplateView {
    /// The thema's text, blocks without their last newline (`BlockHTML`).
    var themaTekst: String?
    var themaAntwoord: ThemaAnswerView?
    var maatregelen: [MaatregelSectionView]

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .themaTekst: themaTekst
        case .themaAntwoord: themaAntwoord
        case .maatregelen: maatregelen
        default: nil
        }
    }
}

/// What `agenda-thema-antwoord.mustache` reads: a document's answer to a thema.
struct ThemaAnswerView: TemplateView {
    /// The rendered toelichting as it is ("" when there is none): the template writes it
    /// straight after the opening tag.
    var toelichting: String
    /// The entities that work on the thema.
    var werkt: [Worker]
    var hasWerkt: Bool

    /// An entity working on the thema; all but the last are followed by a separator.
    struct Worker: TemplateView {
        var title: String
        var href: String
        var isLast: Bool

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .title: title
            case .href: href
            case .isLast: isLast
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .toelichting: toelichting
        case .werkt: werkt
        case .hasWerkt: hasWerkt
        default: nil
        }
    }
}

/// What `agenda-maatregel.mustache` reads: one maatregel as a document answers it.
struct MaatregelSectionView: TemplateView {
    var sectionID: String
    /// The heading's level, one below the thema's.
    var level: Int
    var id: String
    var titel: String
    /// The national text of the maatregel, blocks without their last newline (`BlockHTML`).
    var tekst: String?
    /// The national maatregel page; none on the whole-document page.
    var landelijkHref: String?
    /// The document's toelichting, blocks without their last newline (`BlockHTML`).
    var toelichting: String?
    /// The document's table, when it names any contribution.
    var tabel: AnswerTableView?
    /// "Wie werkt hieraan": the gremia working on what the table names, rendered (`BlockHTML`);
    /// absent when none does.
    var wieWerkt: String?

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .sectionID: sectionID
        case .level: level
        case .id: id
        case .titel: titel
        case .tekst: tekst
        case .landelijkHref: landelijkHref
        case .toelichting: toelichting
        case .tabel: tabel
        case .wieWerkt: wieWerkt
        default: nil
        }
    }
}

/// What `agenda-tabel.mustache` reads: a document's contributions to one maatregel, one
/// column per top-level entity.
struct AnswerTableView: TemplateView {
    var captionID: String
    /// The level of the columns, lower case ("opgave").
    var niveau: String
    var maatregel: String
    var kolommen: [Head]
    /// One per column, in the order of `kolommen`.
    var cellen: [Column]

    /// A column's head: the entity's number ("Opgave 1") linked, and its title, which the
    /// header shows shortened and a phone shows above the column's block, where the table
    /// stacks into one block per column.
    struct Head: TemplateView {
        var title: String
        var href: String
        var titel: String

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .title: title
            case .href: href
            case .titel: titel
            default: nil
            }
        }
    }

    /// What one column says: each of the document's cells for it.
    struct Column: TemplateView {
        var kop: Head
        var bijdragen: [Contribution]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .kop: kop
            case .bijdragen: bijdragen
            default: nil
            }
        }
    }

    /// One cell of `hervormingsagenda.yaml`: the whole entity, some of its parts, a text.
    struct Contribution: TemplateView {
        /// The whole top-level entity, its title lower-cased for "Hele …".
        var geheel: LinkView?
        var hasOnderdelen: Bool
        var onderdelen: [Part]
        /// The cell's own text, inline HTML.
        var celTekst: String?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .geheel: geheel
            case .hasOnderdelen: hasOnderdelen
            case .onderdelen: onderdelen
            case .celTekst: celTekst
            default: nil
            }
        }
    }

    /// A part named in a cell: linked when the document has it, else its number as written.
    struct Part: TemplateView {
        var onderdeel: LinkView?
        var nummer: String
        /// What the cell says about this part, inline HTML.
        var uitleg: String?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .onderdeel: onderdeel
            case .nummer: nummer
            case .uitleg: uitleg
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .captionID: captionID
        case .niveau: niveau
        case .maatregel: maatregel
        case .kolommen: kolommen
        case .cellen: cellen
        default: nil
        }
    }
}

/// What `agenda-matrix.mustache` reads: every maatregel against every top-level entity.
struct MatrixView: TemplateView {
    /// The level of the columns in the plural, lower case ("opgaven"), for the caption.
    var niveau: String
    var kolommen: [LinkView]
    /// The maatregelen the document answers, in national order.
    var rijen: [Row]
    /// The others, after them under a row heading of their own.
    var hasOverigeRijen: Bool
    var overigeRijen: [Row]
    /// Columns in all, for that row heading's span.
    var breedte: Int

    struct Row: TemplateView {
        /// The maatregel's section on the document's Hervormingsagenda page.
        var href: String
        var id: String
        var titel: String
        var cellen: [Cell]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .href: href
            case .id: id
            case .titel: titel
            case .cellen: cellen
            default: nil
            }
        }
    }

    /// One of three: no contribution, the whole entity, or the parts that contribute ("ja"
    /// when a cell names none).
    struct Cell: TemplateView {
        var leeg: Bool
        var geheel: Bool
        var onderdelen: String?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .leeg: leeg
            case .geheel: geheel
            case .onderdelen: onderdelen
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .niveau: niveau
        case .kolommen: kolommen
        case .rijen: rijen
        case .hasOverigeRijen: hasOverigeRijen
        case .overigeRijen: overigeRijen
        case .breedte: breedte
        default: nil
        }
    }
}

extension RenderContext {
    /// Documents that publish a mapping, in site order.
    var answeringDocuments: [SymbolTable.DocumentAddress] {
        plan.agendas.map(\.document)
    }

    var silentDocuments: [Document] {
        site.regions.flatMap { $0.documents.filter { $0.agenda == nil } }
    }

    /// The documents that answer a maatregel with cells or a toelichting (`ResolvedPlan.answers(to:)`).
    func answers(to maatregel: String) -> [(agenda: ResolvedAgenda, answer: ResolvedAnswer)] {
        plan.answers(to: maatregel)
    }
}
