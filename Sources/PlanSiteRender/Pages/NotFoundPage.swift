import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// 404.html, which a server shows for any address it does not have.
struct NotFoundPage: TemplatePage {
    static let template = "404"

    static func pages(of site: Site, at scope: PageScope) -> [NotFoundPage] {
        scope == .site ? [NotFoundPage()] : []
    }

    var route: Route { .notFound }
    var reads: [PageInput] { [] }

    /// A server shows 404.html at any path, so its links start from `basis-url`.
    func view(in context: RenderContext) -> PageView<NotFoundView>? {
        let basisURL = context.basisURL
        let layout = context.layout(pageURL: Route.home.url, title: "Pagina niet gevonden", breadcrumbs: [], root: basisURL)
        return PageView(main: NotFoundView(home: basisURL), layout: layout)
    }
}

/// What `404.mustache` reads.
struct NotFoundView: TemplateView {
    var home: String

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        field == .home ? home : nil
    }
}

extension RenderContext {
    var basisURL: String {
        site.config.basisURL.hasSuffix("/") ? site.config.basisURL : site.config.basisURL + "/"
    }
}
