/// `content/site.yaml`.
public struct SiteConfig: Sendable {
    public var titel: String
    public var basisURL: String
    public var ontwerp: String
    public var toegankelijkheid: RichText?
    public var omschrijving: String?

    static let keys = ["titel", "basis-url", "ontwerp", "toegankelijkheid", "omschrijving"]

    static func read(_ root: YAMLNode?, file: SourceFile, into diagnostics: inout [Diagnostic]) -> SiteConfig? {
        guard let map = MappingReader(root, what: "site.yaml", at: file.start, into: &diagnostics) else { return nil }
        map.validateKeys(known: keys, required: ["titel", "basis-url"], into: &diagnostics)
        let titel = map.string("titel", into: &diagnostics)
        let basis = map.string("basis-url", into: &diagnostics)
        if let basis, !(basis.value.hasPrefix("http://") || basis.value.hasPrefix("https://") || basis.value.hasPrefix("/")) {
            diagnostics.append(Diagnostic(.yamlInvalidValue, at: basis.location, "`basis-url` moet met `https://` of `/` beginnen",
                                          hint: "bijvoorbeeld `basis-url: https://jeugd.regio.nl/`"))
        }
        return SiteConfig(
            titel: titel?.value ?? "Jeugdplannen",
            basisURL: basis?.value ?? "/",
            ontwerp: map.string("ontwerp", into: &diagnostics)?.value ?? "default",
            toegankelijkheid: map.richText("toegankelijkheid", into: &diagnostics),
            omschrijving: map.string("omschrijving", into: &diagnostics)?.value)
    }
}
