import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// Which of an edit's pages a pass makes. The preview publishes the pages a reader of the
/// edited text sees first, and then, off its rebuild queue, the pages that gather the whole
/// site: at 100× a gemeente page quotes thousands of places and the search index holds
/// every word, seconds of work that the page being edited must not wait for.
package enum EditPass: Sendable {
    /// The page of each saved file itself (`SiteEdit.ownRoutes`): the one an editor has open
    /// beside the file, published before the rest.
    case own
    /// The other pages that show the edited text and the "genoemd in" lists.
    case reader
    /// The gemeente pages that quote an edited page and the search index.
    case gathering
}

/// What an incremental step changed, as render sees it: which pages' text, which documents'
/// Hervormingsagenda mappings and which regions' gremia.
package struct SiteEdit: Sendable {
    /// Document → indices of its edited pages (empty for a document whose mapping alone was saved).
    package var pages: [SymbolTable.DocumentAddress: Set<Int>] = [:]
    /// The documents whose `hervormingsagenda.yaml` was saved → what changed in it.
    package var mappings: [SymbolTable.DocumentAddress: MappingChange] = [:]
    /// The regions (indices) whose `overlegvormen.yaml` was saved.
    package var gremia: [Int] = []
    /// Those of `gremia` whose `werkt-aan` or `legt-verantwoording-af-aan` changed.
    package var gremiaWork: [Int] = []

    package init() {}

    /// The page inputs (`PageInput`) the edit changed, "genoemd in" lists and gemeenten aside.
    var inputs: Set<PageInput> {
        var inputs: Set<PageInput> = []
        for (address, pages) in pages {
            for p in pages { inputs.insert(.pageText(address, page: p)) }
        }
        for (address, change) in mappings {
            inputs.insert(.mapping(address))
            if change.entities { inputs.insert(.mappingEntities(address)) }
            inputs.formUnion(change.maatregelen.map { .mappingAnswer(address, maatregel: $0) })
            inputs.formUnion(change.themas.map { .mappingThema(address, thema: $0) })
        }
        inputs.formUnion(gremia.map(PageInput.gremia))
        inputs.formUnion(gremiaWork.map(PageInput.gremiaWork))
        return inputs
    }
}

extension SiteEdit {
    /// The page of each saved file: a Markdown page's own page, a mapping's agenda page of
    /// its document, an `overlegvormen.yaml`'s overlegvormen page. The editor previews the
    /// file there, so the preview publishes these first (`EditPass.own`).
    func ownRoutes(in site: Site) -> Set<Route> {
        var routes: Set<Route> = []
        for (address, pages) in pages {
            let document = site.regions[address.region].documents[address.document]
            for p in pages where document.pages.indices.contains(p) { routes.insert(document.pages[p].route) }
        }
        for address in mappings.keys {
            let document = site.regions[address.region].documents[address.document]
            routes.insert(.documentAgenda(region: document.regionSlug, document: document.slug))
        }
        for region in gremia where site.regions.indices.contains(region) {
            routes.insert(.overlegvormen(region: site.regions[region].slug))
        }
        return routes
    }
}

/// What a saved mapping changed, for the pages that show part of it: the maatregelen and
/// themas (ids) whose answer reads differently, and whether any answer names other entities.
package struct MappingChange: Sendable, Equatable {
    package var maatregelen: Set<String> = []
    package var themas: Set<String> = []
    package var entities = false

    package init(maatregelen: Set<String> = [], themas: Set<String> = [], entities: Bool = false) {
        self.maatregelen = maatregelen
        self.themas = themas
        self.entities = entities
    }

    package mutating func formUnion(_ other: MappingChange) {
        maatregelen.formUnion(other.maatregelen)
        themas.formUnion(other.themas)
        entities = entities || other.entities
    }
}

extension SiteRenderer {
    /// The pages that can differ after an edit that kept the exports of the edited documents
    /// (`DocumentExports`) and regions' gremia (`GremiumExports`): the pages whose declared
    /// `reads` hold the text of an edited page, an edited mapping or gremia, a "genoemd in"
    /// list whose key is in `mentionKeys` or the places of a gemeente in `gemeenten` (an
    /// edited page names it, before or after, or its gremia changed). Every other page shows
    /// only what the exports carry (titles in contents lists and pagers, labels of links),
    /// which did not change.
    /// - Parameter readers: the site's pages by input, kept by the preview since its last full build.
    /// - Parameter pass: which of them (`EditPass`).
    /// - Parameter stillWanted: false once a newer edit makes this one's pages stale (`RenderContext.stillWanted`).
    package func renderPages(edit: SiteEdit, mentionKeys: Set<String>, gemeenten: Set<String>,
                             of plan: ResolvedPlan, mentions: [String: [MentionIndex.Mention]], readers: PageReaders,
                             pass: EditPass, stillWanted: @escaping @Sendable () -> Bool = { true }) -> [OutputFile] {
        let changed = edit.inputs
        let pages: [any SitePage]
        switch pass {
        case .own, .reader:
            let own = edit.ownRoutes(in: plan.site), wantsOwn = pass == .own
            pages = readers.pages(reading: changed.union(mentionKeys.map(PageInput.mentions)))
                .filter { !type(of: $0).worksOverTheCores && own.contains($0.route) == wantsOwn }
        case .gathering:
            pages = readers.pages(reading: Set(gemeenten.map(PageInput.gemeente)))
                + readers.pages(reading: changed).filter { type(of: $0).worksOverTheCores }
        }
        guard !pages.isEmpty else { return [] }
        return render(pages, RenderContext(plan: plan, theme: theme, reloadScript: reloadScript, mentions: mentions, stillWanted: stillWanted))
    }
}
