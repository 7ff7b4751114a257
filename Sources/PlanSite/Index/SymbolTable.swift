/// Where every named thing of the site lives, for constant-time reference lookups.
public struct SymbolTable: Sendable {
    public struct DocumentAddress: Sendable, Hashable {
        public var region: Int
        public var document: Int
    }

    public struct PageAddress: Sendable, Hashable {
        public var region: Int
        public var document: Int
        public var page: Int
    }

    /// "regio/document" → address.
    public var documents: [String: DocumentAddress] = [:]
    /// document key → entity key → index in `Document.entities`.
    public var entities: [String: [String: Int]] = [:]
    /// path relative to the content folder → page.
    public var pagesByPath: [String: PageAddress] = [:]
    /// document key → "hoofdstuk:3" / "bijlage:1" → page index.
    public var pagesByNumber: [String: [String: Int]] = [:]
    /// region slug → index.
    public var regions: [String: Int] = [:]

    public init() {}

    static func build(regions: [Region]) -> SymbolTable {
        var table = SymbolTable()
        for (r, region) in regions.enumerated() {
            table.regions[region.slug] = r
            for (d, document) in region.documents.enumerated() {
                table.documents[document.key] = DocumentAddress(region: r, document: d)
                var entities: [String: Int] = [:]
                for (e, entity) in document.entities.enumerated() where entities[entity.key] == nil {
                    entities[entity.key] = e
                }
                table.entities[document.key] = entities
                var numbers: [String: Int] = [:]
                for (p, page) in document.pages.enumerated() {
                    table.pagesByPath[page.relativePath] = PageAddress(region: r, document: d, page: p)
                    if let nummer = page.nummer {
                        let key = (page.kind == .bijlage ? "bijlage:" : "hoofdstuk:") + nummer
                        if numbers[key] == nil { numbers[key] = p }
                    }
                }
                table.pagesByNumber[document.key] = numbers
            }
        }
        return table
    }
}
