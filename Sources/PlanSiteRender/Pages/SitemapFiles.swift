import Foundation
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// The two plain-text files for search engines: the sitemap lists every page the build
/// rendered (so it needs no page kind of its own), robots.txt points to it. A value apart
/// from the render context: the sitemap is written once every page is made, after the
/// context is let go, beside the search index (`SiteRenderer.render`).
struct SitemapFiles: Sendable {
    /// The site's `basis-url`, ending in "/".
    var basisURL: String
    /// `lastmod` of every entry (YYYY-MM-DD).
    var lastmod: String

    init(context: RenderContext, lastmod: String) {
        basisURL = context.basisURL
        self.lastmod = lastmod
    }

    /// Made on the bytes, its size reserved: at 100× it lists 30,000 pages, and a string grown
    /// line by line, then copied to close it and again into `Data`, held 12 MB at the build's
    /// peak of memory.
    func sitemap(urls: [String]) -> OutputFile {
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let open = "<url><loc>", middle = "</loc><lastmod>\(lastmod)</lastmod></url>\n", tail = "</urlset>\n"
        let sorted = urls.sorted()
        var bytes: [UInt8] = []
        // Escaping lengthens a URL only where it holds `&`, `<` or `>`, which routes do not.
        let perURL = open.utf8.count + basisURL.utf8.count + middle.utf8.count
        bytes.reserveCapacity(head.utf8.count + tail.utf8.count + sorted.reduce(0) { $0 + $1.utf8.count + perURL })
        bytes += head.utf8
        for url in sorted {
            bytes += open.utf8
            bytes += HTMLEscape.text(basisURL + url).utf8
            bytes += middle.utf8
        }
        bytes += tail.utf8
        return OutputFile(path: Route.sitemap.file, data: Data(bytes))
    }

    func robots() -> OutputFile {
        OutputFile(path: Route.robots.file, text: "User-agent: *\nAllow: /\n\nSitemap: \(basisURL)\(Route.sitemap.url)\n")
    }
}
