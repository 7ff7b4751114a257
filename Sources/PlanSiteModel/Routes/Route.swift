/// Every URL and element id of the site, made in this one file from a typed target. Pages
/// are folders ending in "/" ("" is the home page), written as `index.html` inside; the
/// few plain files (404.html, the sitemap, open data) have their own path. No other Swift
/// file spells a URL: a page kind, a link or a backlink asks for its `Route`.
public enum Route: Hashable, Sendable {
    case home
    case accessibility
    case notFound
    case sitemap
    case robots
    /// The national Hervormingsagenda and its thema and maatregel pages, by id (`1`, `1.3`).
    case nationalAgenda
    case nationalThema(String)
    case nationalMaatregel(String)
    case region(String)
    case begrippen(region: String)
    case overlegvormen(region: String)
    /// One gremium's own page, inside its region's overlegvormen folder, by its id.
    case gremium(region: String, id: String)
    case document(region: String, document: String)
    /// A chapter or bijlage page, by its slug.
    case page(region: String, document: String, slug: String)
    /// An entity's own page (`actielijn-4-1/`); a page-level entity's chapter lives here too.
    case entity(region: String, document: String, kind: String, number: String)
    case verantwoording(region: String, document: String)
    case documentAgenda(region: String, document: String)
    case matrix(region: String, document: String)
    case fullDocument(region: String, document: String)
    /// The document's open data (`data/<regio>/<document>.json`).
    case data(region: String, document: String)
    /// Every gemeente of every region, and one gemeente's page by its slug (`Slug.make` of
    /// its name): a gemeente in two regions has one page.
    case gemeenten
    case gemeente(String)
    /// The search page (`zoeken/`; `zoeken/?q=TERM` shows the results for TERM).
    case search
    /// A file of the search index, by its name in the index folder (`zoeken/index/index.js`).
    case searchIndex(String)

    /// Names that plansite's own pages take inside a document or region folder, so a chapter
    /// may not have them (`DESIGN`: reserved slugs).
    public static let reservedSlugs: Set<String> = [agendaFolder, fullFolder, matrixFolder, overlegvormenFolder, begrippenFolder,
                                                    verantwoordingFolder, dataFolder, "assets", accessibilityFolder]

    private static let agendaFolder = "hervormingsagenda"
    private static let fullFolder = "volledig"
    private static let matrixFolder = "matrix"
    private static let overlegvormenFolder = "overlegvormen"
    private static let begrippenFolder = "begrippen"
    private static let verantwoordingFolder = "verantwoording"
    private static let dataFolder = "data"
    private static let accessibilityFolder = "toegankelijkheid"
    private static let gemeentenFolder = "gemeenten"

    /// Folder names the site root takes for plansite's own pages, so a region folder may
    /// not have them.
    public static let reservedRegionSlugs: Set<String> = [agendaFolder, dataFolder, "assets", accessibilityFolder, gemeentenFolder, searchFolder]
    private static let searchFolder = "zoeken"
    private static let searchIndexFolder = "index"

    /// The URL relative to the site root: a folder ending in "/" for a page ("" for the home
    /// page), or a file path. Written as one interpolation per case: joined with `+`, each
    /// part made a string of its own (three or four allocations per URL, and URLs are asked
    /// for on every link).
    public var url: String {
        switch self {
        case .home: return ""
        case .accessibility: return "\(Self.accessibilityFolder)/"
        case .notFound: return "404.html"
        case .sitemap: return "sitemap.xml"
        case .robots: return "robots.txt"
        case .nationalAgenda: return "\(Self.agendaFolder)/"
        case .nationalThema(let id): return "\(Self.agendaFolder)/\(ElementID.thema(id).value)/"
        case .nationalMaatregel(let id): return "\(Self.agendaFolder)/\(ElementID.maatregel(id).value)/"
        case .region(let region): return "\(region)/"
        case .begrippen(let region): return "\(region)/\(Self.begrippenFolder)/"
        case .overlegvormen(let region): return "\(region)/\(Self.overlegvormenFolder)/"
        case .gremium(let region, let id): return "\(region)/\(Self.overlegvormenFolder)/\(id)/"
        case .document(let region, let document): return "\(region)/\(document)/"
        case .page(let region, let document, let slug): return "\(region)/\(document)/\(slug)/"
        case .entity(let region, let document, let kind, let number):
            return "\(region)/\(document)/\(ElementID.entity(kind: kind, number: number).value)/"
        case .verantwoording(let region, let document): return "\(region)/\(document)/\(Self.verantwoordingFolder)/"
        case .documentAgenda(let region, let document): return "\(region)/\(document)/\(Self.agendaFolder)/"
        case .matrix(let region, let document): return "\(region)/\(document)/\(Self.agendaFolder)/\(Self.matrixFolder)/"
        case .fullDocument(let region, let document): return "\(region)/\(document)/\(Self.fullFolder)/"
        case .data(let region, let document): return "\(Self.dataFolder)/\(region)/\(document).json"
        case .gemeenten: return "\(Self.gemeentenFolder)/"
        case .gemeente(let slug): return "\(Self.gemeentenFolder)/\(slug)/"
        case .search: return "\(Self.searchFolder)/"
        case .searchIndex(let file): return "\(Self.searchFolder)/\(Self.searchIndexFolder)/\(file)"
        }
    }

