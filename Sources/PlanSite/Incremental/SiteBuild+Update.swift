extension SiteBuild {
    /// The state after the given sources were saved, or nil when that needs the whole
    /// pipeline: a file that is not a Markdown page of an indexed document, a document's
    /// `hervormingsagenda.yaml` or a region's `overlegvormen.yaml`; a file that no longer
    /// loads; a document whose exports changed, or gained or lost its mapping; gremia added,
    /// removed, reordered or renamed.
    /// - Parameters:
    ///   - state: the last published build.
    ///   - sources: the saved files, relative to the content folder.
    ///   - work: run on the update while its checks run on the other core (the preview
    ///     renders the edited pages, which read the plan and never the diagnostics); its
    ///     update carries the diagnostics from before the edit.
    public func update<Alongside>(_ state: IncrementalSite, sources: Set<String>,
                                  alongsideChecks work: (IncrementalSite.Update) -> Alongside) -> (IncrementalSite.Update, Alongside)? {
        var next = state
        var edit = SiteEdit()
        // Region → its saved overlegvormen.yaml as diagnostics name it.
        var gremiaFiles: [Int: String] = [:]
        let reloaded = StageTimings.time("load") { () -> Bool in
            let pages = sources.filter { $0.hasSuffix(".md") }
            guard next.reload(pages, with: loader, edited: &edit.pages) else { return false }
            for path in sources.subtracting(pages).sorted() {
                if let (address, change) = next.reloadAgenda(path, with: loader) {
                    edit.mappings[address] = change
                } else if let (region, file) = next.reloadGremia(path, with: loader) {
                    edit.gremia.append(region)
                    if next.site.regions[region].gremia.map(\.writtenWork) != state.site.regions[region].gremia.map(\.writtenWork) {
                        edit.gremiaWork.append(region)
                    }
                    gremiaFiles[region] = file
                } else {
                    return false
                }
            }
            return true
        }
        guard reloaded else { return nil }
        // A document whose pages were saved is indexed again (its mapping with it); one whose
        // mapping alone was saved takes the new mapping, which indexing only carries along.
        // Both are checked and resolved again.
        let order = { (a: SymbolTable.DocumentAddress, b: SymbolTable.DocumentAddress) in (a.region, a.document) < (b.region, b.document) }
        let texts = edit.pages.keys.sorted(by: order)
        let mappingOnly = edit.mappings.keys.filter { edit.pages[$0] == nil }.sorted(by: order)
        for address in mappingOnly { edit.pages[address] = [] }
        let edited = edit.pages.keys.sorted(by: order)

        var indexDiagnostics: [Diagnostic] = []
        let indexed = StageTimings.time("index") { next.reindex(texts, into: &indexDiagnostics) && mappingOnly.allSatisfy { next.takeMapping(of: $0) } }
        guard indexed else { return nil }

        // The edited documents' and regions' links resolved again, once, for render, the
        // backlinks and the mappings' check.
        let (mentionKeys, gremiaGemeenten) = StageTimings.time("plan") {
            let (plan, gemeenten) = state.plan.updating(documentsAt: edited, textsOf: Set(texts), gremiaOfRegionsAt: edit.gremia,
                                                        names: next.names, in: next.site)
            next.plan = plan
            return (next.mentions.update(parts: plan.updatedParts(documentsAt: edited, gremiaOfRegionsAt: edit.gremia), from: plan), gemeenten)
        }

        // What can change: everything in a document whose pages were saved; in one whose
        // mapping alone was saved, the mapping file's and the mapping checks' diagnostics;
        // a saved overlegvormen.yaml's own.
        let folders = texts.map { next.site.regions[$0.region].documents[$0.document].sourceFolder }
        let mappingDocuments = mappingOnly.map { next.site.regions[$0.region].documents[$0.document] }
        let replaced = { (diagnostic: Diagnostic) in
            let file = diagnostic.location.file
            return gremiaFiles.values.contains(file) || folders.contains { file.hasPrefix($0) }
                || mappingDocuments.contains { SiteChecker.concernsMapping(diagnostic, of: $0) }
        }
        // A gemeente's page quotes the places that name it: it changes with an edited page
        // that names it, before the edit or after, and lists the gremia that name it.
        let pageAddresses = edit.pages.flatMap { address, pages in
            pages.map { SymbolTable.PageAddress(region: address.region, document: address.document, page: $0) }
        }
        let gemeenten = state.plan.gemeenten(namedOn: pageAddresses).union(next.plan.gemeenten(namedOn: pageAddresses)).union(gremiaGemeenten)
        let unchecked = IncrementalSite.Update(state: next, edit: edit, mentionKeys: mentionKeys, gemeenten: gemeenten)
        let mappingsEdited = !edit.mappings.isEmpty, gremiaSaved = gremiaFiles
        let (alongside, checkDiagnostics) = concurrently({ work(unchecked) }, alongside: {
            StageTimings.time("check") {
                texts.flatMap { SiteChecker.check(documentAt: $0.region, $0.document, of: unchecked.state.site) }
                    + mappingOnly.flatMap { SiteChecker.check(mappingOfDocumentAt: $0.region, $0.document, of: unchecked.state.site) }
                    + gremiaSaved.flatMap { SiteChecker.check(regionAt: $0.key, file: $0.value, of: unchecked.state.site) }
                    + (mappingsEdited ? SiteChecker.acrossMappings(unchecked.state.plan) : [])
            }
        })
        let acrossCodes = edit.mappings.isEmpty ? [] : SiteChecker.acrossMappingsCodes
        next.diagnostics = (state.diagnostics.filter { !replaced($0) && !acrossCodes.contains($0.code) } + next.loadDiagnostics.filter(replaced)
            + indexDiagnostics + checkDiagnostics).normalized
        return (IncrementalSite.Update(state: next, edit: edit, mentionKeys: mentionKeys, gemeenten: gemeenten), alongside)
    }
}
