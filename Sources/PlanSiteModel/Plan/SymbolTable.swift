/// Where every named thing of the site lives, for constant-time reference lookups.
public struct SymbolTable: Sendable {
    public struct DocumentAddress: Sendable, Hashable {
        public var region: Int
        public var document: Int

        public init(region: Int, document: Int) {
            self.region = region
            self.document = document
        }
    }

    public struct PageAddress: Sendable, Hashable {
        public var region: Int
        public var document: Int
        public var page: Int

        public init(region: Int, document: Int, page: Int) {
            self.region = region
            self.document = document
            self.page = page
        }
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
}
