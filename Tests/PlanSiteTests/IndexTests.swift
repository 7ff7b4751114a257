import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The index stage through a whole check run: heading ids, entities and their URLs, and
/// the structural diagnostics (ENT, MD002) reported where the structure is discovered.
@Suite struct IndexTests {
    struct Indexed {
        var site: Site
        var diagnostics: [Diagnostic]
        var content: String

        func document(_ key: String) throws -> Document {
            let address = try #require(site.symbols.documents[key])
            return site.regions[address.region].documents[address.document]
        }

        func page(_ path: String) throws -> Page {
            let address = try #require(site.symbols.pagesByPath[path])
            return site.regions[address.region].documents[address.document].pages[address.page]
        }

        func at(_ path: String, _ line: Int, _ column: Int) -> PlanSite.SourceLocation {
            PlanSite.SourceLocation(file: content + "/" + path, line: line, column: column)
        }

        func only(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
    }

    static func index(_ extra: [String: String]) throws -> Indexed {
        let (outcome, root) = try TestSupport.check(TestSupport.minimalSite(extra: extra))
        defer { try? FileManager.default.removeItem(at: root) }
        let site = try #require(outcome.site)
        return Indexed(site: site, diagnostics: outcome.diagnostics, content: SiteBuild.displayPath(root.appendingPathComponent("content").path))
    }

    static let plan = "regio-a/plan-2024/"

    /// A clean document: page-level, section-level entities; a second document with three
    /// levels and list-item entities.
    static let entitySite: [String: String] = [
        "content/regio-a/plan-2024/02-opgave-1.md": """
            ---
            titel: Jeugdhulp dichtbij
            nummer: "2"
            id: opgave:1
            ---

            Inleidende tekst.

            ### Praktijkondersteuners jeugd {#actielijn:1.1}

            Tekst over de POH.

            ### Samen met het onderwijs {#actielijn:1.2}

            Tekst over scholen.
            """,
        "content/regio-a/plan-2024/03-opgaven.md": """
            ---
            titel: Overige opgaven
            nummer: "3"
            ---

            ## Passende hulp {#opgave:2}

            ### Kleinschalig wonen {#actielijn:2.1}

            ## Derde opgave {#opgave:3}

            ## Kwetsbare gezinnen {#opgave:4}

            Tekst van opgave 4.

            ### Het ontlasten van kwetsbare gezinnen {#actielijn:4.1}

            Tekst van actielijn 4.1.

            ## Slot

            Na de opgaven.
            """,
        "content/regio-a/uitvoeringsplan-2025/document.yaml": "titel: Uitvoeringsplan 2025\nsoort: uitvoeringsplan\nniveaus: [Themalijn, Eindresultaat, Inspanning]\n",
        "content/regio-a/uitvoeringsplan-2025/01-themalijn-1.md": """
            ---
            titel: Bestaanszekerheid
            nummer: "1"
            id: themalijn:1
            ---

            ## Eindresultaat a {#eindresultaat:1.1}

            - {#inspanning:1.1.1} Verkennen van de inkoop
            - {#inspanning:1.1.2} Tweede inspanning
              met een tweede regel
            """,
    ]

    // MARK: - Heading ids

    @Test func headingIDs() throws {
        let indexed = try Self.index([
            "content/regio-a/plan-2024/01-inleiding.md": """
                ---
                titel: Inleiding
                nummer: "1"
                ---

                ## Residentiële zorg

                ### Wat gaat goed

                ### Wat gaat goed

                ## Terugblik {#eerder}

                ## Eerder

                ## 2.3 Cliënt & (ouders)
                """,
        ])
        #expect(indexed.diagnostics.isEmpty)
        let page = try indexed.page(Self.plan + "01-inleiding.md")
        #expect(page.headings.map(\.id) == ["residentiele-zorg", "wat-gaat-goed", "wat-gaat-goed-2", "eerder", "eerder-2", "2-3-client-ouders"])
        #expect(page.headings.map(\.text) == ["Residentiële zorg", "Wat gaat goed", "Wat gaat goed", "Terugblik", "Eerder", "2.3 Cliënt & (ouders)"])
        #expect(page.headings.map(\.location) == [6, 8, 10, 12, 14, 16].map { indexed.at(Self.plan + "01-inleiding.md", $0, 1) })
        // The ids are also set on the blocks that render them.
        let blockIDs = page.blocks.compactMap { block -> String? in
            if case .heading(let h) = block { return h.id } else { return nil }
        }
        #expect(blockIDs == page.headings.map(\.id))
        #expect(page.ids == Set(page.headings.map(\.id)))
    }

