import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// Which of an edit's pages a pass makes. The preview publishes the pages a reader of the
/// edited text sees first, and then, off its rebuild queue, the pages that gather the whole
/// site: at 100× a gemeente page quotes thousands of places and the search index holds
/// every word, seconds of work that the page being edited must not wait for.
package enum EditPass: Sendable {
    /// The edited pages, the pages that show their text and the "genoemd in" lists.
    case reader
    /// The gemeente pages that quote an edited page and the search index.
    case gathering
}

extension SiteRenderer {
    /// The pages that can differ after Markdown pages were edited without changing their
    /// documents' exports (`DocumentExports`): the pages whose declared `reads` hold the text
    /// of an edited page, a "genoemd in" list whose key is in `mentionKeys` or the places of a
    /// gemeente in `gemeenten` (an edited page names it, before or after). Every other
    /// page shows only what the exports carry (titles in contents lists and pagers, labels of
    /// links), which did not change.
    /// - Parameter editedPages: document → indices of its edited pages.
    /// - Parameter readers: the site's pages by input, kept by the preview since its last full build.
    /// - Parameter pass: which of them (`EditPass`).
    /// - Parameter stillWanted: false once a newer edit makes this one's pages stale (`RenderContext.stillWanted`).
    package func renderPages(editedPages: [SymbolTable.DocumentAddress: Set<Int>], mentionKeys: Set<String>, gemeenten: Set<String>,
                             of plan: ResolvedPlan, mentions: [String: [MentionIndex.Mention]], readers: PageReaders,
                             pass: EditPass, stillWanted: @escaping @Sendable () -> Bool = { true }) -> [OutputFile] {
        var text: Set<PageInput> = []
        for (address, pages) in editedPages {
            for p in pages { text.insert(.pageText(address, page: p)) }
        }
        let pages: [any SitePage]
        switch pass {
        case .reader:
            pages = readers.pages(reading: text.union(mentionKeys.map(PageInput.mentions)))
                .filter { !type(of: $0).worksOverTheCores }
        case .gathering:
            pages = readers.pages(reading: Set(gemeenten.map(PageInput.gemeente)))
                + readers.pages(reading: text).filter { type(of: $0).worksOverTheCores }
        }
        guard !pages.isEmpty else { return [] }
        var context = RenderContext(plan: plan, theme: theme, reloadScript: reloadScript, mentions: mentions)
        context.stillWanted = stillWanted
        return render(pages, context)
    }
}
