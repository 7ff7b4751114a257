/// The preview server's last published build, kept so that saving Markdown pages, a
/// document's `hervormingsagenda.yaml` or a region's `overlegvormen.yaml` re-runs the pipeline
/// for what holds them only (`SiteBuild.update`): load re-reads the saved files, index
/// re-indexes their documents, check re-checks those documents and regions and keeps every
/// other file's diagnostics, and render makes the pages that read what changed. The answer
/// is the full build's (the tests compare the two) as long as the edited documents' exports
/// (`DocumentExports`) and regions' gremia (`GremiumExports`) stay the same; when they do
/// not, or the edit is anything else, `update` returns nil and the caller runs the whole
/// pipeline.
public struct IncrementalSite: Sendable {
    public internal(set) var loaded: LoadedContent
    /// The load stage's diagnostics, kept apart: a saved file's are replaced on their own.
    public internal(set) var loadDiagnostics: [Diagnostic]
    public internal(set) var site: Site
    /// Every diagnostic of the build (load, index and check), normalized.
    public internal(set) var diagnostics: [Diagnostic]
    /// The resolved plan of `site`, which render reads; after an edit only the edited
    /// documents' links are resolved again (`ResolvedPlan.updating(documentsAt:textsOf:gremiaOfRegionsAt:names:in:)`).
    var plan: ResolvedPlan
    var mentions: MentionIndex
    /// The site's pages by what they read; an incremental step keeps the site's pages.
    let readers: PageReaders
    /// The gemeenten every page is searched for: they come from the regions' `regio.yaml`,
    /// which an incremental step never changes.
    let names: GemeenteNames

    /// - Parameter diagnostics: the build's diagnostics, load stage included.
    /// - Parameter plan: the build's resolved plan of `site`, kept with its backlinks (made again when nil).
    public init(loaded: LoadedContent, loadDiagnostics: [Diagnostic], site: Site, diagnostics: [Diagnostic], plan: ResolvedPlan? = nil) {
        self.loaded = loaded
        self.loadDiagnostics = loadDiagnostics
        self.site = site
        self.diagnostics = diagnostics.normalized
        let plan = plan ?? ResolvedPlan(site: site)
        self.plan = plan
        self.mentions = MentionIndex(plan: plan)
        self.readers = PageReaders(site: site)
        self.names = GemeenteNames(regions: site.regions.map(\.config))
    }

    /// One incremental step: the new state and what has to be rendered again.
    public struct Update: Sendable {
        public var state: IncrementalSite
        /// The edited pages, mappings and gremia.
        var edit: SiteEdit
        /// Target keys whose "genoemd in" list changed.
        var mentionKeys: Set<String>
        /// The gemeenten (slugs) named by an edited page, before or after the edit, or whose
        /// gremia changed.
        public internal(set) var gemeenten: Set<String>

        /// The page of each saved file (`EditPass.own`: the edited Markdown page, the mapping's
        /// agenda page, the overlegvormen page), which the preview publishes first.
        public func renderOwn(with renderer: SiteRenderer) -> [OutputFile] {
            StageTimings.time("render own") { render(.own, with: renderer) }
        }

        /// The other pages a reader of the edited text sees (`EditPass.reader`) that can differ
        /// from the previous build's; with `renderOwn(with:)`'s, every page that can. Every
        /// other file stays as it is (no file is added or removed by an edit that keeps the
        /// exports). The gemeente pages and the search index are not among them:
        /// `renderGathering(with:)` makes them, after these are published.
        public func render(with renderer: SiteRenderer) -> [OutputFile] {
            StageTimings.time("render") { render(.reader, with: renderer) }
        }

        /// The gemeente pages that quote an edited page and the search index, made again from
        /// the edited text (`EditPass.gathering`).
        /// - Parameter stillWanted: false once a newer edit came; the search index then stops
        ///   early and what was made must not be written.
        /// - Parameter gemeenten: the gemeenten whose pages to make: this edit's (`gemeenten`)
        ///   and those of earlier edits whose gathering was stopped before it was written.
        public func renderGathering(with renderer: SiteRenderer, gemeenten: Set<String>, stillWanted: @escaping @Sendable () -> Bool) -> [OutputFile] {
            render(.gathering, with: renderer, gemeenten: gemeenten, stillWanted: stillWanted)
        }

        private func render(_ pass: EditPass, with renderer: SiteRenderer, gemeenten: Set<String> = [],
                            stillWanted: @escaping @Sendable () -> Bool = { true }) -> [OutputFile] {
            renderer.renderPages(edit: edit, mentionKeys: mentionKeys, gemeenten: gemeenten, of: state.plan,
                                 mentions: state.mentions.merged, readers: state.readers, pass: pass, stillWanted: stillWanted)
        }
    }

