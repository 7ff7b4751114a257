import PlanSiteModel

/// An entity of a document: its document's address and its index in `Document.entities`.
/// Typed rather than the `entiteit:regio/document/soort:nummer` string, so a consumer looks
/// the entity up instead of parsing a key.
public struct EntityRef: Sendable, Hashable {
    public var document: SymbolTable.DocumentAddress
    public var index: Int

    public init(document: SymbolTable.DocumentAddress, index: Int) {
        self.document = document
        self.index = index
    }
}

/// A gremium of a region's `overlegvormen.yaml`: region index and index in `Region.gremia`.
public struct GremiumRef: Sendable, Hashable {
    public var region: Int
    public var index: Int

    public init(region: Int, index: Int) {
        self.region = region
        self.index = index
    }
}

/// A begrip of a region's `begrippen.yaml`: region index and index in `Region.begrippen`.
public struct BegripRef: Sendable, Hashable {
    public var region: Int
    public var index: Int

    public init(region: Int, index: Int) {
        self.region = region
        self.index = index
    }
}

/// What a reference points at, as a value of the plan rather than a URL or a string key.
/// `ReferenceResolver` makes it at the same place it makes the `ResolvedTarget` (the URL and
/// label render needs), so both always agree.
public enum PlanTarget: Sendable, Hashable {
    /// A page of a document, optionally an anchor on it (a heading, footnote, entity id).
    case page(SymbolTable.PageAddress, anchor: String?)
    case entity(EntityRef)
    /// A national maatregel (by its number, `1.3`); with a document: that document's answer
    /// on its Hervormingsagenda page (`maatregel:1.3@plan`).
    case maatregel(String, answeredIn: SymbolTable.DocumentAddress?)
    /// A national thema (`ha-thema:1`), likewise.
    case thema(String, answeredIn: SymbolTable.DocumentAddress?)
    case gremium(GremiumRef)
    case begrip(BegripRef)
    /// A region's overlegvormen page as a whole (`overlegvormen:`, `overlegvormen:regio`).
    case overlegvormen(region: Int)
    /// A region's begrippen page as a whole (`begrippen:`, `begrippen:regio`).
    case begrippen(region: Int)
    /// A file of the content folder (an image, a PDF), by its path in the content folder.
    case asset(String)

    /// The document the target lies in (a page, an entity, a document's answer), if any.
    public var document: SymbolTable.DocumentAddress? {
        switch self {
        case .page(let address, _): SymbolTable.DocumentAddress(region: address.region, document: address.document)
        case .entity(let ref): ref.document
        case .maatregel(_, let document), .thema(_, let document): document
        case .gremium, .begrip, .overlegvormen, .begrippen, .asset: nil
        }
    }

    /// The target a "genoemd in" list is kept for: an anchor on a page counts as the page
    /// (the rule `MentionIndex` applies to its keys).
    public var withoutAnchor: PlanTarget {
        if case .page(let address, .some) = self { return .page(address, anchor: nil) }
        return self
    }
}
