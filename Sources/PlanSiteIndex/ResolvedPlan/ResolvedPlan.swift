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
/// `gremia(workingOn:)`, `placesNaming(gemeente:)`) are the questions the next features ask;
/// `gemeenten` gathers what the index stage found on the pages per gemeente.
/// A value: built from a `Site`, never changed, safe to share between threads.
public struct ResolvedPlan: Sendable {
    /// The site that was walked (for the incremental check a part of the whole site, see
    /// `init(site:resolver:)`); the indices in every typed target point into it.
    public private(set) var site: Site
    /// Every link and image in Markdown and in YAML Markdown fields, in site order
    /// (`Site.linkOccurrences`), each with its resolution.
    public var references: FlattenSequence<[[ResolvedReference]]> { referenceParts.joined() }
    /// The references per part of the site (`LinkParts`), so an edit replaces one document's.
    private var referenceParts: [[ResolvedReference]]
    private let parts: LinkParts
    /// Target (without anchor) → the pages linking to it, in site order, each page once.
    /// Drawn from `references` on each call (no page build needs the whole table: "genoemd
    /// in" comes from `MentionIndex`, kept part by part for the preview), so neither a build
    /// nor the preview's update after every save pays for it; keep the result when asking
    /// many questions.
    public var backlinks: [PlanTarget: [Backlink]] { Self.backlinks(of: references) }
    /// One per document that has a `hervormingsagenda.yaml`, in site order.
    public let agendas: [ResolvedAgenda]
    /// Document → its index in `agendas` (`agenda(of:)`, asked for by every answer rendered).
    private let agendaIndices: [SymbolTable.DocumentAddress: Int]
    /// Per region, per gremium in file order.
    public let gremia: [[ResolvedGremium]]
    /// Per region: entity → the gremia whose `werkt-aan` names it, in file order, so who
    /// works on an entity (`gremia(workingOn:)`, asked for every entity page and every answer
    /// an agenda section shows) is looked up instead of asking every gremium of the region.
    let gremiaNaming: [[EntityRef: [Int]]]
    /// Per region, per begrip in file order.
    public let begrippen: [[ResolvedBegrip]]
    /// Per region, per document.
    public let documentLinks: [[ResolvedDocumentLinks]]
    /// Every gemeente of every region, each once, with the places that name it and its gremia.
    public let gemeenten: [ResolvedGemeente]
    /// Per region: its begrippen's names as one matcher (`BegripMatcher`).
    public let begripMatchers: [BegripMatcher]
    /// Per region, per document, per Markdown page: the first use of each begrip on the
    /// page, which the page links to the glossary (`begripUses(region:document:page:)`).
    public let begripUses: [[[[BegripUse]]]]
    /// Every reference of `references` by where it is written and what it says, so render
    /// shows each link as the plan resolved it (`resolution(of:from:)`); per part, like them.
    private let linkParts: [LinkTable]

    /// The plan of a whole site, its references resolved against that site.
    public init(site: Site) {
        self.init(site: site, resolver: ReferenceResolver(site: site))
    }

    /// The plan of `site` with references resolved by `resolver`. The incremental check
    /// walks a site restricted to one document (`Site.restricted`) but resolves against the
    /// whole site, so the two may differ; indices in the result point into `site`, which
    /// keeps every region and document in its place.
    /// - Parameter forChecks: true for a plan only checks read (`SiteChecker.check(documentAt:)`):
    ///   no check reads the gemeenten or the begrippen's first uses, and finding them reads
    ///   every region's names and every paragraph of the site.
    public init(site: Site, resolver: ReferenceResolver, forChecks: Bool = false) {
        // The references and the pages' begrip uses are spread over the cores; the agendas,
        // gremia, begrippen and gemeenten are each one pass on one thread, so they run beside
        // them (one after another, they left a core idle for a sixth of the index stage).
        let (read, resolved) = concurrently({
            let matchers = Self.begripMatchers(of: site)
            let parts = LinkParts(site: site)
            let referenceParts = Self.resolveReferenceParts(of: site, resolver: resolver, parts: parts)
            // The parts' link tables over the cores: made one after another, they held the
            // other core idle at the end of the index stage (0.1 s at 100×).
            return (parts: parts, referenceParts: referenceParts, linkParts: referenceParts.parallelMap(LinkTable.init), matchers: matchers,
                    uses: forChecks ? [] : Self.findBegripUses(of: site, matchers: matchers))
        }, alongside: {
            (agendas: Self.resolveAgendas(of: site), gremia: Self.resolveGremia(of: site, resolver: resolver),
             begrippen: Self.resolveBegrippen(of: site, resolver: resolver), documentLinks: Self.resolveDocumentLinks(of: site),
             gemeenten: forChecks ? [] : Self.resolveGemeenten(of: site))
        })
        self.init(site: site, parts: read.parts, referenceParts: read.referenceParts, linkParts: read.linkParts,
                  agendas: resolved.agendas, gremia: resolved.gremia, begrippen: resolved.begrippen, documentLinks: resolved.documentLinks,
                  begripMatchers: read.matchers, begripUses: read.uses, gemeenten: resolved.gemeenten)
    }