    /// The file in the output that holds this route.
    public var file: String { Self.file(forURL: url) }

    /// The file a page folder is served from.
    public static let pageFile = "index.html"

    /// `index.html` inside a page folder; a file route is its own file.
    public static func file(forURL url: String) -> String {
        url.isEmpty || url.hasSuffix("/") ? url + pageFile : url
    }

    /// The page URL of an output file, or nil when the file is not a page (`index.html`).
    public static func pageURL(ofFile path: String) -> String? {
        guard path == pageFile || path.hasSuffix("/" + pageFile) else { return nil }
        return String(path.dropLast(pageFile.count))
    }
}

/// The element ids plansite makes (ids an editor writes with `{#id}` are kept as written).
public enum ElementID: Hashable, Sendable {
    case thema(String)
    case maatregel(String)
    /// An entity's id on its chapter page and its page's folder name: `actielijn-4-1`.
    case entity(kind: String, number: String)
    case gremium(String)
    case begrip(String)
    /// The begrippen under one letter of the glossary's A–Z list ("a", "0-9").
    case begrippenLetter(String)
    /// The meaning shown beside a begrip's first use on a page (`uitleg-rao`).
    case begripUitleg(String)
    case footnote(String)
    /// The place in the text that refers to a footnote (`voetnoot-ref-7`).
    case footnoteReference(String)
    /// The "draagt bij aan" and "genoemd in" sections of an entity's page.
    case contributions
    case mentions
    /// The "wie werkt hieraan" section of an entity's page.
    case whoWorks
    /// The list of maatregelen a document does not answer, on its Hervormingsagenda page.
    case notAnswered
    /// The contents list on a document's own page, where its entity pages link for it.
    case documentContents
    /// The caption of a document's table of contributions to a maatregel (`tabel-maatregel-1-3`).
    case maatregelTable(String)
    /// The same caption where several documents' tables share a page, the national maatregel
    /// page (`tabel-maatregel-1-3-<regio>-<document>`).
    case documentMaatregelTable(String, region: String, document: String)
    /// One document's answer on a national maatregel page (`antwoord-<regio>-<document>`).
    case documentAnswer(region: String, document: String)
    /// A paragraph, list item, table row or caption that names a gemeente, numbered on its
    /// page (`plaats-3`): where the gemeente's page links to.
    case place(Int)
    /// A region's group on the gemeenten index (`regio-<regio>`).
    case regionGroup(String)
    /// A document's places on a gemeente's page (`in-<regio>-<document>`).
    case documentPlaces(region: String, document: String)

    public var value: String {
        switch self {
        case .thema(let id): return "thema-" + id
        case .maatregel(let id): return "maatregel-" + id.replacingCharacter(".", with: "-")
        case .entity(let kind, let number): return Self.entity(key: kind + ":" + number)
        case .gremium(let id): return "gremium-" + id
        case .begrip(let id): return "begrip-" + id
        case .begrippenLetter(let letter): return "letter-" + letter
        case .begripUitleg(let id): return "uitleg-" + id
        case .footnote(let label): return "voetnoot-" + label
        case .footnoteReference(let label): return "voetnoot-ref-" + label
        case .contributions: return "draagt-bij-aan"
        case .mentions: return "genoemd-in"
        case .whoWorks: return "wie-werkt-hieraan"
        case .notAnswered: return "niet-beantwoord"
        case .documentContents: return "inhoudsopgave"
        case .maatregelTable(let id): return "tabel-" + ElementID.maatregel(id).value
        case .documentMaatregelTable(let id, let region, let document): return ElementID.maatregelTable(id).value + "-" + region + "-" + document
        case .documentAnswer(let region, let document): return "antwoord-" + region + "-" + document
        case .place(let n): return "plaats-" + String(n)
        case .regionGroup(let region): return "regio-" + region
        case .documentPlaces(let region, let document): return "in-" + region + "-" + document
        }
    }

    /// `actielijn:4.1` → `actielijn-4-1`; also an editor's `{#a:b.c}` heading attribute.
    public static func entity(key: String) -> String {
        key.replacingCharacter(":", with: "-").replacingCharacter(".", with: "-")
    }
}
