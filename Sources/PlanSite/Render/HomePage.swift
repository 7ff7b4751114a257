/// `index.html`: the regions and their documents.
extension RenderContext {
    func homePage() -> OutputFile {
        let url = ""
        let regions: [[String: Any]] = site.regions.map { region in
            [
                "slug": region.slug,
                "naam": region.config.naam,
                "href": RelativeURL.href(to: region.url, from: url),
                "gemeentenText": region.config.gemeenten.joined(separator: ", "),
                "documents": documentList(region, from: url),
            ]
        }
        let layout = self.layout(pageURL: url, title: "Regio's en plannen", breadcrumbs: [], description: site.config.omschrijving)
        var context: [String: Any] = ["siteTitle": site.config.titel, "regions": regions, "hasAgenda": site.national != nil, "root": ""]
        if let omschrijving = site.config.omschrijving { context["omschrijving"] = omschrijving }
        return OutputFile(path: Route.home.file, text: page("home", context, layout: layout))
    }

    func documentList(_ region: Region, from url: String) -> [[String: Any]] {
        region.documents.map { doc in
            var item: [String: Any] = ["titel": doc.config.titel, "href": RelativeURL.href(to: doc.url, from: url), "soortLabel": doc.config.soortLabel]
            if let periode = doc.config.periodeText { item["periode"] = periode }
            return item
        }
    }
}
