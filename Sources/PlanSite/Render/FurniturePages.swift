import Foundation

/// The pages every site has: 404, the accessibility statement, sitemap and robots.
extension RenderContext {
    var basisURL: String {
        site.config.basisURL.hasSuffix("/") ? site.config.basisURL : site.config.basisURL + "/"
    }

    /// A server shows 404.html at any path, so its links start from `basis-url`.
    func notFoundPage() -> OutputFile {
        var layout = self.layout(pageURL: "", title: "Pagina niet gevonden", breadcrumbs: [])
        layout["root"] = basisURL
        layout["home"] = basisURL
        let main = theme.render("404", ["home": basisURL])
        layout["main"] = main
        return OutputFile(path: Route.notFound.file, text: theme.render("layout", layout))
    }

    func accessibilityPage() -> OutputFile {
        let url = Route.accessibility.url
        let body: String
        if let statement = site.config.toegankelijkheid {
            body = rich(statement, pageURL: url, context: .national)
        } else {
            body = Self.defaultStatement(site.config.titel)
        }
        let layout = self.layout(pageURL: url, title: "Toegankelijkheid", breadcrumbs: [("Toegankelijkheid", url)])
        return OutputFile(path: Route.file(forURL: url), text: page("simple", ["title": "Toegankelijkheid", "body": body], layout: layout))
    }

    static func defaultStatement(_ title: String) -> String {
        """
        <p>Wij willen dat iedereen \(HTMLEscape.text(title)) kan gebruiken. Deze website is gemaakt om te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, zoals de wet voor overheidsorganisaties voorschrijft (EN 301 549).</p>
        <h2>Wat wij doen</h2>
        <ul>
        <li>Alle pagina's zijn te gebruiken met alleen een toetsenbord, en een link bovenaan de pagina brengt u direct naar de inhoud.</li>
        <li>De tekst heeft voldoende contrast en de pagina's zijn te lezen op een telefoon en bij 400 % vergroting.</li>
        <li>Tabellen staan in een eigen schuifgebied met een naam, zodat de pagina zelf niet zijwaarts schuift.</li>
        <li>Elk document is ook als één pagina te lezen en af te drukken.</li>
        <li>De website werkt zonder JavaScript en laadt niets van andere websites.</li>
        </ul>
        <h2>Problemen melden</h2>
        <p>Loopt u tegen een probleem aan? Meld het bij de regio die het document heeft opgesteld. Vermeld de pagina en wat er niet werkt.</p>
        """
    }

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
