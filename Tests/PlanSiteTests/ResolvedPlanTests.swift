import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The resolved plan, built by the index stage alone: from the bundled content (real
/// answers of the real documents) and from a small content tree held in memory.
@Suite struct ResolvedPlanTests {
    // MARK: - Building

    /// Loads and indexes a content folder with the real loader and indexer.
    static func plan(root: String, fileSystem: ContentFileSystem = .disk) throws -> ResolvedPlan {
        let (loaded, _) = ContentLoader(root: root, displayRoot: "content", fileSystem: fileSystem).load()
        let site = try #require(SiteIndexer.index(loaded).0)
        return ResolvedPlan(site: site)
    }

    /// The bundled content, indexed once for the suite.
    static let bundled: Result<ResolvedPlan, any Error> = Result { try plan(root: TestSupport.bundledContent.path) }

    static let rvn = "rijk-van-nijmegen/regioprogramma-2023-2028"

    static func entity(_ key: String, _ plan: ResolvedPlan, in document: String = rvn) throws -> EntityRef {
        try #require(plan.entity(key, inDocument: document))
    }

    static func gremium(_ id: String, region: String, _ plan: ResolvedPlan) throws -> GremiumRef {
        let r = try #require(plan.site.symbols.regions[region])
        let g = try #require(plan.site.regions[r].gremia.firstIndex { $0.id.value == id })
        return GremiumRef(region: r, index: g)
    }

    /// What an entity reference reads as in a test: `actielijn:2.1`.
    static func keys(_ refs: [EntityRef], _ plan: ResolvedPlan) -> [String] { refs.map { plan.entity($0).key } }

    // MARK: - Bundled content

    @Test func whatAnswersMaatregel12InTheRijkVanNijmegen() throws {
        let plan = try Self.bundled.get()
        let document = try #require(plan.site.symbols.documents[Self.rvn])
        let answers = plan.entitiesAnswering(maatregel: "1.2").filter { $0.entity.document == document }
        // Column 1 has text only; the others list their actielijnen (hervormingsagenda.yaml lines 14–18).
        #expect(answers.map { "\(plan.entity($0.entity).key) \($0.way)" } == [
            "opgave:1 column",
            "opgave:2 column", "actielijn:2.1 onderdeel", "actielijn:2.2 onderdeel", "actielijn:2.4 onderdeel",
            "opgave:4 column", "actielijn:4.1 onderdeel",
            "opgave:5 column", "actielijn:5.1 onderdeel",
            "opgave:6 column", "actielijn:6.1 onderdeel", "actielijn:6.2 onderdeel",
        ])
        #expect(answers.first?.location.line == 14)
        #expect(answers.first { plan.entity($0.entity).key == "actielijn:4.1" }?.location.line == 16)
    }

    @Test func hele_opgaveCellsAndWhatAnEntityContributes() throws {
        let plan = try Self.bundled.get()
        let document = try #require(plan.site.symbols.documents[Self.rvn])
        // 3.1: opgave 3 answers as a whole (line 94).
        let whole = plan.entitiesAnswering(maatregel: "3.1").filter { $0.entity.document == document && $0.way == .wholeColumn }
        #expect(Self.keys(whole.map(\.entity), plan) == ["opgave:3"])
        // Actielijn 3.1 contributes to 3.1 through its whole column, not by being named.
        let actielijn = try Self.entity("actielijn:3.1", plan)
        let contributions = plan.contributions(of: actielijn)
        #expect(contributions.contains { $0.maatregel == "3.1" && $0.way == .viaWholeColumn })
        #expect(!contributions.contains { $0.way == .onderdeel && $0.maatregel == "3.1" })
        #expect(plan.column(of: actielijn) == (try Self.entity("opgave:3", plan)))
    }

    @Test func whichGremiaWorkOnActielijn31() throws {
        let plan = try Self.bundled.get()
        let actielijn = try Self.entity("actielijn:3.1", plan)
        let opgave = try Self.entity("opgave:3", plan)
        let work = plan.gremia(workingOn: actielijn)
        // The RET names the actielijn; the regioteam and BOEG name opgave 3 (overlegvormen.yaml).
        #expect(work.map { plan.gremium($0.gremium).id.value } == ["regioteam-jeugd", "ret", "boeg"])
        #expect(work.map(\.via) == [opgave, nil, opgave])
    }

    @Test func verantwoordingChainInCentraalGelderland() throws {
        let plan = try Self.bundled.get()
        let raoJeugd = try Self.gremium("rao-jeugd", region: "centraal-gelderland", plan)
        let resolved = plan.resolved(raoJeugd)
        #expect(resolved.verantwoording.map { plan.gremium($0).id.value } == ["rao-zorg", "rpo-zorg", "colleges-van-burgemeester-en-wethouders", "gemeenteraden"])
        #expect(!resolved.isInCycle)
        let top = try Self.gremium("gemeenteraden", region: "centraal-gelderland", plan)
        #expect(plan.resolved(top).verantwoording.isEmpty)
    }

    @Test func hoortBijResolvesToAnEntity() throws {
        let plan = try Self.bundled.get()
        // begrippen.yaml: BOEG hoort bij opgave 3.
        let r = try #require(plan.site.symbols.regions["rijk-van-nijmegen"])
        let boeg = try #require(plan.begrippen[r].first { plan.begrip($0.ref).id.value == "boeg" })
        #expect(boeg.entity == (try Self.entity("opgave:3", plan)))
        #expect(plan.begrippen(belongingTo: try Self.entity("opgave:3", plan)).contains(boeg.ref))
    }

    @Test func everyReferenceOfTheBundledContentResolves() throws {
        let plan = try Self.bundled.get()
        #expect(plan.references.count == plan.site.linkOccurrences().count)
        let problems = plan.references.filter { if case .problem = $0.resolution { return true } else { return false } }
        #expect(problems.isEmpty, "\(problems.map(\.location))")
        for region in plan.gremia { for gremium in region { for value in gremium.werktAan { #expect(value.resolution.target != nil) } } }
    }

    /// The typed backlinks are the "genoemd in" lists render shows (`MentionIndex`), list for list.
    @Test func backlinksAreTheMentionLists() throws {
        let plan = try Self.bundled.get()
        var keys: [PlanTarget: String] = [:]
        for reference in plan.references {
            guard case .target(let target, let typed) = reference.resolution else { continue }
            keys[typed.withoutAnchor] = String(target.key.prefix { $0 != "#" })
        }
        let merged = MentionIndex(site: plan.site).merged
        #expect(plan.backlinks.count == merged.count)
        for (target, list) in plan.backlinks {
            let key = try #require(keys[target])
            #expect(list.map { MentionIndex.Mention(url: $0.url, title: $0.title) } == merged[key] ?? [], "\(key)")
        }
        // Render's lists can come from the plan without resolving again.
        #expect(MentionIndex(plan: plan).merged == merged)
        // Opgave 3 of the Rijk van Nijmegen is mentioned on other pages.
        #expect(!plan.backlinks(to: .entity(try Self.entity("opgave:3", plan))).isEmpty)
    }

    /// The preview's update (`updating(documentsAt:textsOf:gremiaOfRegionsAt:names:in:)`) resolves the
    /// edited documents' and regions' links again and puts them back in site order: over an
    /// unchanged site it gives the same plan, reference for reference, gremium for gremium,
    /// and render's link lookup answers every reference as resolved.
    @Test func updatingDocumentsGivesTheSamePlanInSiteOrder() throws {
        let plan = try Self.bundled.get()
        let first = try #require(plan.site.symbols.documents.values.min { ($0.region, $0.document) < ($1.region, $1.document) })
        let rvn = try #require(plan.site.symbols.documents[Self.rvn])
        let (updated, gemeenten) = plan.updating(documentsAt: [rvn, first], gremiaOfRegionsAt: [rvn.region, first.region],
                                                        names: GemeenteNames(regions: plan.site.regions.map(\.config)), in: plan.site)
        #expect(gemeenten.isEmpty, "no gemeente's gremia changed")
        #expect(updated.gemeenten.map(\.gremia) == plan.gemeenten.map(\.gremia))
        #expect(updated.gemeenten.contains { !$0.gremia.isEmpty })
        #expect(updated.gremia.map { $0.map(\.werktAan.count) } == plan.gremia.map { $0.map(\.werktAan.count) })
        #expect(updated.gremia.map { $0.map(\.chains) } == plan.gremia.map { $0.map(\.chains) })
        func written(_ p: ResolvedPlan) -> [String] {
            p.references.map { "\($0.location.file):\($0.location.line):\($0.location.column) \($0.occurrence.link.destination)" }
        }
        #expect(written(updated) == written(plan))
        #expect(updated.references.map(\.resolution.target) == plan.references.map(\.resolution.target))
        #expect(updated.backlinks == plan.backlinks)
        for reference in plan.references {
            let looked = updated.resolution(of: reference.occurrence.link.destination, from: reference.occurrence.context)
            #expect(looked?.target == reference.resolution.target)
        }
    }

    @Test func whereIsGemeenteZaltbommelNamed() throws {
        let plan = try Self.bundled.get()
        // Zaltbommel lies in Rivierenland, yet the Rijk van Nijmegen's introduction names it.
        #expect(plan.gemeenten.contains { $0.naam == "Zaltbommel" && $0.regions.map { plan.site.regions[$0].slug } == ["rivierenland"] })
        let inleiding = try #require(plan.site.symbols.pagesByPath[Self.rvn + "/01-inleiding.md"])
        #expect(plan.placesNaming(gemeente: "Zaltbommel").contains { $0.page == inleiding })
    }

    // MARK: - In-memory content

    static let files: [String: String] = [
        "site.yaml": "titel: Testsite\nbasis-url: https://test.example/\n",
        "hervormingsagenda/hervormingsagenda.yaml": """
            themas:
              - id: "1"
                titel: Jeugdhulp dichtbij
                maatregelen:
                  - id: "1.1"
                    titel: Eerste
                  - id: "1.3"
                    titel: Derde
            """,
        "regio-a/regio.yaml": "naam: Regio A\ngemeenten: [Aadorp, Buren]\n",
        "regio-a/overlegvormen.yaml": """
            gremia:
              - id: rpo
                naam: Portefeuillehoudersoverleg
                werkt-aan: ["opgave:2"]
              - id: rao
                naam: Ambtelijk overleg
                legt-verantwoording-af-aan: rpo
                werkt-aan: ["actielijn:2.1", "opgave:9"]
              - id: werkgroep
                naam: Werkgroep
                legt-verantwoording-af-aan: [rao, onbekend]
              - id: kring-a
                naam: Kring A
                legt-verantwoording-af-aan: kring-b
              - id: kring-b
                naam: Kring B
                legt-verantwoording-af-aan: kring-a
            """,
        "regio-a/begrippen.yaml": "begrippen:\n  - id: poh\n    term: Praktijkondersteuner\n    afkorting: POH\n    hoort-bij: actielijn:1.1\n",
        "regio-a/plan-2024/document.yaml": "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nvervangt: plan-2020\n",
        "regio-a/plan-2024/hervormingsagenda.yaml": """
            maatregelen:
              "1.3":
                bijdragen:
                  1: geheel
                  2: { onderdelen: ["2.1", "x"], per-onderdeel: { "2.2": "Samen" } }
                  7: geheel
            """,
        "regio-a/plan-2024/01-opgaven.md": """
            ---
            titel: Opgaven
            nummer: "1"
            ---

            ## Dichtbij {#opgave:1}

            Met de [POH](begrip:poh) in Aadorp; de buren helpen.

            ### POH {#actielijn:1.1}

            ## Samen {#opgave:2}

            Zie [de POH](actielijn:1.1) en [hier](#opgave-2). In Buren ook.

            ### Een {#actielijn:2.1}

            ### Twee {#actielijn:2.2}
            """,
        "regio-a/plan-2024/02-slot.md": "---\ntitel: Slot\nnummer: \"2\"\n---\n\n[Opgave 2](opgave:2), [terug](01-opgaven.md#opgave-2), [kapot](opgave:8).\n",
    ]

    static let memoryRoot = "/geheugen"

    /// A path under the in-memory root, relative to it.
    @Sendable static func relative(_ path: String) -> String? {
        if path == memoryRoot { return "" }
        guard path.hasPrefix(memoryRoot + "/") else { return nil }
        return String(path.dropFirst(memoryRoot.count + 1))
    }

    static func memoryPlan() throws -> ResolvedPlan {
        let root = memoryRoot
        let relative = Self.relative
        let files = Self.files
        let fileSystem = ContentFileSystem(
            list: { path in
                let prefix = relative(path).map { $0.isEmpty ? "" : $0 + "/" } ?? ""
                var entries: [String: Bool] = [:]
                for file in files.keys where file.hasPrefix(prefix) {
                    let rest = file.dropFirst(prefix.count)
                    if let slash = rest.firstIndex(of: "/") { entries[String(rest[..<slash])] = true } else { entries[String(rest)] = false }
                }
                return entries.keys.sorted().map { ContentFileSystem.Entry(name: $0, isDirectory: entries[$0] ?? false) }
            },
            read: { path in
                guard let name = relative(path), let text = files[name] else { throw CocoaError(.fileNoSuchFile) }
                return Data(text.utf8)
            },
            canonical: { $0 })
        return try plan(root: root, fileSystem: fileSystem)
    }

    @Test func referencesAreTypedWithTheirLocations() throws {
        let plan = try Self.memoryPlan()
        let document = try #require(plan.site.symbols.documents["regio-a/plan-2024"])
        let targets = plan.references.map { ($0.occurrence.link.destination, $0.resolution.target, $0.location.line) }
        let poh = try #require(targets.first { $0.0 == "begrip:poh" })
        #expect(poh.1 == .begrip(BegripRef(region: 0, index: 0)))
        #expect(poh.2 == 8)
        let actielijn = try #require(targets.first { $0.0 == "actielijn:1.1" })
        #expect(actielijn.1 == .entity(try #require(plan.entity("actielijn:1.1", inDocument: "regio-a/plan-2024"))))
        let anchor = try #require(targets.first { $0.0 == "01-opgaven.md#opgave-2" })
        #expect(anchor.1 == .page(SymbolTable.PageAddress(region: 0, document: document.document, page: 0), anchor: "opgave-2"))
        let broken = try #require(plan.references.first { $0.occurrence.link.destination == "opgave:8" })
        guard case .problem(let problem) = broken.resolution else { Issue.record("opgave:8 resolved"); return }
        #expect(problem.code == .refUnknownTarget)
    }

    @Test func backlinksCountPagesNotLinks() throws {
        let plan = try Self.memoryPlan()
        let opgaven = SymbolTable.PageAddress(region: 0, document: 0, page: 0)
        // `#opgave-2` on the page itself is no mention; the link from the slot page is, anchor or not.
        #expect(plan.backlinks(to: .page(opgaven, anchor: "opgave-2")).map(\.title) == ["2 Slot"])
        let opgave2 = try #require(plan.entity("opgave:2", inDocument: "regio-a/plan-2024"))
        #expect(plan.backlinks(to: .entity(opgave2)).map(\.title) == ["2 Slot"])
    }

    @Test func agendaCellsResolved() throws {
        let plan = try Self.memoryPlan()
        let agenda = try #require(plan.agendas.first)
        let answer = try #require(agenda.answers.first)
        #expect(answer.isKnown)
        #expect(answer.cells.map { $0.column.map { plan.entity($0).key } } == ["opgave:1", "opgave:2", nil])
        #expect(answer.cells.map(\.isWholeColumn) == [true, false, true])
        // `onderdelen` first, then the per-onderdeel numbers they do not list.
        let onderdelen = answer.cells[1].onderdelen
        #expect(onderdelen.map(\.number) == ["2.1", "x", "2.2"])
        #expect(onderdelen[1].resolution == .malformed)
        #expect(onderdelen.compactMap(\.entity).map { plan.entity($0).key } == ["actielijn:2.1", "actielijn:2.2"])
        let answering = plan.entitiesAnswering(maatregel: "1.3")
        #expect(answering.map { "\(plan.entity($0.entity).key) \($0.way)" } == ["opgave:1 wholeColumn", "opgave:2 column", "actielijn:2.1 onderdeel", "actielijn:2.2 onderdeel"])
        #expect(plan.entitiesAnswering(maatregel: "1.1").isEmpty)
        let poh = try #require(plan.entity("actielijn:1.1", inDocument: "regio-a/plan-2024"))
        #expect(plan.contributions(of: poh).map(\.way) == [.viaWholeColumn])
    }

    @Test func gremiaResolvedWithChainsAndCycles() throws {
        let plan = try Self.memoryPlan()
        let gremia = plan.gremia[0]
        #expect(gremia.map { plan.gremium($0.ref).id.value } == ["rpo", "rao", "werkgroep", "kring-a", "kring-b"])
        // werkgroep → rao → rpo; the unknown id stays unresolved.
        #expect(gremia[2].verantwoording.map(\.index) == [1, 0])
        #expect(gremia[2].reportsTo.map { $0.gremium?.index } == [1, nil])
        #expect(!gremia[2].isInCycle)
        // A cycle ends the chain instead of looping.
        #expect(gremia[3].verantwoording.map(\.index) == [4])
        #expect(gremia[3].isInCycle && gremia[4].isInCycle)
        // rao's `werkt-aan: opgave:9` does not resolve; its problem is kept.
        guard case .problem(let problem) = gremia[1].werktAan[1].resolution else { Issue.record("opgave:9 resolved"); return }
        #expect(problem.code == .refUnknownTarget)
        // rao names actielijn 2.1 itself; rpo works on it through opgave 2.
        let actielijn = try #require(plan.entity("actielijn:2.1", inDocument: "regio-a/plan-2024"))
        let opgave = try #require(plan.entity("opgave:2", inDocument: "regio-a/plan-2024"))
        #expect(plan.gremia(workingOn: actielijn) == [GremiumWork(gremium: GremiumRef(region: 0, index: 0), via: opgave),
                                                       GremiumWork(gremium: GremiumRef(region: 0, index: 1), via: nil)])
    }

    @Test func hoortBijAndVervangt() throws {
        let plan = try Self.memoryPlan()
        let poh = try #require(plan.entity("actielijn:1.1", inDocument: "regio-a/plan-2024"))
        #expect(plan.begrippen[0].first?.entity == poh)
        let links = try #require(plan.documentLinks.first?.first)
        #expect(links.vervangt?.written.value == "plan-2020")
        #expect(links.vervangt?.document == nil)
        #expect(links.vervangenDoor == nil)
    }

    @Test func gemeentenAsWholeWordsWithTheirCapitals() throws {
        let plan = try Self.memoryPlan()
        #expect(plan.gemeenten.map(\.naam) == ["Aadorp", "Buren"])
        let page = SymbolTable.PageAddress(region: 0, document: 0, page: 0)
        let aadorp = plan.placesNaming(gemeente: "Aadorp")
        #expect(aadorp.map(\.page) == [page])
        #expect(aadorp.map { plan.place($0).section } == ["Dichtbij"])
        // "de buren helpen" under opgave 1 is not the gemeente; "In Buren ook." under opgave 2 is.
        let buren = plan.placesNaming(gemeente: "Buren")
        #expect(buren.map(\.page) == [page])
        #expect(buren.map { plan.place($0).text } == ["Zie de POH en hier. In Buren ook."])
        #expect(plan.placesNaming(gemeente: "Bure").isEmpty)
    }

    // MARK: - What the check stage reads

    /// HA008 follows `hoort-bij` as the plan resolved it: in a region with two documents,
    /// `hoort-bij: actielijn:2.1` belongs to the one document that has actielijn 2.1, and a
    /// `hoort-bij` that resolves nowhere (already REF001) gives no HA008. Before the plan,
    /// the text of `hoort-bij` was split by hand and applied to every document of the region.
    @Test func ha008FollowsTheResolvedHoortBij() throws {
        func chapter(_ last: String) -> String {
            "---\ntitel: O\nnummer: \"1\"\n---\n\n## Een {#opgave:1}\n\n### A {#actielijn:1.1}\n\n## Twee {#opgave:2}\n\n### B {#actielijn:\(last)}\n"
        }
        let cell = "maatregelen:\n  \"1.1\":\n    bijdragen:\n      1: { geheel: true, tekst: \"Het RET en de POH helpen.\" }\n      2: geheel\n"
        let (outcome, root) = try TestSupport.check(TestSupport.minimalSite(extra: [
            "content/hervormingsagenda/hervormingsagenda.yaml": "themas:\n  - id: \"1\"\n    titel: A\n    maatregelen:\n      - id: \"1.1\"\n        titel: Eerste\n",
            "content/regio-a/begrippen.yaml": "begrippen:\n  - id: ret\n    term: Regionaal expertteam\n    afkorting: RET\n    hoort-bij: \"actielijn:2.1\"\n  - id: poh\n    term: Praktijkondersteuner\n    afkorting: POH\n    hoort-bij: \"actielijn:2.9\"\n",
            "content/regio-a/plan-2024/01-inleiding.md": chapter("2.1"),
            "content/regio-a/plan-2024/hervormingsagenda.yaml": cell,
            "content/regio-a/visie-2023/document.yaml": "titel: Visie\nsoort: regiovisie\nniveaus: [Opgave, Actielijn]\nstatus: vastgesteld\n",
            "content/regio-a/visie-2023/01-o.md": chapter("2.2"),
            "content/regio-a/visie-2023/hervormingsagenda.yaml": cell,
        ]))
        defer { try? FileManager.default.removeItem(at: root) }
        let found = outcome.diagnostics.filter { $0.code == .haBegripInOtherColumn }
        #expect(found.map(\.message) == ["RET hoort bij actielijn:2.1 (opgave 2), maar wordt genoemd in de kolom van opgave 1"])
        #expect(found.first?.location.file.hasSuffix("regio-a/plan-2024/hervormingsagenda.yaml") == true)
        #expect(outcome.diagnostics.contains { $0.code == .refUnknownTarget && $0.message.contains("actielijn:2.9") })
    }
}
