import Dispatch
import Foundation

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

    enum Job: Sendable {
        case home, region(Int), begrippen(Int), overlegvormen(Int)
        case document(Int, Int), chapter(Int, Int, Int), entity(Int, Int, Int), full(Int, Int)
        case agenda(Int, Int), matrix(Int, Int), data(Int, Int)
        case nationalIndex, nationalThema(Int), nationalMaatregel(String)
        case accessibility, notFound
    }

    /// Every output file, sorted by path (the preview server and tests).
    public func render(_ site: Site) -> [OutputFile] {
        let collected = Collector<OutputFile>()
        render(site) { collected.append($0) }
        return collected.values.sorted { $0.path < $1.path }
    }

    /// Renders every page and hands each file to `emit` on the worker that made it, so a
    /// build writes pages while others render and never holds the whole site in memory.
    /// - Returns: the number of HTML files emitted.
    @discardableResult
    public func render(_ site: Site, emit: @escaping @Sendable (OutputFile) -> Void) -> Int {
        let context = RenderContext(site: site, theme: theme, reloadScript: reloadScript)
        let jobs = Self.jobs(for: site)
        let pagePaths = Slots<String>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            guard let file = Self.run(jobs[i], context) else { return }
            if file.path.hasSuffix(".html") { pagePaths.set(i, file.path) }
            emit(file)
        }
        let htmlPaths = pagePaths.values.compactMap { $0 }
        let pageURLs = htmlPaths.compactMap(Route.pageURL(ofFile:))
        emit(context.sitemap(urls: pageURLs, lastmod: date))
        emit(context.robots())
        for (path, data) in theme.assets { emit(OutputFile(path: path, data: data)) }
        return htmlPaths.count
    }

    /// One job per output page, in site order (the sitemap's order).
    static func jobs(for site: Site) -> [Job] {
        var jobs: [Job] = [.home, .accessibility, .notFound]
        for (r, region) in site.regions.enumerated() {
            jobs.append(.region(r))
            if !region.begrippen.isEmpty { jobs.append(.begrippen(r)) }
            if !region.gremia.isEmpty { jobs.append(.overlegvormen(r)) }
            for (d, document) in region.documents.enumerated() {
                jobs += [.document(r, d), .full(r, d), .data(r, d)]
                jobs += document.pages.indices.map { .chapter(r, d, $0) }
                var seenKeys: Set<String> = []
                for (e, entity) in document.entities.enumerated() {
                    // Page-level entities are their chapter page; a repeated key has one page.
                    guard seenKeys.insert(entity.key).inserted, entity.placement != .page else { continue }
                    jobs.append(.entity(r, d, e))
                }
                if document.agenda != nil { jobs += [.agenda(r, d), .matrix(r, d)] }
            }
        }
        if let national = site.national {
            jobs.append(.nationalIndex)
            jobs += national.themas.indices.map { .nationalThema($0) }
            jobs += national.maatregelen.map { .nationalMaatregel($0.id.value) }
        }
        return jobs
    }

    static func run(_ job: Job, _ context: RenderContext) -> OutputFile? {
        switch job {
        case .home: return context.homePage()
        case .region(let r): return context.regionPage(r)
        case .begrippen(let r): return context.begrippenPage(r)
        case .overlegvormen(let r): return context.overlegvormenPage(r)
        case .document(let r, let d): return context.documentPage(r, d)
        case .chapter(let r, let d, let p): return context.chapterPage(r, d, p)
        case .entity(let r, let d, let e): return context.entityPage(r, d, e)
        case .full(let r, let d): return context.fullDocumentPage(r, d)
        case .agenda(let r, let d): return context.documentAgendaPage(r, d)
        case .matrix(let r, let d): return context.matrixPage(r, d)
        case .data(let r, let d): return context.dataExport(r, d)
        case .nationalIndex: return context.nationalIndexPage()
        case .nationalThema(let t): return context.nationalThemaPage(t)
        case .nationalMaatregel(let id):
            guard let m = context.site.national?.maatregel(id) else { return nil }
            return context.nationalMaatregelPage(m)
        case .accessibility: return context.accessibilityPage()
        case .notFound: return context.notFoundPage()
        }
    }
}
