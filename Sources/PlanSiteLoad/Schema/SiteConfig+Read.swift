import PlanSiteModel

/// Reading `SiteConfig` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension SiteConfig {
    static let keys = ["titel", "basis-url", "ontwerp", "toegankelijkheid", "omschrijving"]

    static func read(_ root: YAMLNode?, file: SourceFile, into diagnostics: inout [Diagnostic]) -> SiteConfig? {
        guard var map = MappingReader(root, what: "site.yaml", at: file.start, into: &diagnostics) else { return nil }
        map.validateKeys(known: keys, required: ["titel", "basis-url"], into: &diagnostics)
        let titel = map.string("titel", into: &diagnostics)
        // An absolute web address: 404.html, the sitemap and robots.txt are built from it, and
        // a host-relative `//host/` would load the site's stylesheet from another host.
        let basis = map.url("basis-url", rule: .web, into: &diagnostics)
        // A theme is a name of a folder in themes/, never a path.
        let ontwerp = map.identifier("ontwerp", rule: .slug, into: &diagnostics)
        return SiteConfig(
            titel: titel?.value ?? "Jeugdplannen",
            basisURL: basis?.value ?? "/",
            ontwerp: ontwerp?.value ?? "default",
            ontwerpLocation: ontwerp?.location,
            toegankelijkheid: map.richText("toegankelijkheid", into: &diagnostics),
            omschrijving: map.string("omschrijving", into: &diagnostics)?.value)
    }
}
