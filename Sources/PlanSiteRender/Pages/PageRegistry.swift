import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// Every kind of page the site has. A new kind is one file in `Render/Pages/` (its
/// `SitePage`), one template in `themes/default/`, and one line here; its place in the list
/// is its place in the site order within its scope. `volledig/` follows the chapter pages,
/// so that the chapters' text it shows is rendered by then (`RenderContext.unplacedChapter`).
enum PageRegistry {
    static let kinds: [any SitePage.Type] = [
        HomePage.self, AccessibilityPage.self, NotFoundPage.self, GemeentenPage.self, GemeentePage.self, SearchPage.self, SearchIndexPage.self,
        RegionPage.self, BegrippenPage.self, OverlegvormenPage.self, GremiumPage.self,
        DocumentPage.self, DataExportPage.self, ChapterPage.self, FullDocumentPage.self, EntityPage.self,
        DocumentAgendaPage.self, MatrixPage.self,
        NationalAgendaPage.self, NationalThemaPage.self, NationalMaatregelPage.self,
    ]

    /// Every page of the site, in site order.
    static func pages(of site: Site) -> [any SitePage] {
        var scopes: [PageScope] = [.site]
        for (r, region) in site.regions.enumerated() {
            scopes.append(.region(r))
            scopes += region.documents.indices.map { .document(r, $0) }
        }
        scopes.append(.national)
        // Scope by scope over the cores: listing 30,000 pages at 100× held the other core
        // idle at the start of every render.
        return scopes.parallelMap { scope in kinds.flatMap { $0.anyPages(of: site, at: scope) } }.flatMap { $0 }
    }

    /// The pages that show any of `inputs`.
    static func pages(of site: Site, reading inputs: Set<PageInput>) -> [any SitePage] {
        pages(of: site).filter { page in page.reads.contains(where: inputs.contains) }
    }
}

extension SitePage {
    /// `pages(of:at:)` as existentials, boxed here where the kind is known: a kind's `[Self]`
    /// converted to `[any SitePage]` through the metatype went element by element through the
    /// runtime's dynamic cast.
    static func anyPages(of site: Site, at scope: PageScope) -> [any SitePage] {
        pages(of: site, at: scope).map { $0 }
    }
}

/// Every page of a site by what it reads, made once per full build for the preview: an
/// edit then finds the pages to render again by their inputs instead of listing every page
/// of the site (18,000 at 100×) and asking each. Valid while the site's pages stay the
/// same, which the incremental step guarantees (an edit that changes a document's exports
/// is a full build, which makes a new one).
package struct PageReaders: Sendable {
    private let pages: [any SitePage]
    private let readers: [PageInput: [Int]]

    package init(site: Site) {
        pages = PageRegistry.pages(of: site)
        var readers: [PageInput: [Int]] = [:]
        for (i, page) in pages.enumerated() {
            for input in page.reads { readers[input, default: []].append(i) }
        }
        self.readers = readers
    }

    /// The pages that show any of `inputs`, in registry order, each once.
    func pages(reading inputs: Set<PageInput>) -> [any SitePage] {
        var found: Set<Int> = []
        for input in inputs { found.formUnion(readers[input] ?? []) }
        return found.sorted().map { pages[$0] }
    }
}