    /// The plan of `site` from its resolved parts.
    private init(site: Site, parts: LinkParts, referenceParts: [[ResolvedReference]], linkParts: [LinkTable],
                 agendas: [ResolvedAgenda], gremia: [[ResolvedGremium]], begrippen: [[ResolvedBegrip]], documentLinks: [[ResolvedDocumentLinks]],
                 begripMatchers: [BegripMatcher], begripUses: [[[[BegripUse]]]], gemeenten: [ResolvedGemeente]) {
        self.gemeenten = gemeenten
        self.site = site
        self.parts = parts
        self.referenceParts = referenceParts
        self.linkParts = linkParts
        self.agendas = agendas
        self.agendaIndices = Dictionary(agendas.enumerated().map { ($1.document, $0) }, uniquingKeysWith: { first, _ in first })
        self.gremia = gremia
        self.gremiaNaming = gremia.map { region in
            var naming: [EntityRef: [Int]] = [:]
            for gremium in region {
                for entity in gremium.worksOn { naming[entity, default: []].append(gremium.ref.index) }
            }
            return naming
        }
        self.begrippen = begrippen
        self.documentLinks = documentLinks
        self.begripMatchers = begripMatchers
        self.begripUses = begripUses
    }

    // MARK: - Looking up typed targets

    /// Where the agenda of `document` is in `agendas`.
    func agendaIndex(of document: SymbolTable.DocumentAddress) -> Int? {
        agendaIndices[document]
    }

    // Inlinable: render asks these for a field or two (a title, a URL) thousands of times a
    // page kind, and as calls into this module each returned a copy of the whole struct,
    // retaining every string and array in it; inlined, the caller reads what it uses.
    @inlinable public func document(_ address: SymbolTable.DocumentAddress) -> Document {
        site.regions[address.region].documents[address.document]
    }

    @inlinable public func entity(_ ref: EntityRef) -> Entity {
        site.regions[ref.document.region].documents[ref.document.document].entities[ref.index]
    }

    @inlinable public func gremium(_ ref: GremiumRef) -> Gremium {
        site.regions[ref.region].gremia[ref.index]
    }

    @inlinable public func begrip(_ ref: BegripRef) -> Begrip {
        site.regions[ref.region].begrippen[ref.index]
    }

    /// The entity `actielijn:4.1` of the document `regio/document`, through the symbol table.
    public func entity(_ key: String, inDocument documentKey: String) -> EntityRef? {
        guard let address = site.symbols.documents[documentKey],
              let index = site.symbols.entities[documentKey]?[key] else { return nil }
        return EntityRef(document: address, index: index)
    }

    /// The entity one level up (`opgave:4` for `actielijn:4.1`), as the index found it
    /// (`Entity.parentIndex`).
    public func parent(of ref: EntityRef) -> EntityRef? {
        site.regions[ref.document.region].documents[ref.document.document].entities[ref.index].parentIndex
            .map { EntityRef(document: ref.document, index: $0) }
    }

