import PlanSiteModel
import PlanSiteLoad

/// A begrip with its `hoort-bij` resolved from the region's YAML.
public struct ResolvedBegrip: Sendable {
    public var ref: BegripRef
    public var hoortBij: ResolvedValue?
    /// The paragraphs of its `betekenis` as one line of plain text: what a first use of the
    /// begrip says of it on hover (`BegripUitleg`). Made once per plan, since every page that
    /// uses the begrip shows it and the preview renders with the same plan after each save.
    public var betekenisText: String

    /// The entity the begrip belongs to, when `hoort-bij` resolved to one.
    public var entity: EntityRef? {
        if case .entity(let entity) = hoortBij?.resolution.target { return entity }
        return nil
    }
}

/// A document's `vervangt` and `vervangen-door`: the name as written and the document it
/// names (`slug` within the region, or `regio/slug`); nil when there is no such document.
public struct ResolvedDocumentLinks: Sendable {
    public struct Link: Sendable {
        public var written: Located<String>
        public var document: SymbolTable.DocumentAddress?
    }

    public var vervangt: Link?
    public var vervangenDoor: Link?
}

extension ResolvedPlan {
    static func resolveBegrippen(of site: Site, resolver: ReferenceResolver) -> [[ResolvedBegrip]] {
        site.regions.enumerated().map { r, region in
            region.begrippen.enumerated().map { b, begrip in
                ResolvedBegrip(ref: BegripRef(region: r, index: b),
                               hoortBij: begrip.hoortBij.map { ResolvedValue(written: $0, resolution: resolver.resolveInPlan($0.value, from: ReferenceContext(region: r))) },
                               betekenisText: Self.plainText(of: begrip.betekenis))
            }
        }
    }

    /// The text of the paragraphs of `betekenis`, white space collapsed to single spaces.
    static func plainText(of betekenis: RichText?) -> String {
        (betekenis?.blocks ?? []).compactMap { block -> String? in
            if case .paragraph(let inlines, _) = block { return inlines.plainText }
            return nil
        }.joined(separator: " ").collapsingWhiteSpace
    }

    static func resolveDocumentLinks(of site: Site) -> [[ResolvedDocumentLinks]] {
        site.regions.map { region in
            region.documents.map { document in
                func link(_ written: Located<String>?) -> ResolvedDocumentLinks.Link? {
                    guard let written else { return nil }
                    let key = written.value.contains("/") ? written.value : region.slug + "/" + written.value
                    return ResolvedDocumentLinks.Link(written: written, document: site.symbols.documents[key])
                }
                return ResolvedDocumentLinks(vervangt: link(document.config.vervangt), vervangenDoor: link(document.config.vervangenDoor))
            }
        }
    }

    /// The begrippen that belong to an entity (`hoort-bij` resolves to it), in file order.
    public func begrippen(belongingTo ref: EntityRef) -> [BegripRef] {
        begrippen[ref.document.region].filter { $0.entity == ref }.map(\.ref)
    }
}
