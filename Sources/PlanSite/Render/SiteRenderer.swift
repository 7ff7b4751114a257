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

    public func render(_ site: Site) -> [OutputFile] {
        let context = RenderContext(site: site, theme: theme, reloadScript: reloadScript)
        var jobs: [Job] = [.home, .accessibility, .notFound]
        for (r, region) in site.regions.enumerated() {
            jobs.append(.region(r))
            if !region.begrippen.isEmpty { jobs.append(.begrippen(r)) }
            if !region.gremia.isEmpty { jobs.append(.overlegvormen(r)) }
            for (d, document) in region.documents.enumerated() {
                jobs += [.document(r, d), .full(r, d), .data(r, d)]
                jobs += document.pages.indices.map { .chapter(r, d, $0) }
                jobs += document.entities.indices.compactMap { e in
                    let entity = document.entities[e]
                    // Page-level entities are their chapter page; a repeated key has one page.
                    guard entity.placement != .page, document.entities.firstIndex(where: { $0.key == entity.key }) == e else { return nil }
                    return .entity(r, d, e)
                }
                if document.agenda != nil { jobs += [.agenda(r, d), .matrix(r, d)] }
            }
        }
        if let national = site.national {
            jobs.append(.nationalIndex)
            jobs += national.themas.indices.map { .nationalThema($0) }
            jobs += national.maatregelen.map { .nationalMaatregel($0.id.value) }
        }
        let allJobs = jobs
        let results = ResultSlots(count: allJobs.count)
        DispatchQueue.concurrentPerform(iterations: allJobs.count) { i in
            results.set(i, Self.run(allJobs[i], context))
        }
        var files = results.values.compactMap { $0 }
        let pageURLs = files.filter { $0.path.hasSuffix("index.html") }.map { String($0.path.dropLast("index.html".count)) }
        files.append(context.sitemap(urls: pageURLs, lastmod: date))
        files.append(context.robots())
        for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) { files.append(OutputFile(path: path, data: data)) }
        return files
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

/// Fixed slots that parallel workers fill by index, each slot written once.
final class ResultSlots: @unchecked Sendable {
    private var storage: [OutputFile?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: OutputFile?) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [OutputFile?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