    /// The entities one level down whose number continues this one's (`actielijn:4.1` and
    /// `actielijn:4.2` for `opgave:4`), in document order: the entity page's "onderdelen".
    public func children(of ref: EntityRef) -> [EntityRef] {
        let entity = self.entity(ref)
        let entities = document(ref.document).entities
        return entities.indices.filter { entities[$0].level == entity.level + 1 && entities[$0].parentNumber == entity.number }
            .map { EntityRef(document: ref.document, index: $0) }
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

// MARK: - Links as render shows them, and the plan after an edit

extension ResolvedPlan {
    /// How the plan resolved `destination` written in `context`; nil when the plan's
    /// references hold no such link (a text `Site.linkOccurrences` does not walk).
    public func resolution(of destination: String, from context: ReferenceContext) -> PlanResolution? {
        linkParts[parts.part(of: context)][destination, context]
    }

    /// The plan after the documents at `addresses` were indexed again into `site` (a page or
    /// the mapping saved), their exports (`DocumentExports`) unchanged, and the gremia of the
    /// regions at `gremiaRegions` read again (`overlegvormen.yaml` saved, `GremiumExports`
    /// unchanged). Only those documents' links are resolved again, with their mappings, and
    /// those regions' links (a gremium's description is written in its region or, with
    /// `beschreven-in`, in a document of it) with their gremia; every other part is kept as
    /// it is, so the preview renders a few pages after an edit without touching the whole
    /// site's links. The begrippen and document links are kept too: they resolve against the
    /// exports and the YAML such an edit leaves as it was. The gemeenten's places and the
    /// begrippen's first uses are gathered again from the edited documents only, the
    /// gemeenten's gremia from the edited regions only. The result is the plan `init(site:)`
    /// makes of `site` (the preview's equivalence tests compare the output byte for byte).
    /// - Parameter textsOf: the documents whose pages were saved, when not all of `addresses`
    ///   (a saved mapping leaves its document's places and first uses as they were).
    /// - Parameter names: the site's gemeenten (`GemeenteNames`), which the gremia are read for.
    package func updating(documentsAt addresses: [SymbolTable.DocumentAddress], textsOf texts: Set<SymbolTable.DocumentAddress>? = nil,
                          gremiaOfRegionsAt gremiaRegions: [Int] = [], names: GemeenteNames,
                          in site: Site) -> (plan: ResolvedPlan, gemeenten: Set<String>) {
        let resolver = ReferenceResolver(site: site)
        var referenceParts = self.referenceParts
        var linkParts = self.linkParts
        func replace(_ part: Int, with fresh: [ResolvedReference]) {
            referenceParts[part] = fresh
            linkParts[part] = LinkTable(fresh)
        }
        let resolve = { (occurrence: LinkOccurrence) in
            ResolvedReference(occurrence: occurrence, resolution: resolver.resolveInPlan(occurrence.link.destination, from: occurrence.context))
        }
        for address in addresses.uniqued() {
            let fresh = site.restricted(toDocumentAt: address.region, address.document).linkOccurrences()
                .filter { $0.context.region == address.region && $0.context.document == address.document }
            replace(parts.part(ofDocumentAt: address), with: fresh.map(resolve))
        }
        var gremia = self.gremia
        var gemeenten = self.gemeenten
        var changedGemeenten: Set<String> = []
        for r in gremiaRegions.uniqued() {
            var fresh = Dictionary(uniqueKeysWithValues: parts.parts(ofRegionAt: r).map { ($0, [ResolvedReference]()) })
            for occurrence in site.restricted(toRegionAt: r).linkOccurrences() where occurrence.context.region == r {
                fresh[parts.part(of: occurrence.context), default: []].append(resolve(occurrence))
            }
            for (part, references) in fresh { replace(part, with: references) }
            gremia[r] = Self.resolveGremia(ofRegionAt: r, in: site, resolver: resolver)
            changedGemeenten.formUnion(Self.replaceMemberships(inRegionAt: r, of: &gemeenten, from: site, names: names))
        }
        var agendas = self.agendas
        var uses = begripUses
        for address in addresses.uniqued() {
            let document = site.regions[address.region].documents[address.document]
            if let agenda = document.agenda, let i = agendaIndices[address] {
                agendas[i] = Self.resolve(agenda, of: document, at: address, national: site.national)
            }
            guard texts?.contains(address) ?? true else { continue }
            Self.replacePlaces(inDocumentAt: address, of: &gemeenten, from: site)
            if address.region < uses.count && address.document < uses[address.region].count {
                uses[address.region][address.document] = Self.begripUses(in: document, matcher: begripMatchers[address.region], region: address.region)
            }
        }
        let plan = ResolvedPlan(site: site, parts: parts, referenceParts: referenceParts, linkParts: linkParts,
                                agendas: agendas, gremia: gremia, begrippen: begrippen, documentLinks: documentLinks,
                                begripMatchers: begripMatchers, begripUses: uses, gemeenten: gemeenten)
        return (plan, changedGemeenten)
    }

    /// The references written in the part `part` (`LinkParts`), in site order.
    package func references(inPart part: Int) -> [ResolvedReference] {
        referenceParts[part]
    }

    /// The parts an update with these arguments resolves again, for `MentionIndex.update`.
    package func updatedParts(documentsAt addresses: [SymbolTable.DocumentAddress], gremiaOfRegionsAt gremiaRegions: [Int]) -> [Int] {
        (addresses.map(parts.part(ofDocumentAt:)) + gremiaRegions.flatMap(parts.parts(ofRegionAt:))).uniqued()
    }
}

extension ResolvedPlan {
    /// The plan without what only the checks read, for a build's render once the "genoemd
    /// in" lists are made from the references (`MentionIndex`): the list of references
    /// (`references` empty, so no backlinks; render reads each link's resolution,
    /// `resolution(of:from:)`, which stays), about 20 MB at 100×, and every page's footnote
    /// lines (`FootnoteLines`, 6 MB), which would otherwise live through render, the build's
    /// peak of memory. Called on the only copy of the plan, the pages are cleared in place.
    package consuming func releasingCheckOnlyParts() -> ResolvedPlan {
        var plan = self
        plan.referenceParts = Array(repeating: [], count: plan.referenceParts.count)
        for r in plan.site.regions.indices {
            for d in plan.site.regions[r].documents.indices {
                for p in plan.site.regions[r].documents[d].pages.indices {
                    plan.site.regions[r].documents[d].pages[p].footnoteLines = .empty
                }
            }
        }
        return plan
    }
}