    @Test func explicitIDClashIsReportedNotRenamed() throws {
        let indexed = try Self.index([
            "content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\n## Eerste {#anker}\n\n## Tweede {#anker}\n",
        ])
        let page = try indexed.page(Self.plan + "01-inleiding.md")
        #expect(page.headings.map(\.id) == ["anker", "anker"])
        #expect(indexed.diagnostics.map(\.code) == [.markdownHeadingAttribute])
        #expect(indexed.diagnostics.first?.location == indexed.at(Self.plan + "01-inleiding.md", 8, 1))
        #expect(indexed.diagnostics.first?.message == "het anker `anker` komt al eerder op deze pagina voor")
    }

    /// An explicit id wins even over an automatic slug earlier on the page.
    @Test func explicitIDWinsOverAnEarlierAutomaticSlug() throws {
        let indexed = try Self.index([
            "content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\n## Terugblik\n\n## Eerder {#terugblik}\n",
        ])
        #expect(indexed.diagnostics.isEmpty, "\(indexed.diagnostics)")
        let page = try indexed.page(Self.plan + "01-inleiding.md")
        #expect(page.headings.map(\.id) == ["terugblik-2", "terugblik"])
    }

    @Test func footnoteIDsAreReservedBeforeHeadings() throws {
        let indexed = try Self.index([
            "content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\n## Voetnoot 1\n\nTekst.[^1]\n\n[^1]: De noot.\n",
        ])
        #expect(indexed.diagnostics.isEmpty)
        let page = try indexed.page(Self.plan + "01-inleiding.md")
        #expect(page.headings.map(\.id) == ["voetnoot-1-2"])
        #expect(page.ids == ["voetnoot-1", "voetnoot-1-2"])
    }

    @Test func footnoteLabelsAreUniquePerDocument() throws {
        let indexed = try Self.index([
            "content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\nTekst.[^1]\n\n[^1]: Eerste.\n",
            "content/regio-a/plan-2024/02-vervolg.md": "---\ntitel: Vervolg\nnummer: \"2\"\n---\n\nMeer.[^1]\n\n[^1]: Tweede.\n",
        ])
        #expect(indexed.diagnostics.map(\.code) == [.fnDuplicate])
        let d = try #require(indexed.diagnostics.first)
        #expect(d.location == indexed.at(Self.plan + "02-vervolg.md", 8, 1))
        #expect(d.message == "voetnoot [^1] is in dit document al eerder gedefinieerd")
        #expect(d.hint == "de eerste staat in \(indexed.at(Self.plan + "01-inleiding.md", 8, 1)); geef deze voetnoot een eigen nummer")
    }

    // MARK: - Entities

