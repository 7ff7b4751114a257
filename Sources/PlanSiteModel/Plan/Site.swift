/// The indexed site: every region, document, page and entity with its URL and anchors.
/// Check and render read only this; neither touches the file system.
public struct Site: Sendable {
    public var config: SiteConfig
    public var national: NationalAgenda?
    public var regions: [Region]
    public var assets: Set<String>
    public var symbols: SymbolTable

    public init(config: SiteConfig, national: NationalAgenda? = nil, regions: [Region], assets: Set<String>, symbols: SymbolTable) {
        self.config = config
        self.national = national
        self.regions = regions
        self.assets = assets
        self.symbols = symbols
    }
}

public struct Region: Sendable {
    public var slug: String
    public var config: RegionConfig
    public var configFile: String
    public var begrippen: [Begrip]
    public var gremia: [Gremium]
    public var documents: [Document]
    public var url: String { Route.region(slug).url }
    public var begrippenURL: String { Route.begrippen(region: slug).url }
    public var overlegvormenURL: String { Route.overlegvormen(region: slug).url }

    public init(slug: String, config: RegionConfig, configFile: String, begrippen: [Begrip], gremia: [Gremium], documents: [Document]) {
        self.slug = slug
        self.config = config
        self.configFile = configFile
        self.begrippen = begrippen
        self.gremia = gremia
        self.documents = documents
    }
}

public struct Document: Sendable {
    public var slug: String
    public var regionSlug: String
    public var config: DocumentConfig
    public var configFile: String
    public var pages: [Page]
    public var entities: [Entity]
    public var agenda: DocumentAgenda?
    public var url: String { Route.document(region: regionSlug, document: slug).url }
    /// The document's Hervormingsagenda page, its matrix and its whole-document page.
    public var agendaURL: String { Route.documentAgenda(region: regionSlug, document: slug).url }
    public var matrixURL: String { Route.matrix(region: regionSlug, document: slug).url }
    public var fullURL: String { Route.fullDocument(region: regionSlug, document: slug).url }
    /// `rijk-van-nijmegen/regioprogramma-2023-2028`, the form used in references.
    public var key: String { regionSlug + "/" + slug }

    /// The lower-cased level names: ["opgave", "actielijn"].
    public var kinds: [String] { config.niveaus.map { $0.value.lowercased() } }

    /// Compared in place: `first(where:)` copied every entity it passed (a dozen fields
    /// retained and released), and the Markdown hooks ask for every heading with an id.
    public func entity(_ key: String) -> Entity? {
        for i in entities.indices where entities[i].key == key { return entities[i] }
        return nil
    }
    public var topEntities: [Entity] { entities.filter { $0.level == 1 } }

    public init(slug: String, regionSlug: String, config: DocumentConfig, configFile: String, pages: [Page], entities: [Entity], agenda: DocumentAgenda? = nil) {
        self.slug = slug
        self.regionSlug = regionSlug
        self.config = config
        self.configFile = configFile
        self.pages = pages
        self.entities = entities
        self.agenda = agenda
    }
}

public struct Page: Sendable {
    public var kind: PageKind
    public var slug: String
    /// Where the page lives: its chapter slug, or its entity's page (`actielijn-4-1/`), or
    /// `verantwoording/`.
    public let route: Route
    /// `route.url`, made once: every page render reads the URLs of its document's pages
    /// (contents list, pager), and so do the resolver and the backlinks.
    public let url: String
    public var titel: String
    public var nummer: String?
    /// The Markdown file as loaded, for its path in diagnostics. A build keeps no text in it
    /// (`ContentLoader.keepsTexts`): nothing after the parse reads the text but the footnote
    /// check, which reads `footnoteLines`.
    public var file: SourceFile
    /// The lines of the file that may hold a footnote.
    public var footnoteLines: FootnoteLines
    public var relativePath: String
    public var fileName: String
    public var frontMatter: PageFrontMatter
    /// The body with every heading and list-item id assigned.
    public var blocks: [Block]
    /// Headings in order, for "op deze pagina" and anchor checks.
    public var headings: [HeadingAnchor]
    /// Every id on the page (headings, entities, footnotes).
    public var ids: Set<String>
    /// The page-level entity this page defines, if any (`opgave:1`).
    public var entityKey: String?
    /// The blocks whose text names a gemeente, in page order (given by the index stage).
    public var gemeentePlaces: [GemeentePlace]

