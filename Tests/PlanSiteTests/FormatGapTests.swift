import Foundation
import Testing
@testable import PlanSite

/// The content format's gaps that a new editor hit with Centraal Gelderland's regiovisie
/// 2021 (issue 16), each built as a real site and read back as HTML.
@Suite struct FormatGapTests {
    static func build(_ extra: [String: String], strict: Bool = true) throws -> (root: URL, result: TestSupport.ProcessResult) {
        let root = try TestSupport.scratch()
        try TestSupport.write(TestSupport.minimalSite(extra: extra), into: root)
        let result = try TestSupport.run(["build"] + (strict ? ["--strict"] : []), in: root)
        return (root, result)
    }

    static func page(_ root: URL, _ path: String) throws -> String {
        try TestSupport.read(root.appendingPathComponent("site/" + path + "/index.html"))
    }

    /// Gap 2: "10.1 Bijlage 1" is bijlage 1, shown as printed.
    @Test func aBijlageKeepsItsNumberAsPrinted() throws {
        let (root, result) = try Self.build([
            "content/regio-a/plan-2024/bijlagen/01-lokale-visies.md": "---\ntitel: Lokale visies\nnummer: \"10.1 Bijlage 1\"\n---\n\nDe visies.\n",
            "content/regio-a/plan-2024/02-slot.md": "---\ntitel: Slot\nnummer: \"2\"\n---\n\nZie [bijlage 1](bijlage:1).\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let bijlage = try Self.page(root, "regio-a/plan-2024/lokale-visies")
        #expect(bijlage.contains("<title>10.1 Bijlage 1 Lokale visies"))
        #expect(bijlage.contains("10.1 Bijlage 1"))
        let slot = try Self.page(root, "regio-a/plan-2024/slot")
        #expect(slot.contains("href=\"../lokale-visies/\">bijlage 1</a>"))
        #expect(slot.contains(">10.1 Bijlage 1 Lokale visies</a>"), "the contents list names it as printed")
    }

    /// Gap 11: a document without period shows its year where the period would be.
    @Test func aDocumentWithoutPeriodShowsItsYear() throws {
        let (root, result) = try Self.build([
            "content/regio-a/visie-2021/document.yaml": "titel: Regiovisie Jeugd\nsoort: regiovisie\nniveaus: []\njaar: 2021\nstatus: vastgesteld\n",
            "content/regio-a/visie-2021/01-visie.md": "---\ntitel: Visie\nnummer: \"1\"\n---\n\nDe visie.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let region = try Self.page(root, "regio-a")
        #expect(region.contains(">Regiovisie Jeugd</a> <span class=\"kenmerk\">Regiovisie · 2021</span>"))
    }

    /// Gap 5: a link to a region's overlegvormen or begrippen page as a whole.
    @Test func aRegionsOverlegvormenAndBegrippenPagesHaveReferenceForms() throws {
        let (root, result) = try Self.build([
            "content/regio-a/overlegvormen.yaml": "gremia:\n  - id: rpo\n    naam: Portefeuillehoudersoverleg\n",
            "content/regio-a/begrippen.yaml": "begrippen:\n  - id: ret\n    term: Regionaal Expertteam\n",
            "content/regio-a/plan-2024/02-slot.md": "---\ntitel: Slot\nnummer: \"2\"\n---\n\nZie de [overlegvormen](overlegvormen:) en de [begrippen](begrippen:regio-a).\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let slot = try Self.page(root, "regio-a/plan-2024/slot")
        #expect(slot.contains("<a href=\"../../overlegvormen/\">overlegvormen</a>"))
        #expect(slot.contains("<a href=\"../../begrippen/\">begrippen</a>"))
    }

    @Test func aWrongRegionPageReferenceSaysWhatWorks() throws {
        let (root, result) = try Self.build([
            "content/regio-a/overlegvormen.yaml": "gremia:\n  - id: rpo\n    naam: Portefeuillehoudersoverleg\n",
            "content/regio-a/plan-2024/02-slot.md": "---\ntitel: Slot\nnummer: \"2\"\n---\n\n[a](overlegvormen:regio-b) [b](begrippen:) [c](overlegvormen:#gremium-rpo)\n",
        ], strict: false)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        #expect(result.stderr.contains("02-slot.md:6:1: fout[REF001]: de regio `regio-b` bestaat niet"), "\(result.stderr)")
        #expect(result.stderr.contains("bedoelde je `overlegvormen:regio-a`?"))
        #expect(result.stderr.contains("Regio A heeft geen begrippen.yaml, dus geen pagina `begrippen`"))
        #expect(result.stderr.contains("verwijs naar één gremium met `gremium:id`, zoals `gremium:rpo`"))
    }
}

extension FormatGapTests {
    /// Gap 3: a gremium works on a chapter as well as on a numbered plan part.
    @Test func aGremiumWorksOnAChapterOfADocument() throws {
        let (root, result) = try Self.build([
            "content/regio-a/overlegvormen.yaml": "gremia:\n  - id: rpo\n    naam: Portefeuillehoudersoverleg\n    werkt-aan: [\"hoofdstuk:1@plan-2024\"]\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = try Self.page(root, "regio-a/overlegvormen")
        #expect(page.contains("<dt>Werkt aan</dt><dd><a href=\"../plan-2024/inleiding/\">"), "\(page)")
    }

    /// Gap 12: a footnote in a heading, and bare web and e-mail addresses, work as written.
    @Test func footnotesInHeadingsAndBareAddressesWork() throws {
        let (root, result) = try Self.build([
            "content/regio-a/plan-2024/02-slot.md": "---\ntitel: Slot\nnummer: \"2\"\n---\n\n## 2.1 Bovenregionaal[^3]\n\nMeld je aan via tafel@regio-a.example of https://www.regio-a.example/tafel.\n\n[^3]: Geen formeel bestuursorgaan.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = try Self.page(root, "regio-a/plan-2024/slot")
        #expect(page.contains("Bovenregionaal<sup class=\"voetnoot-ref\"><a href=\"#voetnoot-3\""))
        #expect(page.contains("<a href=\"mailto:tafel@regio-a.example\">tafel@regio-a.example</a>"))
        #expect(page.contains("<a href=\"https://www.regio-a.example/tafel\" class=\"extern\">https://www.regio-a.example/tafel</a>"))
    }
}

/// Tables, lists and figures as plans print them (issue 16, gaps 7, 8, 9 and 10), built as
/// a site and read back.
@Suite struct PrintedFormTests {
    static let table = """
    ---
    titel: Samenwerking
    nummer: "3"
    ---

    Het schema.

    |  |  |  |
    |---|---|---|
    | **Lokaal** | - Algemene voorzieningen<br>- Lokaal gecontracteerde voorzieningen | Lokaal beleid |
    | **Regionaal** | Regionale contracten | ^^ |
    | **Landelijk** | Landelijke programma's | << |

    Tabel: De verschillende samenwerkingsniveaus

    | Afspraak | Geregeld in |
    |---|---|
    | 1 | |

    Tabel: Norm voor opdrachtgeverschap

    """

    @Test func captionsAreNumberedPerDocumentAndRowHeadersListsAndMergedCellsShow() throws {
        let (root, result) = try FormatGapTests.build([
            "content/regio-a/plan-2024/03-samenwerking.md": Self.table,
            "content/regio-a/plan-2024/bijlagen/01-tabel.md": "---\ntitel: Tabel\nnummer: \"1\"\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nTabel: Nog een\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = try FormatGapTests.page(root, "regio-a/plan-2024/samenwerking")
        #expect(page.contains("<caption><span class=\"tabel-nummer\">Tabel 1:</span> De verschillende samenwerkingsniveaus</caption>"))
        #expect(page.contains("<caption><span class=\"tabel-nummer\">Tabel 2:</span> Norm voor opdrachtgeverschap</caption>"))
        #expect(page.contains("aria-label=\"Tabel 1: De verschillende samenwerkingsniveaus\""))
        #expect(!page.contains("<p>Tabel:"))
        // No header row: the header's cells are empty.
        #expect(!page.contains("<thead><tr><th scope=\"col\"></th>"))
        #expect(page.contains("<tr><th scope=\"row\">Lokaal</th><td><ul><li>Algemene voorzieningen</li><li>Lokaal gecontracteerde voorzieningen</li></ul></td><td rowspan=\"2\">Lokaal beleid</td></tr>"))
        // `^^` joins "Lokaal beleid" to the row below; `<<` joins a cell to the one on its left.
        #expect(page.contains("<td>Lokaal beleid</td>") == false && page.contains("<td rowspan=\"2\">Lokaal beleid</td>"))
        #expect(page.contains("<tr><th scope=\"row\">Regionaal</th><td>Regionale contracten</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">Landelijk</th><td colspan=\"2\">Landelijke programma's</td></tr>"))
        // The bijlage comes after chapter 3 in the document: its table is the third.
        let bijlage = try FormatGapTests.page(root, "regio-a/plan-2024/tabel")
        #expect(bijlage.contains("<span class=\"tabel-nummer\">Tabel 3:</span> Nog een"))
        // An empty cell stays an empty cell.
        #expect(page.contains("<tr><td>1</td><td></td></tr>"))
    }

    /// A table caption's links are links like any other: checked (a wrong one is an error at
    /// its line and column, and the build writes nothing), resolved and shown as links.
    /// Before the walk over a page's inlines was one (`Block.forEachInlines`), they were
    /// neither checked nor shown.
    @Test func aCaptionsLinksAreCheckedAndShown() throws {
        let slot = "---\ntitel: Slot\nnummer: \"2\"\n---\n\nHet slot.\n"
        let table = "---\ntitel: Tabel\nnummer: \"3\"\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        let (broken, failed) = try FormatGapTests.build([
            "content/regio-a/plan-2024/02-slot.md": slot,
            "content/regio-a/plan-2024/03-tabel.md": table + "Tabel: Zie [het slot](02-slot.md) en [actielijn 9](actielijn:9.9).\n",
        ])
        defer { try? FileManager.default.removeItem(at: broken) }
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("content/regio-a/plan-2024/03-tabel.md:10:38: fout[REF001]"), "\(failed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: broken.appendingPathComponent("site/regio-a/plan-2024/tabel/index.html").path))

        let (root, result) = try FormatGapTests.build([
            "content/regio-a/plan-2024/02-slot.md": slot,
            "content/regio-a/plan-2024/03-tabel.md": table + "Tabel: Zie [het slot](02-slot.md).\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = try FormatGapTests.page(root, "regio-a/plan-2024/tabel")
        #expect(page.contains("<caption><span class=\"tabel-nummer\">Tabel 1:</span> Zie <a href=\"../slot/\">het slot</a>.</caption>"), "\(page)")
    }

    @Test func letteredLinesAfterANumberedItemAreALetteredList() throws {
        let (root, result) = try FormatGapTests.build([
            "content/regio-a/plan-2024/03-toegang.md": "---\ntitel: Toegang\nnummer: \"3\"\n---\n\n3. Eerste route.\n4. De toegang:\n   a. via het lokale team;\n   b. via de huisarts\n   en de jeugdarts;\n   c. via de GI.\n\nEen zin over a. en b. blijft een zin.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = try FormatGapTests.page(root, "regio-a/plan-2024/toegang")
        #expect(page.contains("<li>De toegang:<ol type=\"a\">\n<li>via het lokale team;</li>\n<li>via de huisarts\nen de jeugdarts;</li>\n<li>via de GI.</li>\n</ol>\n</li>"), "\(page)")
        #expect(page.contains("<p>Een zin over a. en b. blijft een zin.</p>"))
    }

    @Test func aLostFigureAndALostFootnoteTextAreMarkedWhereTheyStood() throws {
        let (root, result) = try FormatGapTests.build([
            "content/regio-a/plan-2024/03-bestuur.md": "---\ntitel: Bestuur\nnummer: \"3\"\n---\n\nZie het schema hieronder.[^4]\n\n![Schema van de overleggen in de regio](ontbreekt)\n\n[^4]: (ontbreekt in de bron)\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = try FormatGapTests.page(root, "regio-a/plan-2024/bestuur")
        #expect(page.contains("<span class=\"figuur-ontbreekt\" role=\"note\">Afbeelding ontbreekt in de bron: Schema van de overleggen in de regio</span>"))
        #expect(!page.contains("src=\"ontbreekt\""))
        #expect(page.contains(">4</a></sup>") && page.contains("(ontbreekt in de bron)"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site/regio-a/plan-2024/bestuur/ontbreekt").path))
    }
}

/// Raw values and system phrases that ended up in pages (issue 16, "content that reads like
/// a publication").
@Suite struct PublicationTextTests {
    @Test func levelNamesArePluralisedAsDutch() {
        #expect(DutchPlural.of("Themalijn") == "themalijnen")
        #expect(DutchPlural.of("Opgave") == "opgaven")
        #expect(DutchPlural.of("Eindresultaat") == "eindresultaten")
        #expect(DutchPlural.of("Inspanning") == "inspanningen")
        #expect(DutchPlural.of("Thema") == "thema's")
        #expect(DutchPlural.of("Ambitie") == "ambities")
        #expect(DutchPlural.of("Doel") == "doelen")
        #expect(DutchPlural.of("Actielijn") == "actielijnen")
    }

    @Test func aGremiumWhoseAbbreviationIsItsNameIsNamedOnce() throws {
        let (root, result) = try FormatGapTests.build([
            "content/regio-a/overlegvormen.yaml": "gremia:\n  - id: g7\n    naam: G7\n    afkorting: G7\n  - id: rpo\n    naam: Portefeuillehoudersoverleg\n    afkorting: RPO\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = try FormatGapTests.page(root, "regio-a/overlegvormen")
        #expect(!page.contains("G7 (G7)") && page.contains(">G7</a></h3>"))
        #expect(page.contains(">Portefeuillehoudersoverleg (RPO)</a></h3>"))
        // And on its own page.
        let own = try FormatGapTests.page(root, "regio-a/overlegvormen/g7")
        #expect(own.contains("<h1>G7</h1>"))
    }

    /// The verantwoording is about the edition, not a chapter of the plan.
    @Test func theVerantwoordingIsListedApartAsAboutThisEdition() throws {
        let (root, result) = try FormatGapTests.build([
            "content/regio-a/plan-2024/verantwoording.md": "---\ntitel: Verantwoording\n---\n\nHoe deze uitgave is gemaakt.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let document = try FormatGapTests.page(root, "regio-a/plan-2024")
        let plan = try #require(document.range(of: "<ol class=\"inhoudsopgave\">"))
        let planEnd = try #require(document.range(of: "</ol>", range: plan.upperBound..<document.endIndex))
        #expect(!document[plan.upperBound..<planEnd.lowerBound].contains("Verantwoording"))
        #expect(document[plan.upperBound..<planEnd.lowerBound].contains("1 Inleiding"))
        let about = try #require(document.range(of: "<h2 id=\"over-deze-uitgave\">Over deze uitgave</h2>"))
        #expect(document[about.upperBound...].contains(">Verantwoording</a>"))
        // The contents beside every page of the document: the same split.
        let chapter = try FormatGapTests.page(root, "regio-a/plan-2024/inleiding")
        let over = try #require(chapter.range(of: "<p class=\"document-inhoud-over\">Over deze uitgave</p>"))
        #expect(chapter[over.upperBound...].contains(">Verantwoording</a>"))
        #expect(!chapter[..<over.lowerBound].contains(">Verantwoording</a>"))
    }

    /// A document older than the Hervormingsagenda did not fail to answer it.
    @Test func aDocumentFromBeforeTheAgendaIsListedAsSuchNotAsUnanswered() throws {
        let (root, result) = try FormatGapTests.build([
            "content/hervormingsagenda/hervormingsagenda.yaml": "periode: { van: 2023, tot: 2028 }\nthemas:\n  - id: \"1\"\n    titel: Reikwijdte\n    maatregelen:\n      - id: \"1.1\"\n        titel: Een dialoog\n",
            "content/regio-a/visie-2021/document.yaml": "titel: Regiovisie\nsoort: regiovisie\nniveaus: []\njaar: 2021\nstatus: vastgesteld\n",
            "content/regio-a/visie-2021/01-visie.md": "---\ntitel: Visie\nnummer: \"1\"\n---\n\nDe visie.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = try FormatGapTests.page(root, "hervormingsagenda/maatregel-1-1")
        let unanswered = try #require(page.range(of: "<h2 id=\"niet-beantwoord\">Nog niet beantwoord door</h2>"))
        let before = try #require(page.range(of: "<h2 id=\"van-voor-de-hervormingsagenda\">Van vóór de Hervormingsagenda</h2>"))
        #expect(page[unanswered.upperBound..<before.lowerBound].contains(">Plan 2024</a>"))
        #expect(!page[unanswered.upperBound..<before.lowerBound].contains(">Regiovisie</a>"))
        #expect(page[before.upperBound...].contains(">Regiovisie</a> van Regio A (2021)</li>"))
    }
}
