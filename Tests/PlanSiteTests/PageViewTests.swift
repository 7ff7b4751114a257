import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteModel

/// Each page kind's view on its own, from the bundled content: what a template gets to
/// read, before any template or layout is involved.
@Suite struct PageViewTests {
    struct Built {
        var site: Site
        var context: RenderContext
    }

    static func bundled() throws -> Built {
        let outcome = SiteBuild(options: .init(content: TestSupport.bundledContent.path, output: "/nonexistent")).check()
        let plan = try #require(outcome.plan)
        let renderer = try #require(outcome.renderer)
        return Built(site: plan.site, context: RenderContext(plan: plan, theme: renderer.theme))
    }

    /// Every stored field of every view a page of the bundled site builds is answered by
    /// the view's `child(named:)` under its own name (or, for an embedded view, its fields
    /// are), so a field added to a view cannot be invisible to the templates.
    @Test func everyViewAnswersItsOwnFields() throws {
        let built = try Self.bundled()
        var checked = 0
        var problems: [String] = []
        for page in PageRegistry.pages(of: built.site) {
            guard let page = page as? any TemplatePage else { continue }
            problems += Self.problems(in: page, built.context)
            checked += 1
        }
        #expect(checked > 100)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    private static func problems(in page: some TemplatePage, _ context: RenderContext) -> [String] {
        guard let view = page.view(in: context) else { return ["\(page.route.url): no view"] }
        return ViewFields.problems(in: view.main, path: page.route.url) + ViewFields.problems(in: view.layout, path: page.route.url + " layout")
    }

    @Test func theHomeViewListsEveryRegionWithItsDocuments() throws {
        let built = try Self.bundled()
        let view = try #require(HomePage().view(in: built.context))
        #expect(view.main.regions.map(\.naam) == built.site.regions.map(\.config.naam))
        let rivierenland = try #require(view.main.regions.first { $0.slug == "rivierenland" })
        #expect(rivierenland.href == "rivierenland/")
        #expect(rivierenland.gemeentenText.hasPrefix("Buren, Culemborg, Maasdriel"))
        #expect(rivierenland.documents.allSatisfy { $0.href.hasPrefix("rivierenland/") })
        #expect(view.main.agendaHref == "hervormingsagenda/")
        #expect(view.layout.hasBreadcrumbs == false && view.layout.doc == nil)
    }

    @Test func aChapterViewCarriesItsNumberedHeadingAndItsDocumentFrame() throws {
        let built = try Self.bundled()
        let pages = PageRegistry.pages(of: built.site).compactMap { $0 as? ChapterPage }
        let page = try #require(pages.first { built.site.regions[$0.region].documents[$0.document].pages[$0.page].relativePath.hasSuffix("rivierenland/regiovisie-2023/01-inleiding.md") })
        let model = built.site.regions[page.region].documents[page.document].pages[page.page]
        let view = try #require(page.view(in: built.context))
        #expect(view.main.heading == model.titel)
        #expect(view.main.label == model.nummer)
        #expect(view.main.body.contains("<p>"))
        let frame = try #require(view.layout.doc)
        #expect(Self.resolve(frame.href, from: model.url) == "rivierenland/regiovisie-2023/")
        #expect(Self.resolve(frame.volledigHref, from: model.url) == "rivierenland/regiovisie-2023/volledig/")
        #expect(frame.contents.contains("aria-current=\"page\""))
        #expect(view.layout.breadcrumbs.map(\.title) == ["Home", "Rivierenland", built.site.regions[page.region].documents[page.document].config.titel])
        #expect(view.layout.pager?.prev == nil && view.layout.pager?.next != nil, "the first chapter has only a next page")
    }

