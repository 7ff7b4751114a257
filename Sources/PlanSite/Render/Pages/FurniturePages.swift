/// The pages every site has besides its plans: 404 and the accessibility statement.
struct NotFoundPage: SitePage {
    static func pages(of site: Site, at scope: PageScope) -> [NotFoundPage] {
        scope == .site ? [NotFoundPage()] : []
    }

    var route: Route { .notFound }
    var reads: [PageInput] { [] }

    /// A server shows 404.html at any path, so its links start from `basis-url`.
    func render(in context: RenderContext) -> OutputFile? {
        let basisURL = context.basisURL
        let layout = context.layout(pageURL: Route.home.url, title: "Pagina niet gevonden", breadcrumbs: [], root: basisURL)
        return OutputFile(path: route.file, text: context.page("404", NotFoundView(home: basisURL), layout: layout))
    }
}

/// What `404.mustache` reads.
struct NotFoundView: TemplateView {
    var home: String

    func child(named name: String) -> Any? {
        name == "home" ? home : nil
    }
}

/// `toegankelijkheid/`: the site's own statement (`toegankelijkheid` in site.yaml) or the
/// default one (`toegankelijkheid.mustache`).
struct AccessibilityPage: SitePage {
    static func pages(of site: Site, at scope: PageScope) -> [AccessibilityPage] {
        scope == .site ? [AccessibilityPage()] : []
    }

    var route: Route { .accessibility }
    var reads: [PageInput] { [] }

    func render(in context: RenderContext) -> OutputFile? {
        let url = route.url
        let statement = context.site.config.toegankelijkheid.map { context.rich($0, pageURL: url, context: .national) }
        let view = AccessibilityView(title: "Toegankelijkheid", siteTitle: context.site.config.titel, statement: statement)
        let layout = context.layout(pageURL: url, title: "Toegankelijkheid", breadcrumbs: [("Toegankelijkheid", url)])
        return OutputFile(path: route.file, text: context.page("toegankelijkheid", view, layout: layout))
    }
}

/// What `toegankelijkheid.mustache` reads.
struct AccessibilityView: TemplateView {
    var title: String
    var siteTitle: String
    /// The site's own statement, rendered; nil for the default text.
    var statement: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "siteTitle": siteTitle
        case "statement": statement
        default: nil
        }
    }
}

extension RenderContext {
    var basisURL: String {
        site.config.basisURL.hasSuffix("/") ? site.config.basisURL : site.config.basisURL + "/"
    }
}
