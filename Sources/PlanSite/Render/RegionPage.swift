/// `<regio>/`: gemeenten, documents, links to overlegvormen and begrippen.
extension RenderContext {
    func regionPage(_ r: Int) -> OutputFile {
        let region = site.regions[r]
        let url = region.url
        var context: [String: Any] = [
            "naam": region.config.naam,
            "gemeenten": region.config.gemeenten,
            "documents": documentList(region, from: url),
            "hasGremia": !region.gremia.isEmpty,
            "hasBegrippen": !region.begrippen.isEmpty,
            "overlegvormenHref": RelativeURL.href(to: Route.overlegvormen(region: region.slug).url, from: url),
            "begrippenHref": RelativeURL.href(to: Route.begrippen(region: region.slug).url, from: url),
        ]
        if let omschrijving = region.config.omschrijving { context["omschrijving"] = omschrijving }
        if let website = region.config.website { context["website"] = website }
        let layout = self.layout(pageURL: url, title: region.config.naam, breadcrumbs: [(region.config.naam, url)])
        return OutputFile(path: Route.file(forURL: url), text: page("region", context, layout: layout))
    }
}