    /// A relative link followed from a page, as a browser does, back to a site URL.
    static func resolve(_ href: String, from pageURL: String) -> String {
        var parts = pageURL.split(separator: "/").map(String.init)
        for step in href.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            switch step {
            case "..": _ = parts.popLast()
            case ".", "": continue
            default: parts.append(step)
            }
        }
        return parts.isEmpty ? "" : parts.joined(separator: "/") + (href.hasSuffix("/") ? "/" : "")
    }

    @Test func anEntityViewNamesItsChapterAndWhatItContributesTo() throws {
        let built = try Self.bundled()
        let pages = PageRegistry.pages(of: built.site).compactMap { $0 as? EntityPage }
        #expect(!pages.isEmpty)
        for page in pages.prefix(40) {
            let document = built.site.regions[page.region].documents[page.document]
            let entity = document.entities[page.entity]
            let view = try #require(page.view(in: built.context))
            #expect(view.main.label == entity.label)
            #expect(view.main.chapterTitle == document.pages[entity.pageIndex].displayTitle)
            #expect(view.main.contributions.contains("id=\"draagt-bij-aan\""))
            #expect(view.main.mentions.contains("id=\"genoemd-in\""))
            #expect(view.layout.onThisPage?.map(\.id).contains("genoemd-in") == true)
        }
    }

    /// The overview groups the gremia by what they work on and links each group member, each
    /// relation of the diagram, each "legt verantwoording af aan" and each card's heading to
    /// the gremium's own page.
    @Test func theOverlegvormenViewGroupsTheGremiaAndLinksToTheirPages() throws {
        let built = try Self.bundled()
        let pages = PageRegistry.pages(of: built.site).compactMap { $0 as? OverlegvormenPage }
        #expect(pages.count == built.site.regions.filter { !$0.gremia.isEmpty }.count)
        for page in pages {
            let region = built.site.regions[page.region]
            let view = try #require(page.view(in: built.context))
            let overview = view.main.overzicht
            #expect(view.main.regio == region.config.naam)
            #expect(overview.headingLevel == 2 && overview.subheadingLevel == 3 && overview.idPrefix.isEmpty)
            #expect(overview.gremia.map(\.naam) == region.gremia.map(\.naam))
            let gremiumPages = Set(region.gremia.map { RelativeURL.href(to: Route.gremium(region: region.slug, id: $0.id.value).url, from: page.route.url) })
            let groups = overview.parts.flatMap(\.groups)
            let links = groups.flatMap(\.members) + overview.parts.flatMap(\.other) + overview.gremia.flatMap(\.legtVerantwoordingAfAan)
                + (overview.diagram?.relations.flatMap { [$0.from, $0.to] } ?? [])
            #expect(!links.isEmpty && links.allSatisfy { gremiumPages.contains($0.href) })
            #expect(Set(overview.gremia.map(\.href)) == gremiumPages)
            #expect(overview.hasGroups == !groups.isEmpty)
            // A region with several documents titles each part with its document.
            #expect(overview.parts.allSatisfy { ($0.documentLink != nil || $0.isRegionWide) == (region.documents.count > 1) })
            #expect(overview.gremia.allSatisfy { $0.hasKenmerken || ($0.soort == nil && $0.niveau == nil && $0.werktAan.isEmpty && $0.legtVerantwoordingAfAan.isEmpty) })
            // A description is shown only when it says something.
            #expect(overview.gremia.flatMap(\.beschrijvingen).allSatisfy { $0.hasVelden || $0.rol != nil })
        }
        #expect(pages.contains { built.context.gremiaView($0.region, pageURL: $0.route.url, headingLevel: 2).diagram != nil })
    }

    /// A gremium's page alone: RAO Zorg of Centraal Gelderland, whom RAO-Jeugd and the team
    /// regioadviseurs answer to and who answers to the RPO Zorg, described by one document.
    @Test func theGremiumViewShowsItsPlaceInTheChain() throws {
        let built = try Self.bundled()
        let page = try #require(PageRegistry.pages(of: built.site).compactMap { $0 as? GremiumPage }.first { $0.route.url == "centraal-gelderland/overlegvormen/rao-zorg/" })
        let view = try #require(page.view(in: built.context)).main
        #expect(view.naam == "Regionale Ambtelijk Overleg Zorg" && view.afkorting == "RAO Zorg")
        #expect(view.reportsTo.map(\.title) == ["Regionale Portefeuillehouders Overleg Zorg"])
        #expect(view.reportsTo.map(\.href) == ["../rpo-zorg/"])
        #expect(Set(view.reportedBy.map(\.title)) == ["RAO Jeugd", "Team Regionaal Adviseurs Jeugd"])
        // The chain starts with the gremium itself, not a link, and goes up to the top.
        let chain = try #require(view.chains.first).steps
        #expect(chain.first?.title == "RAO Zorg" && chain.first?.href == nil)
        #expect(chain.dropFirst().first?.title == "RPO Zorg")
        #expect(view.beschrijvingen.compactMap(\.bron?.title) == ["Regionaal Uitvoeringsplan Jeugd 2025"])
        #expect(view.beschrijvingen.first?.leden == ["managers"])
        #expect(view.mentions.contains("Genoemd in"))
        #expect(page.reads == [.mentions("gremium:centraal-gelderland/rao-zorg"), .gremia(page.gremium.region)])
    }

    /// Centraal Gelderland has two documents: its overlegvormen page groups the gremia per
    /// document, the uitvoeringsplan's per themalijn, and the uitvoeringsplan's bijlage
    /// (`toon: overlegvormen`) shows none that only the regiovisie describes.
    @Test func theOverlegvormenViewKeepsARegionsDocumentsApart() throws {
        let built = try Self.bundled()
        let r = try #require(built.site.regions.firstIndex { $0.slug == "centraal-gelderland" })
        let region = built.site.regions[r]
        let plan = try #require(region.documents.firstIndex { $0.slug == "uitvoeringsplan-2025" })
        let visie = try #require(region.documents.firstIndex { $0.slug == "regiovisie-2021" })
        let overview = built.context.gremiaView(r, pageURL: Route.overlegvormen(region: region.slug).url, headingLevel: 2)
        let names = { (part: GremiaView.Part) in Set(part.groups.flatMap(\.members).map(\.title) + part.other.map(\.title)) }
        let planPart = try #require(overview.parts.first { $0.documentLink?.title == region.documents[plan].config.titel })
        let visiePart = try #require(overview.parts.first { $0.documentLink?.title == region.documents[visie].config.titel })
        #expect(planPart.groups.map(\.title).allSatisfy { $0.hasPrefix("Themalijn ") } && planPart.groups.count == 5)
        #expect(planPart.groupLevel == 4)
        #expect(names(planPart).contains("Werkgroep stevige lokale teams") && !names(planPart).contains("Beschermingstafel"))
        #expect(names(visiePart).contains("Beschermingstafel") && !names(visiePart).contains("Werkgroep stevige lokale teams"))
        // RPO Zorg is described by both.
        #expect(names(planPart).contains("Regionale Portefeuillehouders Overleg Zorg") && names(visiePart).contains("Regionale Portefeuillehouders Overleg Zorg"))

        let bijlage = built.context.gremiaView(r, document: plan, pageURL: region.documents[plan].url, headingLevel: 2)
        let shown = Set(bijlage.gremia.map(\.naam))
        #expect(shown.contains("J42 en BJ42") && shown.contains("RAO Jeugd"))
        #expect(!shown.contains("Beschermingstafel") && !shown.contains("Gemeenteraden"))
        #expect(bijlage.parts.count == 1 && bijlage.parts[0].documentLink == nil)
    }

    /// In the whole-document page the overview is a level deeper and its ids are prefixed.
    @Test func theOverviewInsideAWholeDocumentSectionIsPrefixedAndDeeper() throws {
        let built = try Self.bundled()
        let r = try #require(built.site.regions.firstIndex { $0.gremia.count > 1 })
        let overview = built.context.gremiaView(r, pageURL: built.site.regions[r].url, headingLevel: 3, idPrefix: "bijlage-2--")
        #expect(overview.headingLevel == 3 && overview.subheadingLevel == 4)
        #expect(overview.gremia.allSatisfy { $0.anchor.hasPrefix("bijlage-2--gremium-") })
        let html = built.context.overlegvormenBody(r, document: 0, pageURL: built.site.regions[r].url, headingLevel: 3, idPrefix: "bijlage-2--")
        #expect(html.contains("<h3 id=\"bijlage-2--alle-overlegvormen\">Alle overlegvormen</h3>"))
    }

    @Test func theBegrippenViewIsSortedAndNamesAnAbbreviationOnlyWhenItDiffers() throws {
        let built = try Self.bundled()
        let pages = PageRegistry.pages(of: built.site).compactMap { $0 as? BegrippenPage }
        #expect(!pages.isEmpty)
        for page in pages {
            let region = built.site.regions[page.region]
            let view = try #require(page.view(in: built.context))
            let entries = view.main.lijst.begrippen
            #expect(entries.count == region.begrippen.count)
            let keys = entries.map { ($0.afkorting ?? $0.term).localizedLowercase }
            #expect(keys == keys.sorted())
            #expect(entries.allSatisfy { $0.afkorting != $0.term && $0.anchor.hasPrefix("begrip-") })
        }
    }

    /// "Genoemd in" says so when no text links to the target (the agenda tables' links are "draagt
    /// bij aan"), and takes the heading level it is given.
    @Test func theMentionsListSaysWhenNothingLinksHere() throws {
        let built = try Self.bundled()
        let empty = built.context.mentionsHTML("geen-doel", pageURL: "", headingLevel: 3)
        #expect(empty.contains("<h3 id=\"genoemd-in\">Genoemd in</h3>"))
        #expect(empty.contains("<p>Geen andere tekst verwijst hiernaar.</p>"))
        #expect(!empty.contains("<ul>"))
    }

    /// The status line under every page of a document names its version once: Rijk van
    /// Nijmegen's `versie: "publicatieversie van 19-09-2023"` read "versie publicatieversie …".
    @Test func theStatusLineNamesTheVersionOnce() throws {
        #expect(DocumentConfig.versieLabel("1.2") == "versie 1.2")
        #expect(DocumentConfig.versieLabel("publicatieversie van 19-09-2023") == "publicatieversie van 19-09-2023")
        let built = try Self.bundled()
        let page = try #require(PageRegistry.pages(of: built.site).compactMap { $0 as? ChapterPage }.first { $0.route.url.hasPrefix("rijk-van-nijmegen/") })
        let html = String(decoding: try #require(page.render(in: built.context)).data, as: UTF8.self)
        #expect(html.contains(" · publicatieversie van 19-09-2023 · "))
        #expect(!html.contains("versie publicatieversie"))
    }

    /// The matrix's caption names its columns in the plural, and its legend explains every
    /// kind of cell it shows, "ja" included.
    @Test func theMatrixCaptionIsPluralAndItsLegendExplainsJa() throws {
        let built = try Self.bundled()
        let page = try #require(PageRegistry.pages(of: built.site).compactMap { $0 as? MatrixPage }.first { $0.route.url.hasPrefix("rijk-van-nijmegen/") })
        let html = String(decoding: try #require(page.render(in: built.context)).data, as: UTF8.self)
        #expect(html.contains("Maatregelen van de Hervormingsagenda en de opgaven die eraan bijdragen</caption>"))
        #expect(html.contains(">ja</td>"))
        #expect(html.contains("“ja” betekent een bijdrage die geen onderdeel noemt"))
    }

    @Test func the404ViewLinksFromTheSiteAddressNotFromItsOwnPath() throws {
        let built = try Self.bundled()
        let view = try #require(NotFoundPage().view(in: built.context))
        let basis = built.site.config.basisURL.hasSuffix("/") ? built.site.config.basisURL : built.site.config.basisURL + "/"
        #expect(view.main.home == basis)
        #expect(view.layout.root == basis && view.layout.accessibilityHref == basis + "toegankelijkheid/")
    }
}

/// Compares a view's stored properties (by reflection) with what its `child(named:)`
/// answers, down through nested views, arrays and optionals.
enum ViewFields {
    static func problems(in view: any TemplateView, path: String) -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: view).children {
            guard let label = child.label else { continue }
            let value = unwrap(child.value)
            if view.child(named: label) != nil || value == nil {
                // Answered, or nil (which a lookup may answer as missing): check what is inside.
                if let value { found += nested(value, path: path + "." + label) }
                continue
            }
            if let embedded = value as? any TemplateView {
                // An embedded view whose fields the outer view answers directly.
                for inner in Mirror(reflecting: embedded).children {
                    guard let name = inner.label, unwrap(inner.value) != nil else { continue }
                    if view.child(named: name) == nil { found.append("\(path).\(label).\(name) is not answered") }
                }
                continue
            }
            found.append("\(path).\(label) is not answered")
        }
        return found
    }

    private static func nested(_ value: Any, path: String) -> [String] {
        if let view = value as? any TemplateView { return problems(in: view, path: path) }
        if let array = value as? [any TemplateView] { return array.prefix(3).flatMap { problems(in: $0, path: path + "[]") } }
        return []
    }

    private static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
