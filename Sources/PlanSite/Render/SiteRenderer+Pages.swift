extension SiteRenderer {
    /// Only the pages made from the given source files (paths relative to the content
    /// folder): each one's chapter, bijlage or verantwoording page and the entity pages
    /// inside it, exactly as `render(_:)` renders them. The preview server publishes these
    /// first after an edit, so the page being edited reloads at once, and then renders the
    /// whole site, which stays the only complete answer: other pages can show the edited
    /// file too (the whole-document page, "genoemd in" lists).
    public func renderPages(from sources: Set<String>, of site: Site) -> [OutputFile] {
        let jobs = Self.jobs(for: site).filter { job in
            switch job {
            case .chapter(let r, let d, let p):
                return sources.contains(site.regions[r].documents[d].pages[p].relativePath)
            case .entity(let r, let d, let e):
                let document = site.regions[r].documents[d]
                return sources.contains(document.pages[document.entities[e].pageIndex].relativePath)
            default:
                return false
            }
        }
        guard !jobs.isEmpty else { return [] }
        return run(jobs, RenderContext(site: site, theme: theme, reloadScript: reloadScript))
    }

    /// Runs a subset of the jobs over the cores, results in job order.
    func run(_ jobs: [Job], _ context: RenderContext) -> [OutputFile] {
        jobs.parallelMap { Self.run($0, context) }.compactMap { $0 }
    }
}