    /// "3.1 Opgave 1", "Bijlage 2 Doelenboom".
    public var displayTitle: String {
        guard let numberLabel else { return titel }
        return "\(numberLabel) \(titel)"
    }

    /// The number as the page shows it before its title: "3.1", "Bijlage 2", or a bijlage's
    /// number as printed ("10.1 Bijlage 1").
    public var numberLabel: String? {
        guard let nummer else { return nil }
        guard kind == .bijlage else { return nummer }
        return frontMatter.printedNumber ?? "Bijlage \(nummer)"
    }

    public init(kind: PageKind, slug: String, route: Route, titel: String, nummer: String? = nil, file: SourceFile, footnoteLines: FootnoteLines, relativePath: String, fileName: String, frontMatter: PageFrontMatter, blocks: [Block], headings: [HeadingAnchor], ids: Set<String>, entityKey: String? = nil,
                gemeentePlaces: [GemeentePlace] = []) {
        self.kind = kind
        self.slug = slug
        self.route = route
        self.url = route.url
        self.titel = titel
        self.nummer = nummer
        self.file = file
        self.footnoteLines = footnoteLines
        self.relativePath = relativePath
        self.fileName = fileName
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.headings = headings
        self.ids = ids
        self.entityKey = entityKey
        self.gemeentePlaces = gemeentePlaces
    }
}

public struct HeadingAnchor: Sendable {
    public var id: String
    public var level: Int
    public var text: String
    public var location: SourceLocation

    public init(id: String, level: Int, text: String, location: SourceLocation) {
        self.id = id
        self.level = level
        self.text = text
        self.location = location
    }
}

public struct Entity: Sendable {
    public enum Placement: Sendable { case page, section, listItem }
    /// `actielijn`
    public let kind: String
    /// `Actielijn`, as the document names its level.
    public var niveau: String
    /// `4.1`
    public let number: String
    public var title: String
    public var level: Int
    public var placement: Placement
    /// Index of the page that holds the definition.
    public var pageIndex: Int
    /// The entity's own page: `rijk-van-nijmegen/regioprogramma-2023-2028/actielijn-4-1/`.
    public var url: String
    /// The element id on the chapter page: `actielijn-4-1`.
    public var anchor: String
    public var location: SourceLocation
    public var body: [Block]
    public var doel: RichText?
    /// The index in its document's entities of the entity one level up (`opgave:4` for
    /// `actielijn:4.1`): the first of the level above whose number is this one's without its
    /// last part. Set by the index stage once the document's entities are known.
    public var parentIndex: Int?

    /// `actielijn:4.1`, made once: the Markdown hooks look an entity up by key for every
    /// heading and list item with an id, and joining the two parts per entity passed was
    /// most of that lookup's cost.
    public let key: String
    /// "Actielijn 4.1"
    public var label: String { niveau + " " + number }
    /// "Actielijn 4.1 Het ontlasten ..."
    public var fullTitle: String { title.isEmpty ? label : label + " " + title }
    public var parentNumber: String? {
        guard let dot = number.lastIndex(of: ".") else { return nil }
        return String(number[..<dot])
    }

    public init(kind: String, niveau: String, number: String, title: String, level: Int, placement: Placement, pageIndex: Int, url: String, anchor: String, location: SourceLocation, body: [Block], doel: RichText? = nil) {
        self.kind = kind
        self.niveau = niveau
        self.number = number
        self.key = kind + ":" + number
        self.title = title
        self.level = level
        self.placement = placement
        self.pageIndex = pageIndex
        self.url = url
        self.anchor = anchor
        self.location = location
        self.body = body
        self.doel = doel
    }
}

