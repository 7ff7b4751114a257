import Dispatch

extension SiteRenderer {
    /// Every page of the given documents (chapters, entities, the whole document, its
    /// Hervormingsagenda pages, its index and open data) and, with `national`, the national
    /// Hervormingsagenda pages: the same jobs `render(_:)` runs for them, with "genoemd in"
    /// lists given instead of worked out from the whole site.
    func renderPages(ofDocuments documents: Set<SymbolTable.DocumentAddress>, national: Bool, of site: Site,
                     mentions: [String: [RenderContext.Mention]]) -> [OutputFile] {
        let jobs = Self.jobs(for: site).filter { job in
            if let address = job.documentAddress { return documents.contains(address) }
            return national && job.isNational
        }
        guard !jobs.isEmpty else { return [] }
        let context = RenderContext(site: site, theme: theme, reloadScript: reloadScript, mentions: mentions)
        let results = Slots<OutputFile>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            results.set(i, Self.run(jobs[i], context))
        }
        return results.values.compactMap { $0 }
    }
}

extension SiteRenderer.Job {
    /// The document a page belongs to, for the pages made from one document.
    var documentAddress: SymbolTable.DocumentAddress? {
        switch self {
        case .document(let r, let d), .full(let r, let d), .agenda(let r, let d), .matrix(let r, let d), .data(let r, let d),
             .chapter(let r, let d, _), .entity(let r, let d, _):
            SymbolTable.DocumentAddress(region: r, document: d)
        case .home, .region, .begrippen, .overlegvormen, .nationalIndex, .nationalThema, .nationalMaatregel, .accessibility, .notFound:
            nil
        }
    }

    /// The national Hervormingsagenda pages.
    var isNational: Bool {
        switch self {
        case .nationalIndex, .nationalThema, .nationalMaatregel: true
        default: false
        }
    }
}