    /// Reads the saved pages again into `loaded`, replacing their load diagnostics; records
    /// each one's index under its document's site address in `edited` (a document's pages
    /// are indexed in the order they are loaded). False when one is not a page of an
    /// indexed document or no longer loads.
    mutating func reload(_ pages: Set<String>, with loader: ContentLoader, edited: inout [SymbolTable.DocumentAddress: Set<Int>]) -> Bool {
        for path in pages.sorted() {
            guard let (r, d, p) = loaded.pageIndices(of: path) else { return false }
            let region = loaded.regions[r], document = region.documents[d]
            guard let address = site.symbols.documents[region.slug + "/" + document.slug] else { return false }
            let old = document.pages[p]
            let (page, found, sources) = loader.reloadPage(path, kind: old.kind)
            guard let page else { return false }
            loaded.regions[r].documents[d].pages[p] = page
            replaceLoadDiagnostics(of: old.file.displayPath, with: found, sources: sources)
            edited[address, default: []].insert(p)
        }
        return true
    }

    /// Reads a saved `hervormingsagenda.yaml` (`<regio>/<document>/`) again into `loaded`; the
    /// address of its document and what changed in the mapping (`DocumentAgenda.change`).
    /// Nil when it is not the mapping of an indexed document, no longer reads as YAML, or the
    /// document gains or loses its mapping (its Hervormingsagenda pages would come or go).
    mutating func reloadAgenda(_ path: String, with loader: ContentLoader) -> (address: SymbolTable.DocumentAddress, change: MappingChange)? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count == 3, parts[2] == "hervormingsagenda.yaml",
              let r = loaded.regions.firstIndex(where: { $0.slug == parts[0] }),
              let d = loaded.regions[r].documents.firstIndex(where: { $0.slug == parts[1] }),
              let address = site.symbols.documents[parts[0] + "/" + parts[1]] else { return nil }
        let reloaded = loader.reloadAgenda(path)
        guard let read = reloaded.value, let agenda = read, let before = loaded.regions[r].documents[d].agenda else { return nil }
        loaded.regions[r].documents[d].agenda = agenda
        replaceLoadDiagnostics(of: reloaded.shownPath, with: reloaded.diagnostics, sources: reloaded.sources)
        return (address, agenda.change(since: before))
    }

    /// Reads a saved `<regio>/overlegvormen.yaml` again into `loaded` and `site`: the region's
    /// index in `site` and the file as diagnostics name it, or nil when it is not an indexed
    /// region's, no longer reads as YAML, or its gremia are not the same ones under the same
    /// names (`GremiumExports`).
    mutating func reloadGremia(_ path: String, with loader: ContentLoader) -> (region: Int, file: String)? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count == 2, parts[1] == "overlegvormen.yaml",
              let l = loaded.regions.firstIndex(where: { $0.slug == parts[0] }),
              let r = site.regions.firstIndex(where: { $0.slug == parts[0] }) else { return nil }
        let reloaded = loader.reloadGremia(path)
        guard let gremia = reloaded.value, GremiumExports(gremia) == GremiumExports(site.regions[r].gremia) else { return nil }
        loaded.regions[l].gremia = gremia
        site.regions[r].gremia = gremia
        replaceLoadDiagnostics(of: reloaded.shownPath, with: reloaded.diagnostics, sources: reloaded.sources)
        return (r, reloaded.shownPath)
    }

    /// Puts the mapping `reloadAgenda` read into the indexed document at `address`: indexing
    /// a document carries its mapping along and changes nothing else for it. False when the
    /// document is not where it was loaded.
    mutating func takeMapping(of address: SymbolTable.DocumentAddress) -> Bool {
        let document = site.regions[address.region].documents[address.document]
        guard let loadedDocument = loaded.document(region: document.regionSlug, slug: document.slug) else { return false }
        site.regions[address.region].documents[address.document].agenda = loadedDocument.agenda
        return true
    }

    private mutating func replaceLoadDiagnostics(of shown: String, with found: [Diagnostic], sources: [String: SourceFile]) {
        for (shown, file) in sources { loaded.sources[shown] = file }
        loadDiagnostics = loadDiagnostics.filter { $0.location.file != shown } + found
    }

    /// Indexes the edited documents again into `site`. False when one's exports changed.
    mutating func reindex(_ edited: [SymbolTable.DocumentAddress], into diagnostics: inout [Diagnostic]) -> Bool {
        for address in edited {
            let old = site.regions[address.region].documents[address.document]
            // Its diagnostics are told apart by folder, so it needs one.
            // A copy: what was loaded is kept for the next edit.
            guard !old.sourceFolder.isEmpty, var loadedDocument = loaded.document(region: old.regionSlug, slug: old.slug),
                  let config = loadedDocument.config else { return false }
            let document = SiteIndexer.indexDocument(&loadedDocument, config: config, region: old.regionSlug, names: names, into: &diagnostics)
            guard DocumentExports(document) == DocumentExports(old) else { return false }
            // The symbol table is made from the exports only, so it stays as it is.
            site.regions[address.region].documents[address.document] = document
        }
        return true
    }
}

extension LoadedContent {
    /// Where the page read from `relativePath` sits in `regions`.
    func pageIndices(of relativePath: String) -> (Int, Int, Int)? {
        for (r, region) in regions.enumerated() {
            for (d, document) in region.documents.enumerated() {
                if let p = document.pages.firstIndex(where: { $0.relativePath == relativePath }) { return (r, d, p) }
            }
        }
        return nil
    }

    func document(region: String, slug: String) -> LoadedDocument? {
        regions.first { $0.slug == region }?.documents.first { $0.slug == slug }
    }
}
