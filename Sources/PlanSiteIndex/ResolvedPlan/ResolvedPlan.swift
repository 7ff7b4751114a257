import PlanSiteModel
import PlanSiteLoad

/// The plan with everything an editor writes as a name resolved once, to typed values:
/// every link (`references`) and the "genoemd in" lists they make (`backlinks`), every
/// agenda cell (`agendas`), every gremium's `werkt-aan` and `legt-verantwoording-af-aan`
/// with its verantwoording chain (`gremia`), every begrip's `hoort-bij` (`begrippen`) and
/// every document's `vervangt` and `vervangen-door` (`documentLinks`).
///
/// Check reads this instead of resolving strings itself, so a reference means the same to
/// every reader; the query methods (`entitiesAnswering(maatregel:)`,
/// `gremia(workingOn:)`, `placesNaming(gemeente:)`) are the questions the next features ask.
/// A value: built from a `Site`, never changed, safe to share between threads.
public struct ResolvedPlan: Sendable {
    /// The site that was walked (for the incremental check a part of the whole site, see
    /// `init(site:resolver:)`); the indices in every typed target point into it.
    public let site: Site
    /// Every link and image in Markdown and in YAML Markdown fields, in site order
    /// (`Site.linkOccurrences`), each with its resolution.
    public let references: [ResolvedReference]
    /// Target (without anchor) → the pages linking to it, in site order, each page once.
    public let backlinks: [PlanTarget: [Backlink]]
    /// One per document that has a `hervormingsagenda.yaml`, in site order.
    public let agendas: [ResolvedAgenda]
    /// Per region, per gremium in file order.
    public let gremia: [[ResolvedGremium]]
    /// Per region, per begrip in file order.
    public let begrippen: [[ResolvedBegrip]]
    /// Per region, per document.
    public let documentLinks: [[ResolvedDocumentLinks]]

    /// The plan of a whole site, its references resolved against that site.
    public init(site: Site) {
        self.init(site: site, resolver: ReferenceResolver(site: site))
    }

    /// The plan of `site` with references resolved by `resolver`. The incremental check
    /// walks a site restricted to one document (`Site.restricted`) but resolves against the
    /// whole site, so the two may differ; indices in the result point into `site`, which
    /// keeps every region and document in its place.
    public init(site: Site, resolver: ReferenceResolver) {
        self.site = site
        let references = Self.resolveReferences(of: site, resolver: resolver)
        self.references = references
        self.backlinks = Self.backlinks(of: references)
        self.agendas = Self.resolveAgendas(of: site)
        self.gremia = Self.resolveGremia(of: site, resolver: resolver)
        self.begrippen = Self.resolveBegrippen(of: site, resolver: resolver)
        self.documentLinks = Self.resolveDocumentLinks(of: site)
    }

    // MARK: - Looking up typed targets

    public func document(_ address: SymbolTable.DocumentAddress) -> Document {
        site.regions[address.region].documents[address.document]
    }

    public func entity(_ ref: EntityRef) -> Entity {
        document(ref.document).entities[ref.index]
    }

    public func gremium(_ ref: GremiumRef) -> Gremium {
        site.regions[ref.region].gremia[ref.index]
    }

    public func begrip(_ ref: BegripRef) -> Begrip {
        site.regions[ref.region].begrippen[ref.index]
    }

    /// The entity `actielijn:4.1` of the document `regio/document`, through the symbol table.
    public func entity(_ key: String, inDocument documentKey: String) -> EntityRef? {
        guard let address = site.symbols.documents[documentKey],
              let index = site.symbols.entities[documentKey]?[key] else { return nil }
        return EntityRef(document: address, index: index)
    }

    /// The entity one level up (`opgave:4` for `actielijn:4.1`), found as the entity pages
    /// find it: the entity of the level above whose number is the number without its last part.
    public func parent(of ref: EntityRef) -> EntityRef? {
        let entity = self.entity(ref)
        guard let number = entity.parentNumber else { return nil }
        let entities = document(ref.document).entities
        guard let index = entities.firstIndex(where: { $0.level == entity.level - 1 && $0.number == number }) else { return nil }
        return EntityRef(document: ref.document, index: index)
    }

    /// The entity's parents, nearest first; ends at the top level.
    public func ancestors(of ref: EntityRef) -> [EntityRef] {
        var out: [EntityRef] = []
        var current = ref
        while let next = parent(of: current), !out.contains(next) {
            out.append(next)
            current = next
        }
        return out
    }

    /// The top-level entity (the agenda column) an entity belongs to: itself at level 1.
    public func column(of ref: EntityRef) -> EntityRef? {
        entity(ref).level == 1 ? ref : ancestors(of: ref).last.flatMap { entity($0).level == 1 ? $0 : nil }
    }
}
