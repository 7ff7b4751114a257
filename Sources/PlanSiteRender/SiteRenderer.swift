import Dispatch
import Foundation
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// Renders every page of the site. Pages are independent, so they are rendered in parallel
/// over the cores; the result is the complete list of output files, in a fixed order.
public struct SiteRenderer: Sendable {
    public var theme: Theme
    /// `lastmod` of the sitemap (YYYY-MM-DD).
    public var date: String
    /// Injected into every HTML page by the preview server; empty for `build`.
    public var reloadScript: String

    public init(theme: Theme = .builtIn, date: String = SiteRenderer.today(), reloadScript: String = "") {
        self.theme = theme
        self.date = date
        self.reloadScript = reloadScript
    }

    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }

    /// Every output file, sorted by path (the preview server and tests).
    public func render(_ site: Site) -> [OutputFile] {
        render(ResolvedPlan(site: site))
    }

    /// Every output file of the plan's site, sorted by path.
    public func render(_ plan: ResolvedPlan) -> [OutputFile] {
        let collected = Collector<OutputFile>()
        render(plan) { collected.append($0) }
        return collected.values.sorted { $0.path < $1.path }
    }

    /// Renders every page and hands each file to `emit` on the worker that made it, so a
    /// build writes pages while others render and never holds the whole site in memory.
    /// - Parameter plan: consumed: once every other page is made, the render context and
    ///   what the plan resolved are let go before the pages that work over the cores read the
    ///   site (`GatheringPage`), and the site itself before they finish, unless the caller
    ///   keeps a copy.
    /// - Parameter mentions: the "genoemd in" lists (`MentionIndex.merged`) when made
    ///   already; nil makes them from `plan.references`.
    /// - Returns: the number of HTML files emitted.
    @discardableResult
    package func render(_ plan: consuming ResolvedPlan, mentions: [String: [MentionIndex.Mention]]? = nil,
                        emit: @escaping @Sendable (OutputFile) -> Void) -> Int {
        var site: Site? = plan.site
        let context = RenderContext(plan: consume plan, theme: theme, reloadScript: reloadScript, mentions: mentions)
        let (htmlCount, pageURLs, gathering) = renderPages(context, emit: emit)
        let sitemap = SitemapFiles(context: context, lastmod: date)
        let stillWanted = context.stillWanted
        emit(sitemap.robots())
        // Each is freed on another thread while the search index is made.
        releaseInBackground(consume context)
        var remaining: [RemainingWork] = []
        if let read = site {
            remaining = gathering.map { $0.gathered(from: read, stillWanted: stillWanted) }
        }
        releaseInBackground(site.take())
        _ = concurrently({ for work in remaining { work(emit) } }, alongside: { emit(sitemap.sitemap(urls: pageURLs)) })
        for (path, data) in theme.assets { emit(OutputFile(path: path, data: data)) }
        return htmlCount
    }

    /// Every page but those that work over the cores, which it returns with the number of
    /// HTML files made and the URLs of those that are pages (for the sitemap).
    private func renderPages(_ context: RenderContext, emit: @escaping @Sendable (OutputFile) -> Void) -> (Int, [String], [any GatheringPage]) {
        let all = PageRegistry.pages(of: context.site)
        let pages = all.filter { !type(of: $0).worksOverTheCores }
        let pagePaths = Slots<String>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { i in
            for file in pages[i].files(in: context) {
                if file.path.hasSuffix(".html") { pagePaths.set(i, file.path) }
                emit(file)
            }
        }
        let htmlPaths = pagePaths.values.compactMap { $0 }
        return (htmlPaths.count, htmlPaths.compactMap(Route.pageURL(ofFile:)), all.compactMap { $0 as? any GatheringPage })
    }
}
