extension SiteBuild {
    /// The state after the given Markdown files were saved, or nil when that needs the
    /// whole pipeline: a file that is not a page of an indexed document, a page that no
    /// longer loads, or a document whose exports changed.
    /// - Parameters:
    ///   - state: the last published build.
    ///   - pages: the saved files, relative to the content folder.
    public func update(_ state: IncrementalSite, pages: Set<String>) -> IncrementalSite.Update? {
        var next = state
        var editedPages: [SymbolTable.DocumentAddress: Set<Int>] = [:]
        let reloaded = StageTimings.time("load") { next.reload(pages, with: loader, edited: &editedPages) }
        guard reloaded else { return nil }
        let edited = editedPages.keys.sorted { ($0.region, $0.document) < ($1.region, $1.document) }

        var indexDiagnostics: [Diagnostic] = []
        let indexed = StageTimings.time("index") { next.reindex(edited, into: &indexDiagnostics) }
        guard indexed else { return nil }

        let checkDiagnostics = StageTimings.time("check") {
            edited.flatMap { SiteChecker.check(documentAt: $0.region, $0.document, of: next.site) }
        }
        let folders = edited.map { next.site.regions[$0.region].documents[$0.document].sourceFolder }
        let inEdited = { (diagnostic: Diagnostic) in folders.contains { diagnostic.location.file.hasPrefix($0) } }
        next.diagnostics = (state.diagnostics.filter { !inEdited($0) } + next.loadDiagnostics.filter(inEdited)
            + indexDiagnostics + checkDiagnostics).normalized

        // The edited documents' links resolved again, once, for render and the backlinks.
        let mentionKeys = StageTimings.time("plan") {
            next.plan = state.plan.updating(documentsAt: edited, in: next.site)
            return next.mentions.update(documents: edited, from: next.plan)
        }
        // A gemeente's page quotes the places that name it: it changes with an edited page
        // that names it, before the edit or after.
        let pageAddresses = editedPages.flatMap { address, pages in
            pages.map { SymbolTable.PageAddress(region: address.region, document: address.document, page: $0) }
        }
        let gemeenten = state.plan.gemeenten(namedOn: pageAddresses).union(next.plan.gemeenten(namedOn: pageAddresses))
        return IncrementalSite.Update(state: next, editedPages: editedPages, mentionKeys: mentionKeys, gemeenten: gemeenten)
    }
}