    @Test func entitiesAreDiscoveredWithURLs() throws {
        let indexed = try Self.index(Self.entitySite)
        #expect(indexed.diagnostics.isEmpty)
        let document = try indexed.document("regio-a/plan-2024")
        #expect(document.entities.map(\.key) == ["opgave:1", "actielijn:1.1", "actielijn:1.2", "opgave:2", "actielijn:2.1", "opgave:3", "opgave:4", "actielijn:4.1"])
        #expect(document.entities.map(\.url) == [
            "regio-a/plan-2024/opgave-1/", "regio-a/plan-2024/actielijn-1-1/", "regio-a/plan-2024/actielijn-1-2/",
            "regio-a/plan-2024/opgave-2/", "regio-a/plan-2024/actielijn-2-1/", "regio-a/plan-2024/opgave-3/",
            "regio-a/plan-2024/opgave-4/", "regio-a/plan-2024/actielijn-4-1/",
        ])
        #expect(document.entities.map(\.anchor) == ["", "actielijn-1-1", "actielijn-1-2", "opgave-2", "actielijn-2-1", "opgave-3", "opgave-4", "actielijn-4-1"])
        #expect(document.entities.map(\.level) == [1, 2, 2, 1, 2, 1, 1, 2])
        #expect(document.entities.map(\.placement) == [.page, .section, .section, .section, .section, .section, .section, .section])
    }

    @Test func pageLevelEntity() throws {
        let indexed = try Self.index(Self.entitySite)
        let document = try indexed.document("regio-a/plan-2024")
        let opgave = try #require(document.entity("opgave:1"))
        #expect(opgave.kind == "opgave")
        #expect(opgave.niveau == "Opgave")
        #expect(opgave.number == "1")
        #expect(opgave.title == "Jeugdhulp dichtbij")
        #expect(opgave.fullTitle == "Opgave 1 Jeugdhulp dichtbij")
        #expect(opgave.location == indexed.at(Self.plan + "02-opgave-1.md", 4, 5))
        // The page itself moves to the entity URL.
        let page = try indexed.page(Self.plan + "02-opgave-1.md")
        #expect(page.url == "regio-a/plan-2024/opgave-1/")
        #expect(page.entityKey == "opgave:1")
        #expect(page.slug == "opgave-1")
    }

    @Test func sectionLevelEntity() throws {
        let indexed = try Self.index(Self.entitySite)
        let document = try indexed.document("regio-a/plan-2024")
        let actielijn = try #require(document.entity("actielijn:4.1"))
        #expect(actielijn.title == "Het ontlasten van kwetsbare gezinnen")
        #expect(actielijn.label == "Actielijn 4.1")
        #expect(actielijn.fullTitle == "Actielijn 4.1 Het ontlasten van kwetsbare gezinnen")
        #expect(actielijn.placement == .section)
        #expect(actielijn.location == indexed.at(Self.plan + "03-opgaven.md", 16, 1))
        #expect(actielijn.body.count == 1)
        if case .paragraph(let inlines, _)? = actielijn.body.first {
            #expect(inlines.plainText == "Tekst van actielijn 4.1.")
        } else {
            Issue.record("expected the section body")
        }
        // The section of opgave 4 runs up to the next heading of the same level.
        let opgave = try #require(document.entity("opgave:4"))
        #expect(opgave.body.count == 3)
        #expect(opgave.location == indexed.at(Self.plan + "03-opgaven.md", 12, 1))
        let page = try indexed.page(Self.plan + "03-opgaven.md")
        #expect(page.url == "regio-a/plan-2024/opgaven/")
        #expect(page.headings.map(\.id) == ["opgave-2", "actielijn-2-1", "opgave-3", "opgave-4", "actielijn-4-1", "slot"])
    }

    @Test func listItemEntities() throws {
        let indexed = try Self.index(Self.entitySite)
        let document = try indexed.document("regio-a/uitvoeringsplan-2025")
        #expect(document.kinds == ["themalijn", "eindresultaat", "inspanning"])
        #expect(document.entities.map(\.key) == ["themalijn:1", "eindresultaat:1.1", "inspanning:1.1.1", "inspanning:1.1.2"])
        #expect(document.entities.map(\.placement) == [.page, .section, .listItem, .listItem])
        let first = try #require(document.entity("inspanning:1.1.1"))
        #expect(first.title == "Verkennen van de inkoop")
        #expect(first.url == "regio-a/uitvoeringsplan-2025/inspanning-1-1-1/")
        #expect(first.anchor == "inspanning-1-1-1")
        #expect(first.level == 3)
        #expect(first.location == indexed.at("regio-a/uitvoeringsplan-2025/01-themalijn-1.md", 9, 3))
        // A list item's title is its first line.
        #expect(document.entity("inspanning:1.1.2")?.title == "Tweede inspanning")
        let page = try indexed.page("regio-a/uitvoeringsplan-2025/01-themalijn-1.md")
        guard case .list(let list)? = page.blocks.last else {
            Issue.record("expected a list")
            return
        }
        #expect(list.items.map(\.id) == ["inspanning-1-1-1", "inspanning-1-1-2"])
        #expect(page.ids.isSuperset(of: ["eindresultaat-1-1", "inspanning-1-1-1", "inspanning-1-1-2"]))
    }

    // MARK: - ENT diagnostics

    @Test func duplicateEntityIsReportedAtSecondDefinition() throws {
        let file = Self.plan + "02-opgave-1.md"
        let indexed = try Self.index([
            "content/" + file: "---\ntitel: Opgave\nnummer: \"2\"\nid: opgave:1\n---\n\n### Eerste {#actielijn:1.1}\n\n### Tweede {#actielijn:1.1}\n",
        ])
        let duplicates = indexed.only(.entityDuplicate)
        #expect(duplicates.count == 1)
        let d = try #require(duplicates.first)
        #expect(d.severity == .error)
        #expect(d.location == indexed.at(file, 9, 1))
        #expect(d.message == "Actielijn 1.1 is al gedefinieerd in \(indexed.at(file, 7, 1))")
        #expect(d.hint == "geef deze actielijn een eigen nummer of verwijder een van beide")
        // Never renamed: both keep the contract's id.
        let page = try indexed.page(file)
        #expect(page.headings.map(\.id) == ["actielijn-1-1", "actielijn-1-1"])
        // One problem, one diagnostic: the repeated anchor is not reported again as MD004.
        #expect(indexed.only(.markdownHeadingAttribute).isEmpty)
    }

    @Test func duplicatePageEntityAcrossFiles() throws {
        let indexed = try Self.index([
            "content/regio-a/plan-2024/02-opgave-1.md": "---\ntitel: Een\nnummer: \"2\"\nid: opgave:1\n---\n\nTekst.\n",
            "content/regio-a/plan-2024/03-opgave-1-bis.md": "---\ntitel: Nog een\nnummer: \"3\"\nid: opgave:1\n---\n\nTekst.\n",
        ])
        let duplicates = indexed.only(.entityDuplicate)
        #expect(duplicates.map(\.location) == [indexed.at(Self.plan + "03-opgave-1-bis.md", 4, 5)])
        #expect(duplicates.first?.message == "Opgave 1 is al gedefinieerd in \(indexed.at(Self.plan + "02-opgave-1.md", 4, 5))")
        #expect(indexed.only(.markdownDuplicateSlug).map(\.location) == [indexed.at(Self.plan + "03-opgave-1-bis.md", 1, 1)])
    }

    @Test func childOutsideItsParentPage() throws {
        let indexed = try Self.index([
            "content/regio-a/plan-2024/02-opgave-1.md": "---\ntitel: Een\nnummer: \"2\"\nid: opgave:1\n---\n\n### Verdwaald {#actielijn:2.1}\n",
            "content/regio-a/plan-2024/03-opgave-2.md": "---\ntitel: Twee\nnummer: \"3\"\nid: opgave:2\n---\n\nTekst.\n",
        ])
        let outside = indexed.only(.entityOutsideParent)
        #expect(outside.count == 1)
        let d = try #require(outside.first)
        #expect(d.severity == .error)
        #expect(d.location == indexed.at(Self.plan + "02-opgave-1.md", 7, 1))
        #expect(d.message == "Actielijn 2.1 staat buiten Opgave 2, waar het bij hoort")
        #expect(d.hint == "zet de definitie in het bestand of de sectie van Opgave 2 (\(indexed.at(Self.plan + "03-opgave-2.md", 4, 5)))")
    }

    @Test func childAfterItsParentsSectionEnds() throws {
        let file = Self.plan + "02-opgaven.md"
        let indexed = try Self.index([
            "content/" + file: "---\ntitel: Opgaven\nnummer: \"2\"\n---\n\n## Een {#opgave:1}\n\n### Binnen {#actielijn:1.1}\n\n## Iets anders\n\n### Buiten {#actielijn:1.2}\n",
        ])
        #expect(indexed.only(.entityOutsideParent).map(\.location) == [indexed.at(file, 12, 1)])
        #expect(indexed.only(.entityOutsideParent).first?.message == "Actielijn 1.2 staat buiten Opgave 1, waar het bij hoort")
    }

    @Test func childWhoseParentDoesNotExist() throws {
        let file = Self.plan + "02-opgave-1.md"
        let indexed = try Self.index([
            "content/" + file: "---\ntitel: Een\nnummer: \"2\"\nid: opgave:1\n---\n\n### Eerste {#actielijn:1.1}\n\n### Zwerver {#actielijn:7.1}\n",
        ])
        let outside = indexed.only(.entityOutsideParent)
        #expect(outside.map(\.location) == [indexed.at(file, 9, 1)])
        #expect(outside.first?.message == "Actielijn 7.1 hoort bij opgave 7, maar die bestaat niet")
        #expect(outside.first?.hint == "definieer eerst opgave:7, of controleer het nummer")
    }

    @Test func numberingGapIsAWarning() throws {
        let file = Self.plan + "02-opgave-1.md"
        let indexed = try Self.index([
            "content/" + file: "---\ntitel: Een\nnummer: \"2\"\nid: opgave:1\n---\n\n### A {#actielijn:1.1}\n\n### C {#actielijn:1.3}\n",
        ])
        #expect(indexed.diagnostics.map(\.code) == [.entityNumberingGap])
        let d = try #require(indexed.diagnostics.first)
        #expect(d.severity == .warning)
        #expect(d.location == indexed.at(file, 9, 1))
        #expect(d.message == "Actielijn 1.3 volgt op 1.1; nummer 1.2 ontbreekt")
        #expect(d.hint == "controleer de nummering")
    }

    @Test func numberingGapOfSeveralNumbers() throws {
        let file = Self.plan + "02-opgave-1.md"
        let indexed = try Self.index([
            "content/" + file: "---\ntitel: Een\nnummer: \"2\"\nid: opgave:1\n---\n\n- {#actielijn:1.1} A\n- {#actielijn:1.4} D\n",
        ])
        #expect(indexed.diagnostics.map(\.code) == [.entityNumberingGap])
        #expect(indexed.diagnostics.first?.location == indexed.at(file, 8, 3))
        #expect(indexed.diagnostics.first?.message == "Actielijn 1.4 volgt op 1.1; nummers 1.2, 1.3 ontbreken")
    }

    @Test func numberingDisorderAndMissingFirst() throws {
        let file = Self.plan + "02-opgaven.md"
        let indexed = try Self.index([
            "content/" + file: "---\ntitel: Opgaven\nnummer: \"2\"\n---\n\n## Twee {#opgave:2}\n\n### B {#actielijn:2.2}\n\n### A {#actielijn:2.1}\n",
        ])
        let gaps = indexed.only(.entityNumberingGap)
        #expect(gaps.map(\.location) == [indexed.at(file, 6, 1), indexed.at(file, 8, 1), indexed.at(file, 10, 1)])
        #expect(gaps.map(\.message) == [
            "Opgave 2 volgt op het begin; nummer 1 ontbreekt",
            "Actielijn 2.2 volgt op het begin; nummer 2.1 ontbreekt",
            "Actielijn 2.1 staat na 2.2; nummers horen op te lopen",
        ])
        #expect(gaps.allSatisfy { $0.severity == .warning })
    }

    @Test func unknownKindInHeading() throws {
        let file = Self.plan + "02-opgave-1.md"
        let indexed = try Self.index([
            "content/" + file: "---\ntitel: Een\nnummer: \"2\"\nid: opgave:1\n---\n\n### A {#actie:1.1}\n",
        ])
        #expect(indexed.diagnostics.map(\.code) == [.entityUnknownKind])
        let d = try #require(indexed.diagnostics.first)
        #expect(d.severity == .error)
        #expect(d.location == indexed.at(file, 7, 1))
        #expect(d.message == "`actie` is geen niveau van dit document")
        #expect(d.hint == "niveaus van dit document: opgave, actielijn")
        #expect(try indexed.document("regio-a/plan-2024").entities.map(\.key) == ["opgave:1"])
    }

    @Test func wrongLevelInHeadingAndListItem() throws {
        let file = Self.plan + "02-opgave-1.md"
        let indexed = try Self.index([
            "content/" + file: "---\ntitel: Een\nnummer: \"2\"\nid: opgave:1\n---\n\n### A {#actielijn:1}\n\n- {#actielijn:1.x} B\n",
        ])
        let wrong = indexed.only(.entityUnknownKind)
        #expect(wrong.map(\.location) == [indexed.at(file, 7, 1), indexed.at(file, 9, 3)])
        #expect(wrong.map(\.message) == [
            "actielijn is niveau 2 van dit document en heeft een nummer met 2 delen, maar `1` heeft er 1",
            "`1.x` is geen geldig nummer voor actielijn",
        ])
        #expect(wrong.first?.hint == "bijvoorbeeld `actielijn:1.2`")
    }

    @Test func unknownKindInFrontMatterID() throws {
        let file = Self.plan + "02-een.md"
        let indexed = try Self.index([
            "content/" + file: "---\ntitel: Een\nnummer: \"2\"\nid: opgve:1\n---\n\nTekst.\n",
        ])
        #expect(indexed.diagnostics.map(\.code) == [.entityUnknownKind])
        #expect(indexed.diagnostics.first?.location == indexed.at(file, 4, 5))
        #expect(indexed.diagnostics.first?.message == "`opgve` is geen niveau van dit document")
        #expect(indexed.diagnostics.first?.hint == "bedoelde je `opgave`?")
        // Without a valid id the page keeps its slug URL.
        #expect(try indexed.page(file).url == "regio-a/plan-2024/een/")
        #expect(try indexed.document("regio-a/plan-2024").entities.isEmpty)
    }

    // MARK: - Reserved slugs

    @Test func reservedChapterSlugs() throws {
        let indexed = try Self.index([
            "content/regio-a/plan-2024/02-matrix.md": "---\ntitel: Matrix\nnummer: \"2\"\n---\n\nTekst.\n",
            "content/regio-a/plan-2024/03-opgave-3.md": "---\ntitel: Zonder id\nnummer: \"3\"\n---\n\nTekst.\n",
            "content/regio-a/plan-2024/hervormingsagenda.md": "---\ntitel: Eigen agenda\n---\n\nTekst.\n",
        ])
        let reserved = indexed.only(.markdownReservedSlug)
        #expect(reserved.map(\.location) == [
            indexed.at(Self.plan + "02-matrix.md", 1, 1),
            indexed.at(Self.plan + "03-opgave-3.md", 1, 1),
            indexed.at(Self.plan + "hervormingsagenda.md", 1, 1),
        ])
        #expect(reserved.map(\.message) == [
            "de naam `matrix` is gereserveerd voor pagina's die plansite zelf maakt",
            "de naam `opgave-3` is gereserveerd voor pagina's die plansite zelf maakt",
            "de naam `hervormingsagenda` is gereserveerd voor pagina's die plansite zelf maakt",
        ])
        #expect(reserved.first?.hint == "hernoem het bestand, bijvoorbeeld `02-matrix-tekst.md`")
        #expect(reserved.allSatisfy { $0.severity == .error })
        #expect(indexed.diagnostics.count == 3)
    }

    @Test func entityPageMayUseEntityFileName() throws {
        let indexed = try Self.index([
            "content/regio-a/plan-2024/03-1-opgave-1.md": "---\ntitel: Een\nnummer: \"3.1\"\nid: opgave:1\n---\n\nTekst.\n",
            "content/regio-a/plan-2024/verantwoording.md": "---\ntitel: Verantwoording\n---\n\nBronnen.\n",
        ])
        #expect(indexed.diagnostics.isEmpty)
        #expect(try indexed.page(Self.plan + "03-1-opgave-1.md").url == "regio-a/plan-2024/opgave-1/")
        #expect(try indexed.page(Self.plan + "verantwoording.md").url == "regio-a/plan-2024/verantwoording/")
        #expect(try indexed.document("regio-a/plan-2024").pages.map(\.slug) == ["inleiding", "opgave-1", "verantwoording"])
    }
}
