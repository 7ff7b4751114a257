import PlanSiteModel

/// Reading `RegionConfig` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension RegionConfig {
    static func read(_ root: YAMLNode?, file: SourceFile, into diagnostics: inout [Diagnostic]) -> RegionConfig? {
        guard let map = MappingReader(root, what: "regio.yaml", at: file.start, into: &diagnostics) else { return nil }
        map.validateKeys(known: ["naam", "gemeenten", "website", "omschrijving"], required: ["naam", "gemeenten"], into: &diagnostics)
        return RegionConfig(
            naam: map.string("naam", into: &diagnostics)?.value ?? "",
            gemeenten: map.strings("gemeenten", into: &diagnostics).map(\.value),
            website: map.url("website", rule: .web, into: &diagnostics)?.value,
            omschrijving: map.string("omschrijving", into: &diagnostics)?.value)
    }
}
