/// `<regio>/<document>/`: the document's metadata and contents.
extension RenderContext {
    func documentMetadata(_ doc: Document, from url: String, region: Int) -> [String: Any] {
        var context: [String: Any] = [
            "titel": doc.config.titel,
            "soortLabel": doc.config.soortLabel,
            "status": doc.config.status,
            "vastgesteld": doc.config.vastgesteld.map { a -> [String: Any] in
                var item: [String: Any] = ["door": a.door ?? "onbekend"]
                if let datum = a.datum { item["datum"] = DutchDate.format(datum) }
                return item
            },
        ]
        if let periode = doc.config.periodeText { context["periode"] = periode }
        if let versie = doc.config.versie { context["versie"] = versie }
        if let bron = doc.config.bronPDF { context["bronPDF"] = bron }
        for (key, reference) in [("vervangt", doc.config.vervangt), ("vervangenDoor", doc.config.vervangenDoor)] {
            guard let reference, let target = documentReference(reference.value, region: region) else { continue }
            context[key] = ["title": target.config.titel, "href": RelativeURL.href(to: target.url, from: url)]
        }
        return context
    }

    /// `regiovisie-2023` or `rivierenland/regiovisie-2023`.
    func documentReference(_ value: String, region: Int) -> Document? {
        let key = value.contains("/") ? value : site.regions[region].slug + "/" + value
        guard let address = site.symbols.documents[key] else { return nil }
        return site.regions[address.region].documents[address.document]
    }

    func documentPage(_ r: Int, _ d: Int) -> OutputFile {
        let region = site.regions[r]
        let doc = region.documents[d]
        let url = doc.url
        var context = documentMetadata(doc, from: url, region: r)
        context["contents"] = tableOfContents(doc, from: url, current: nil).map { ["title": $0.title, "href": $0.href, "level": $0.level] as [String: Any] }
        context["volledigHref"] = RelativeURL.href(to: doc.fullURL, from: url)
        context["hasAgenda"] = doc.agenda != nil
        context["agendaHref"] = RelativeURL.href(to: doc.agendaURL, from: url)
        let next = doc.pages.first.map { ($0.displayTitle, $0.url) }
        let layout = self.layout(pageURL: url, title: doc.config.titel,
                                 breadcrumbs: [(region.config.naam, region.url), (doc.config.titel, url)],
                                 document: (r, d), currentTOC: nil, pager: (nil, next))
        return OutputFile(path: Route.file(forURL: url), text: page("document", context, layout: layout))
    }
}

/// "2024-03-14" → "14 maart 2024"; anything else is shown as written.
enum DutchDate {
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

    static func format(_ text: String) -> String {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d) else { return text }
        return "\(d) \(months[m - 1]) \(y)"
    }
}
