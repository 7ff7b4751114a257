import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// The region's gremia: grouped by what they work on ("overlegvormen per themalijn"), a
/// diagram of who reports to whom (inline SVG with a text equivalent), and a card per gremium.
struct OverlegvormenPage: SitePage {
    var region: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [OverlegvormenPage] {
        guard case .region(let r) = scope, !site.regions[r].gremia.isEmpty else { return [] }
        return [OverlegvormenPage(region: r, route: .overlegvormen(region: site.regions[r].slug))]
    }

    var reads: [PageInput] { [] }

    func render(in context: RenderContext) -> OutputFile? {
        context.overlegvormenPage(region)
    }
}

extension RenderContext {
    func overlegvormenBody(_ r: Int, pageURL: String, headingLevel: Int, idPrefix: String = "") -> String {
        let region = site.regions[r]
        let reference = ReferenceContext(region: r)
        let h = min(6, headingLevel), h2 = min(6, headingLevel + 1)
        var out = ""
        out += GremiumDiagram(gremia: region.gremia).html(idPrefix: idPrefix, headingLevel: h)

        // Groups by the target each gremium works on, in the order the targets first appear.
        var groups: [(title: String, href: String, members: [Gremium])] = []
        var other: [Gremium] = []
        for gremium in region.gremia {
            var placed = false
            for target in gremium.werktAan {
                guard case .target(let t) = resolver.resolve(target.value, from: reference) else { continue }
                placed = true
                if let i = groups.firstIndex(where: { $0.title == t.label }) { groups[i].members.append(gremium) }
                else { groups.append((t.label, RelativeURL.href(to: t.url, fragment: t.fragment, from: pageURL), [gremium])) }
            }
            if !placed { other.append(gremium) }
        }
        if !groups.isEmpty {
            out += "<h\(h) id=\"\(HTMLEscape.attribute(idPrefix))per-onderdeel\">Overlegvormen per onderdeel van het plan</h\(h)>\n"
            for group in groups {
                out += "<h\(h2)><a href=\"\(HTMLEscape.attribute(group.href))\">\(HTMLEscape.text(group.title))</a></h\(h2)>\n<ul>\n"
                for g in group.members { out += "<li><a href=\"#\(HTMLEscape.attribute(idPrefix + ElementID.gremium(g.id.value).value))\">\(HTMLEscape.text(g.naam))</a></li>\n" }
                out += "</ul>\n"
            }
            if !other.isEmpty {
                out += "<h\(h2)>Overige overlegvormen</h\(h2)>\n<ul>\n"
                for g in other { out += "<li><a href=\"#\(HTMLEscape.attribute(idPrefix + ElementID.gremium(g.id.value).value))\">\(HTMLEscape.text(g.naam))</a></li>\n" }
                out += "</ul>\n"
            }
        }
        out += "<h\(h) id=\"\(HTMLEscape.attribute(idPrefix))alle-overlegvormen\">Alle overlegvormen</h\(h)>\n"
        for g in region.gremia {
            out += "<div class=\"gremium\" id=\"\(HTMLEscape.attribute(idPrefix + ElementID.gremium(g.id.value).value))\">\n"
            out += "<h\(h2)>\(HTMLEscape.text(g.naam))\(g.afkorting.map { " (" + HTMLEscape.text($0) + ")" } ?? "")</h\(h2)>\n"
            var rows: [(String, String)] = []
            if let soort = g.soort { rows.append(("Soort", HTMLEscape.text(soort))) }
            if let niveau = g.niveau { rows.append(("Niveau", HTMLEscape.text(niveau))) }
            if let voorzitter = g.voorzitter { rows.append(("Voorzitter", HTMLEscape.text(voorzitter))) }
            if !g.leden.isEmpty { rows.append(("Leden", HTMLEscape.text(g.leden.joined(separator: "; ")))) }
            if let frequentie = g.frequentie { rows.append(("Frequentie", HTMLEscape.text(frequentie))) }
            let werkt = g.werktAan.compactMap { ref -> String? in
                guard case .target(let t) = resolver.resolve(ref.value, from: reference) else { return nil }
                return "<a href=\"\(HTMLEscape.attribute(RelativeURL.href(to: t.url, fragment: t.fragment, from: pageURL)))\">\(HTMLEscape.text(t.label))</a>"
            }
            if !werkt.isEmpty { rows.append(("Werkt aan", werkt.joined(separator: "; "))) }
            let reports = g.legtVerantwoordingAfAan.compactMap { ref -> String? in
                guard let target = region.gremia.first(where: { $0.id.value == ref.value }) else { return nil }
                return "<a href=\"#\(HTMLEscape.attribute(idPrefix + ElementID.gremium(target.id.value).value))\">\(HTMLEscape.text(target.afkorting ?? target.naam))</a>"
            }
            if !reports.isEmpty { rows.append(("Legt verantwoording af aan", reports.joined(separator: "; "))) }
            if !rows.isEmpty {
                out += "<dl class=\"kenmerken\">\n" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined(separator: "\n") + "\n</dl>\n"
            }
            out += rich(g.rol, pageURL: pageURL, context: reference)
            out += "</div>\n"
        }
        return out
    }

    func overlegvormenPage(_ r: Int) -> OutputFile {
        let region = site.regions[r]
        let url = region.overlegvormenURL
        let title = "Overlegvormen"
        let body = "<p class=\"inleiding\">De overleggen en organen van \(HTMLEscape.text(region.config.naam)), waaraan zij werken en aan wie zij verantwoording afleggen.</p>\n"
            + overlegvormenBody(r, pageURL: url, headingLevel: 2)
        let layout = self.layout(pageURL: url, title: "\(title) – \(region.config.naam)", breadcrumbs: [(region.config.naam, region.url), (title, url)])
        return OutputFile(path: Route.file(forURL: url), text: page("simple", SimpleView(title: title, body: body), layout: layout))
    }
}
