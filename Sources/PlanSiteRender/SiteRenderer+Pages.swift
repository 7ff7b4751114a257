import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
extension SiteRenderer {
    /// The pages that show the given source files (paths relative to the content folder) in
    /// full: each one's chapter, bijlage or verantwoording page, the entity pages inside it and
    /// its document's whole-document page, exactly as `render(_:)` renders them. The preview
    /// server publishes these first after an edit, so the page being edited reloads at once,
    /// and then renders the whole site, which stays the only complete answer: other pages can
    /// show the edited file too ("genoemd in" lists).
    public func renderPages(from sources: Set<String>, of plan: ResolvedPlan) -> [OutputFile] {
        let site = plan.site
        var inputs: Set<PageInput> = []
        for (r, region) in site.regions.enumerated() {
            for (d, document) in region.documents.enumerated() {
                for (p, page) in document.pages.enumerated() where sources.contains(page.relativePath) {
                    inputs.insert(.pageText(SymbolTable.DocumentAddress(region: r, document: d), page: p))
                }
            }
        }
        guard !inputs.isEmpty else { return [] }
        // Not the long work over the cores (the search index), which the whole render after
        // this makes: what is published first is the page being edited.
        let pages = PageRegistry.pages(of: site, reading: inputs).filter { !type(of: $0).worksOverTheCores }
        return render(pages, RenderContext(plan: plan, theme: theme, reloadScript: reloadScript))
    }

    /// Some pages over the cores, results in site order; a page that works over the cores
    /// itself after them.
    func render(_ pages: [any SitePage], _ context: RenderContext) -> [OutputFile] {
        let shared = pages.filter { !type(of: $0).worksOverTheCores }.parallelMap { $0.files(in: context) }.flatMap { $0 }
        return shared + pages.filter { type(of: $0).worksOverTheCores }.flatMap { $0.files(in: context) }
    }
}
