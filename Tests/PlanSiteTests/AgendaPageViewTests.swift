import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteModel

/// The Hervormingsagenda pages' views on their own, from the bundled content: the document's
/// answers, its matrix and the national pages, before any template is involved.
@Suite struct AgendaPageViewTests {
    static func national(_ built: PageViewTests.Built) throws -> NationalAgenda {
        try #require(built.site.national)
    }

    @Test func aDocumentsAgendaViewFollowsTheNationalThemasAndMaatregelen() throws {
        let built = try PageViewTests.bundled()
        let national = try Self.national(built)
        let pages = PageRegistry.pages(of: built.site).compactMap { $0 as? DocumentAgendaPage }
        #expect(!pages.isEmpty)
        for page in pages {
            let doc = built.site.regions[page.region].documents[page.document]
            let view = try #require(page.view(in: built.context))
            // What the document answers leads, in national order; every other maatregel is listed after, once.
            let answers = built.context.plan.agenda(of: SymbolTable.DocumentAddress(region: page.region, document: page.document))
            let isAnswered = { (id: String) in answers?.answer(to: id).map { !$0.cells.isEmpty || $0.answer.toelichting != nil } ?? false }
            #expect(view.main.themas.map(\.id) == national.themas.filter { t in
                doc.agenda?.themas.contains { $0.thema.value == t.id.value } == true || t.maatregelen.contains { isAnswered($0.id.value) }
            }.map(\.id.value))
            let shown = view.main.themas.flatMap { $0.maatregelen.map(\.id) }
            let listed = view.main.onbeantwoord.flatMap { $0.maatregelen.map(\.maatregelAnchor) }
            #expect(shown == national.maatregelen.map(\.id.value).filter(isAnswered))
            #expect(listed == national.maatregelen.filter { !isAnswered($0.id.value) }.map { ElementID.maatregel($0.id.value).value })
            #expect(PageViewTests.resolve(view.main.matrixHref, from: page.route.url) == doc.matrixURL)
            for thema in view.main.themas {
                let model = try #require(national.thema(thema.id))
                #expect((thema.themaAntwoord != nil) == (doc.agenda?.themas.contains { $0.thema.value == model.id.value } == true))
                for section in thema.maatregelen {
                    #expect(section.level == 3)
                    let href = try #require(section.landelijkHref)
                    #expect(PageViewTests.resolve(href, from: page.route.url) == Route.nationalMaatregel(section.id).url)
                    if let table = section.tabel {
                        #expect(table.cellen.count == table.kolommen.count)
                        #expect(table.captionID == ElementID.maatregelTable(section.id).value)
                    }
                }
            }
            #expect(view.layout.onThisPage?.map(\.id) == view.main.themas.map(\.anchor) + (view.main.hasOnbeantwoord ? ["niet-beantwoord"] : []))
        }
    }

    /// On the whole-document page the sections stay within the document: no link to the
    /// national page, and ids carry the chapter's prefix.
    @Test func onTheWholeDocumentPageAMaatregelSectionHasNoNationalLink() throws {
        let built = try PageViewTests.bundled()
        let national = try Self.national(built)
        let page = try #require(PageRegistry.pages(of: built.site).compactMap { $0 as? DocumentAgendaPage }.first)
        let doc = built.site.regions[page.region].documents[page.document]
        let chapter = try #require(doc.pages.first)
        let full = FullDocumentMapping(document: doc).in(section: FullDocumentMapping.sectionID(chapter))
        let agenda = AgendaViews(context: built.context, region: page.region, document: page.document, pageURL: doc.fullURL, full: full)
        let maatregel = try #require(national.maatregelen.first)
        let section = agenda.maatregelSection(maatregel, headingLevel: 9)
        #expect(section.landelijkHref == nil)
        #expect(section.level == 6)
        #expect(section.sectionID == full.prefixed(ElementID.maatregel(maatregel.id.value).value))
    }

    @Test func theMatrixHasARowPerMaatregelAndOneKindOfCellPerColumn() throws {
        let built = try PageViewTests.bundled()
        let national = try Self.national(built)
        let pages = PageRegistry.pages(of: built.site).compactMap { $0 as? MatrixPage }
        #expect(!pages.isEmpty)
        for page in pages {
            let matrix = try #require(page.view(in: built.context)?.main.matrix)
            // The answered rows first, then the rest: every maatregel once, each part in national order.
            #expect((matrix.rijen + matrix.overigeRijen).map(\.id).sorted() == national.maatregelen.map(\.id.value).sorted())
            #expect(matrix.rijen.allSatisfy { $0.cellen.contains { !$0.leeg } } || matrix.overigeRijen.isEmpty)
            #expect(matrix.hasOverigeRijen == !matrix.overigeRijen.isEmpty && matrix.breedte == matrix.kolommen.count + 1)
            for row in matrix.rijen + matrix.overigeRijen {
                #expect(row.cellen.count == matrix.kolommen.count)
                for cell in row.cellen {
                    #expect([cell.leeg, cell.geheel, cell.onderdelen != nil].filter { $0 }.count == 1)
                }
            }
            #expect(matrix.rijen.contains { $0.cellen.contains { !$0.leeg } })
        }
    }

    @Test func aNationalMaatregelViewNamesEveryDocumentOnceWithIdsApart() throws {
        let built = try PageViewTests.bundled()
        let documents = built.site.regions.reduce(0) { $0 + $1.documents.count }
        let pages = PageRegistry.pages(of: built.site).compactMap { $0 as? NationalMaatregelPage }
        #expect(pages.count == (try Self.national(built)).maatregelen.count)
        for page in pages {
            let view = try #require(page.view(in: built.context)).main
            #expect(view.antwoorden.count + view.unanswered.count + view.predating.count + view.viaThema.count == documents)
            #expect(view.hasUnanswered == !view.unanswered.isEmpty && view.hasPredating == !view.predating.isEmpty && view.hasViaThema == !view.viaThema.isEmpty)
            // Centraal Gelderland's regiovisie and Noord-Veluwe's plan, both of 2021, are older than the agenda (2023).
            #expect(view.predating.map(\.documentTitel) == ["Samenwerking en Opdrachtgeverschap Jeugd, Wmo, Beschermd Wonen", "Regionale uitvoering Jeugdhulp"])
            #expect(Set(view.antwoorden.map(\.anchor)).count == view.antwoorden.count)
            let captions = view.antwoorden.compactMap { $0.tabel?.captionID }
            #expect(Set(captions).count == captions.count)
            #expect(view.genoemdIn.contains("id=\"genoemd-in\""))
        }
    }

    /// Centraal Gelderland's uitvoeringsplan answers thema 7 as a whole (its eindresultaat
    /// 1.3), not maatregel by maatregel: its pages say so, not "nog niet beantwoord".
    @Test func aDocumentThatAnswersTheWholeThemaHasNotLeftItsMaatregelenOpen() throws {
        let built = try PageViewTests.bundled()
        let page = try #require(PageRegistry.pages(of: built.site).compactMap { $0 as? NationalMaatregelPage }.first { $0.route.url.hasSuffix("maatregel-7-2/") })
        let view = try #require(page.view(in: built.context)).main
        #expect(view.viaThema.map(\.documentTitel) == ["Regionaal Uitvoeringsplan Jeugd 2025"])
        #expect(view.viaThema.first?.regio == "Centraal Gelderland")
        #expect(view.viaThema.first?.href.hasSuffix("hervormingsagenda/#thema-7") == true)
        #expect(!view.unanswered.contains { $0.documentTitel == "Regionaal Uitvoeringsplan Jeugd 2025" })
        let html = String(decoding: try #require(page.render(in: built.context)).data, as: UTF8.self)
        #expect(html.contains("<h2 id=\"via-thema\">Beantwoord voor heel thema 7</h2>"))
    }

    @Test func theNationalAgendaViewCountsEachMaatregelsAnswers() throws {
        let built = try PageViewTests.bundled()
        let view = try #require(NationalAgendaPage(reads: []).view(in: built.context)).main
        let national = try Self.national(built)
        #expect(view.themaCount == national.themas.count && view.maatregelCount == national.maatregelen.count)
        for maatregel in view.themas.flatMap(\.maatregelen) {
            #expect(maatregel.answerCount == built.context.answers(to: maatregel.id).count)
            #expect(maatregel.oneAnswer == (maatregel.answerCount == 1))
        }
    }

    struct Flag: TemplateView {
        var on: Bool

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? { child(named: field.rawValue) }
        func child(named name: String) -> (any TemplateValueConvertible)? {
            name == "on" ? on : nil
        }
    }

    /// A template may start with a line holding only a section tag, as `agenda-thema` does:
    /// the line goes, newline and all, whether the section shows or not.
    @Test func aStandaloneSectionOnATemplatesFirstLineLeavesNoNewline() throws {
        let theme = try Theme.compile(files: ["t.mustache": "{{#on}}\nja\n{{/on}}\nklaar\n"], origin: { $0 }).get()
        #expect(theme.render("t", Flag(on: true)) == "ja\nklaar\n")
        #expect(theme.render("t", Flag(on: false)) == "klaar\n")
    }
}
