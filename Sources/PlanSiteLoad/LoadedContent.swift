import PlanSiteModel
/// What the load stage hands to index: every file parsed, nothing yet decided about how
/// the parts relate.
public struct LoadedContent: Sendable {
    public var site: SiteConfig?
    public var national: NationalAgenda?
    public var regions: [LoadedRegion] = []
    /// Every text file read, by display path, so diagnostics can quote their lines.
    public var sources: [String: SourceFile] = [:]
    /// Non-text files (images) by path relative to the content folder.
    public var assets: Set<String> = []
}

public struct LoadedRegion: Sendable {
    public var slug: String
    public var config: RegionConfig?
    public var configFile: String
    public var begrippen: [Begrip] = []
    public var gremia: [Gremium] = []
    public var documents: [LoadedDocument] = []
}

public struct LoadedDocument: Sendable {
    public var slug: String
    public var config: DocumentConfig?
    public var configFile: String
    public var pages: [LoadedPage] = []
    public var agenda: DocumentAgenda?
}

public struct LoadedPage: Sendable {
    public typealias Kind = PageKind
    public var kind: Kind
    /// File name, e.g. `03-1-opgave-1.md`.
    public var fileName: String
    /// Path relative to the content folder.
    public var relativePath: String
    public var slug: String
    public var file: SourceFile
    /// The lines the footnote check reads, kept when the file's text is not.
    public var footnoteLines: FootnoteLines
    public var frontMatter: PageFrontMatter
    public var blocks: [Block]
}
