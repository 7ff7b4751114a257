import PlanSiteModel
/// Every schema plansite reads a YAML tree against, as one public entry. The content loader
/// knows which file gets which schema; this lets a caller outside the module (the fuzzers in
/// `PlanSiteFuzzing`, a tool checking one file) run a single reader on a parsed tree and get
/// the same Dutch diagnostics the loader would collect.
public enum YAMLSchema: String, CaseIterable, Sendable {
    case site = "site.yaml"
    case regio = "regio.yaml"
    case document = "document.yaml"
    case overlegvormen = "overlegvormen.yaml"
    case begrippen = "begrippen.yaml"
    case nationalAgenda = "hervormingsagenda/hervormingsagenda.yaml"
    case documentAgenda = "<document>/hervormingsagenda.yaml"
    case frontMatter = "front matter"
    case bijlageFrontMatter = "front matter van een bijlage"

    /// Reads `root` (the result of `YAMLParser.parse`) and returns the diagnostics; the
    /// typed value itself is the loader's business.
    public func read(_ root: YAMLNode?, file: SourceFile) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        switch self {
        case .site: _ = SiteConfig.read(root, file: file, into: &diagnostics)
        case .regio: _ = RegionConfig.read(root, file: file, into: &diagnostics)
        case .document: _ = DocumentConfig.read(root, file: file, into: &diagnostics)
        case .overlegvormen: _ = Gremium.readFile(root, file: file, into: &diagnostics)
        case .begrippen: _ = Begrip.readFile(root, file: file, into: &diagnostics)
        case .nationalAgenda: _ = NationalAgenda.read(root, file: file, into: &diagnostics)
        case .documentAgenda: _ = DocumentAgenda.read(root, file: file, into: &diagnostics)
        case .frontMatter: _ = PageFrontMatter.read(root, file: file, isBijlage: false, into: &diagnostics)
        case .bijlageFrontMatter: _ = PageFrontMatter.read(root, file: file, isBijlage: true, into: &diagnostics)
        }
        return diagnostics
    }
}
