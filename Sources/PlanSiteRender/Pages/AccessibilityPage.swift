import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `toegankelijkheid/`: the site's own statement (`toegankelijkheid` in site.yaml) or the
/// default one (`toegankelijkheid.mustache`).
struct AccessibilityPage: TemplatePage {
    static let template = "toegankelijkheid"

    static func pages(of site: Site, at scope: PageScope) -> [AccessibilityPage] {
        scope == .site ? [AccessibilityPage()] : []
    }

    var route: Route { .accessibility }
    var reads: [PageInput] { [] }

    func view(in context: RenderContext) -> PageView<AccessibilityView>? {
        let url = route.url
        let statement = context.site.config.toegankelijkheid.map { context.rich($0, pageURL: url, context: .national) }
        let view = AccessibilityView(title: "Toegankelijkheid", siteTitle: context.site.config.titel, statement: statement)
        let layout = context.layout(pageURL: url, title: "Toegankelijkheid", breadcrumbs: [("Toegankelijkheid", url)])
        return PageView(main: view, layout: layout)
    }
}

/// What `toegankelijkheid.mustache` reads.
struct AccessibilityView: TemplateView {
    var title: String
    var siteTitle: String
    /// The site's own statement, rendered; nil for the default text.
    var statement: String?

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .siteTitle: siteTitle
        case .statement: statement
        default: nil
        }
    }
}

