extension SiteRenderer {
    /// The pages that can differ after Markdown pages were edited without changing their
    /// documents' exports (`DocumentExports`), made by the jobs `render(_:)` runs for them,
    /// with "genoemd in" lists given instead of worked out from the whole site:
    /// - each edited page's own page and the entity pages defined in it, and its document's
    ///   whole-document page; every other page of the document shows only the document's
    ///   exports of it (titles in contents lists and pagers, labels of links), and so do the
    ///   document's index, Hervormingsagenda pages and open data;
    /// - the pages showing a "genoemd in" list whose target key is in `mentionKeys`: an
    ///   entity's page (or the chapter that is one) and a national maatregel's page, the
    ///   only callers of `mentionsHTML`.
    /// - Parameter editedPages: document → indices of its edited pages.
    func renderPages(editedPages: [SymbolTable.DocumentAddress: Set<Int>], mentionKeys: Set<String>, of site: Site,
                     mentions: [String: [RenderContext.Mention]]) -> [OutputFile] {
        var mentionedEntities: [SymbolTable.DocumentAddress: Set<String>] = [:]
        var mentionedMaatregelen: Set<String> = []
        var everyNationalPage = false
        for key in mentionKeys {
            if key.hasPrefix("entiteit:") {
                // entiteit:<regio>/<document>/<soort>:<nummer>
                let parts = key.dropFirst("entiteit:".count).split(separator: "/", maxSplits: 2).map(String.init)
                guard parts.count == 3, let address = site.symbols.documents[parts[0] + "/" + parts[1]] else { continue }
                mentionedEntities[address, default: []].insert(parts[2])
            } else if key.hasPrefix("landelijk:maatregel:") {
                mentionedMaatregelen.insert(String(key.dropFirst("landelijk:maatregel:".count)))
            } else if key.hasPrefix("landelijk:") {
                everyNationalPage = true
            }
        }
        let jobs = Self.jobs(for: site).filter { job in
            switch job {
            case .chapter(let r, let d, let p):
                let address = SymbolTable.DocumentAddress(region: r, document: d)
                if editedPages[address]?.contains(p) == true { return true }
                guard let keys = mentionedEntities[address], let key = site.regions[r].documents[d].pages[p].entityKey else { return false }
                return keys.contains(key)
            case .entity(let r, let d, let e):
                let address = SymbolTable.DocumentAddress(region: r, document: d)
                let entity = site.regions[r].documents[d].entities[e]
                return editedPages[address]?.contains(entity.pageIndex) == true || mentionedEntities[address]?.contains(entity.key) == true
            case .full(let r, let d):
                return editedPages[SymbolTable.DocumentAddress(region: r, document: d)] != nil
            case .nationalMaatregel(let id):
                return everyNationalPage || mentionedMaatregelen.contains(id)
            case .nationalIndex, .nationalThema:
                return everyNationalPage
            case .home, .region, .begrippen, .overlegvormen, .document, .agenda, .matrix, .data, .accessibility, .notFound:
                return false
            }
        }
        guard !jobs.isEmpty else { return [] }
        return run(jobs, RenderContext(site: site, theme: theme, reloadScript: reloadScript, mentions: mentions))
    }
}
