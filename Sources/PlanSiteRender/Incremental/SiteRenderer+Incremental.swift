import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
extension SiteRenderer {
    /// The pages that can differ after Markdown pages were edited without changing their
    /// documents' exports (`DocumentExports`): the pages whose declared `reads` hold the text
    /// of an edited page, a "genoemd in" list whose key is in `mentionKeys` or the places of a
    /// gemeente in `gemeenten` (an edited page names it, before or after). Every other
    /// page shows only what the exports carry (titles in contents lists and pagers, labels of
    /// links), which did not change.
    /// - Parameter editedPages: document → indices of its edited pages.
    /// - Parameter readers: the site's pages by input, kept by the preview since its last full build.
    /// - Parameter overTheCores: the pages that work over the cores themselves (the search
    ///   index) when true, every other page when false: the preview publishes the pages a
    ///   reader sees first and the index after them.
    package func renderPages(editedPages: [SymbolTable.DocumentAddress: Set<Int>], mentionKeys: Set<String>, gemeenten: Set<String> = [],
                             of plan: ResolvedPlan,
                     mentions: [String: [MentionIndex.Mention]], readers: PageReaders, overTheCores: Bool = false) -> [OutputFile] {
        var inputs = Set(mentionKeys.map(PageInput.mentions)).union(gemeenten.map(PageInput.gemeente))
        for (address, pages) in editedPages {
            for p in pages { inputs.insert(.pageText(address, page: p)) }
        }
        let pages = readers.pages(reading: inputs).filter { type(of: $0).worksOverTheCores == overTheCores }
        guard !pages.isEmpty else { return [] }
        return render(pages, RenderContext(plan: plan, theme: theme, reloadScript: reloadScript, mentions: mentions))
    }
}
