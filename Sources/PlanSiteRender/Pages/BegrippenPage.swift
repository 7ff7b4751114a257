import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// The region's glossary: its own page, and inside a bijlage with `toon: begrippen`.
struct BegrippenPage: SitePage {
    var region: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [BegrippenPage] {
        guard case .region(let r) = scope, !site.regions[r].begrippen.isEmpty else { return [] }
        return [BegrippenPage(region: r, route: .begrippen(region: site.regions[r].slug))]
    }

    var reads: [PageInput] { [] }

    func render(in context: RenderContext) -> OutputFile? {
        context.begrippenPage(region)
    }
}

extension RenderContext {
    func begrippenList(_ r: Int, pageURL: String) -> String {
        let region = site.regions[r]
        let reference = ReferenceContext(region: r)
        var out = "<dl class=\"begrippen\">\n"
        for begrip in region.begrippen.sorted(by: { ($0.afkorting ?? $0.term).localizedLowercase < ($1.afkorting ?? $1.term).localizedLowercase }) {
            out += "<dt id=\"\(HTMLEscape.attribute(ElementID.begrip(begrip.id.value).value))\">"
            if let afkorting = begrip.afkorting, afkorting != begrip.term {
                out += "<abbr title=\"\(HTMLEscape.attribute(begrip.term))\">\(HTMLEscape.text(afkorting))</abbr> – "
            }
            out += HTMLEscape.text(begrip.term) + "</dt>\n<dd>"
            out += rich(begrip.betekenis, pageURL: pageURL, context: reference)
            if let hoortBij = begrip.hoortBij, case .target(let target) = resolver.resolve(hoortBij.value, from: reference) {
                out += "<p class=\"hoort-bij\">Hoort bij <a href=\"\(HTMLEscape.attribute(RelativeURL.href(to: target.url, fragment: target.fragment, from: pageURL)))\">\(HTMLEscape.text(target.label))</a></p>"
            }
            out += "</dd>\n"
        }
        return out + "</dl>\n"
    }

    func begrippenPage(_ r: Int) -> OutputFile {
        let region = site.regions[r]
        let url = region.begrippenURL
        let title = "Begrippen en afkortingen"
        let layout = self.layout(pageURL: url, title: "\(title) – \(region.config.naam)",
                                 breadcrumbs: [(region.config.naam, region.url), (title, url)])
        let body = "<p class=\"inleiding\">Begrippen en afkortingen uit de plannen van \(HTMLEscape.text(region.config.naam)).</p>\n" + begrippenList(r, pageURL: url)
        return OutputFile(path: Route.file(forURL: url), text: page("simple", SimpleView(title: title, body: body), layout: layout))
    }
}
