import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
import PlanSiteSearch

/// The search index's files in `zoeken/index/` (`SearchIndex`: the manifest, the word shards,
/// the text chunks), made from the model in one piece of work. It reads the text of every
/// Markdown page, so the preview makes it again after any edit of a page's text; everything
/// else it shows (titles, names, gremia, begrippen, gemeenten) changes only with a whole build.
struct SearchIndexPage: GatheringPage {
    /// Every Markdown page of every document.
    var reads: [PageInput]

    static func pages(of site: Site, at scope: PageScope) -> [SearchIndexPage] {
        guard scope == .site else { return [] }
        var reads: [PageInput] = []
        for (r, region) in site.regions.enumerated() {
            for (d, document) in region.documents.enumerated() {
                let address = SymbolTable.DocumentAddress(region: r, document: d)
                reads += document.pages.indices.map { PageInput.pageText(address, page: $0) }
            }
            // A gremium is found by what it says.
            reads.append(.gremia(r))
        }
        return [SearchIndexPage(reads: reads)]
    }

    var route: Route { .searchIndex(SearchIndex.manifestFile) }

    /// The manifest alone; `files(in:)` is the whole index.
    func render(in context: RenderContext) -> OutputFile? {
        files(in: context).first { $0.path == route.file }
    }

    func files(in context: RenderContext) -> [OutputFile] {
        let index = StageTimings.time("search index") { SearchIndex.build(context.site, stillWanted: context.stillWanted) }
        return index.files.map(Self.output)
    }

    /// The records are read from the site now; the analysis (over the cores) and the files
    /// come after.
    func gathered(from site: Site, stillWanted: @escaping @Sendable () -> Bool) -> RemainingWork {
        let input = StageTimings.time("search records") { SearchIndex.Input(site, stillWanted: stillWanted) }
        return { emit in
            guard let input else { return }
            _ = StageTimings.time("search index") { SearchIndex.build(input, stillWanted: stillWanted) { emit(Self.output($0)) } }
        }
    }

    private static func output(_ file: SearchIndex.File) -> OutputFile {
        OutputFile(path: Route.searchIndex(file.name).file, data: file.data)
    }
}
