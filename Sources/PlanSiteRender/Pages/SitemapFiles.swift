import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// The two plain-text files for search engines: the sitemap lists every page the build
/// rendered (so it needs no page kind of its own), robots.txt points to it.
extension RenderContext {
    func sitemap(urls: [String], lastmod: String) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls.sorted() {
            xml += "<url><loc>\(HTMLEscape.text(basisURL + url))</loc><lastmod>\(lastmod)</lastmod></url>\n"
        }
        return OutputFile(path: Route.sitemap.file, text: xml + "</urlset>\n")
    }

    func robots() -> OutputFile {
        OutputFile(path: Route.robots.file, text: "User-agent: *\nAllow: /\n\nSitemap: \(basisURL)\(Route.sitemap.url)\n")
    }
}
