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
    /// document key → "hoofdstuk:3" / "bijlage:1" (`numberKey`) → page index.
    public var pagesByNumber: [String: [String: Int]] = [:]

    /// What a page with a `nummer` is called in a reference (`bijlage:1`, `hoofdstuk:3`): a
    /// bijlage, or else a hoofdstuk.
    public static func numberedKind(of kind: PageKind) -> String {
        kind == .bijlage ? "bijlage" : "hoofdstuk"
    }

    /// The key of `pagesByNumber`: the one spelling the table, the resolver and the duplicate
    /// check (`MD006`) share.
    public static func numberKey(_ kind: PageKind, nummer: String) -> String {
        numberKey(named: numberedKind(of: kind), nummer: nummer)
    }

    /// The key for a reference's kind as written (`hoofdstuk`, `bijlage`).
    public static func numberKey(named kind: String, nummer: String) -> String {
        kind + ":" + nummer
    }
    /// region slug → index.
    public var regions: [String: Int] = [:]

    public init() {}
}
