import Dispatch

extension SiteRenderer {
    /// Only the pages made from the given source files (paths relative to the content
    /// folder): each one's chapter, bijlage or verantwoording page and the entity pages
    /// inside it, exactly as `render(_:)` renders them. The preview server publishes these
    /// first after an edit, so the page being edited reloads at once, and then renders the
    /// whole site, which stays the only complete answer: other pages can show the edited
    /// file too (the whole-document page, "genoemd in" lists).
    public func renderPages(from sources: Set<String>, of site: Site) -> [OutputFile] {
        var jobs: [Job] = []
        for (r, region) in site.regions.enumerated() {
            for (d, document) in region.documents.enumerated() {
                for (p, page) in document.pages.enumerated() where sources.contains(page.relativePath) {
                    jobs.append(.chapter(r, d, p))
                    for (e, entity) in document.entities.enumerated() where entity.pageIndex == p {
                        // As in `render(_:)`: page-level entities are their chapter page; a repeated key has one page.
                        if entity.placement != .page, document.entities.firstIndex(where: { $0.key == entity.key }) == e {
                            jobs.append(.entity(r, d, e))
                        }
                    }
                }
            }
        }
        guard !jobs.isEmpty else { return [] }
        let context = RenderContext(site: site, theme: theme, reloadScript: reloadScript)
        let allJobs = jobs
        let results = Slots<OutputFile>(count: allJobs.count)
        DispatchQueue.concurrentPerform(iterations: allJobs.count) { i in
            results.set(i, Self.run(allJobs[i], context))
        }
        return results.values.compactMap { $0 }
    }
}
