import PlanSiteModel
import PlanSiteLoad

/// A gremium with what it works on and whom it reports to resolved.
public struct ResolvedGremium: Sendable {
    /// A `legt-verantwoording-af-aan` entry: the id as written and the gremium it names.
    public struct Report: Sendable {
        public var written: Located<String>
        /// The first gremium of the region with that id; nil when there is none.
        public var gremium: GremiumRef?
    }

    /// A `beschreven-in` entry with the document of the region it names (nil when it names none).
    public struct Description: Sendable {
        public var written: DocumentDescription
        public var document: Int?
    }

    public var ref: GremiumRef
    /// Its page (`Route.gremium`), made once: every link to a gremium, its chains and every
    /// "wie werkt hieraan" ask for it.
    public let url: String
    /// `beschreven-in`, each entry's document found once here for check and render.
    public var descriptions: [Description]
    /// `werkt-aan`, resolved from the region's YAML.
    public let werktAan: [ResolvedValue]
    /// The entities `werktAan` names: who works on an entity is asked for every answer of
    /// every maatregel a page shows, and must not walk each gremium's list to know.
    public let worksOn: Set<EntityRef>
    public var reportsTo: [Report]
    /// The verantwoording chain: every gremium this one reports to, directly or through
    /// others, breadth first (with one `legt-verantwoording-af-aan` each, the chain to the
    /// top), each once; stops where the chain comes back on itself.
    public var verantwoording: [GremiumRef]
    /// Whether the chain leads back to this gremium (a GR cycle).
    public var isInCycle: Bool
    /// The verantwoording chain as paths up to the top, as a reader follows it ("Werkgroep →
    /// RAO → RPO → colleges → gemeenteraden"): one path per way up, each starting with the
    /// gremium it reports to and ending at a gremium that reports to no one (or where the
    /// path would come back on itself). Empty when the gremium reports to no one.
    public var chains: [[GremiumRef]]
    /// The gremia that report to this one directly, in file order.
    public var reportedBy: [GremiumRef]
    /// The documents of its region it belongs to, in document order: those that describe it
    /// (`beschreven-in`) and those its `werkt-aan` points into. Empty for a gremium neither
    /// names, which then belongs to the region as a whole. A document's overview of the
    /// gremia shows these, so a region's second document does not mix into the first's.
    public var documents: [Int]

    /// At most this many paths per gremium, so a densely connected file stays small.
    static let maximumChains = 12
}

/// How a gremium works on an entity: directly, or through an entity above it.
public struct GremiumWork: Sendable, Hashable {
    public var gremium: GremiumRef
    /// Nil when `werkt-aan` names the entity itself; else the ancestor it names (`opgave:4`
    /// for actielijn 4.1).
    public var via: EntityRef?
}

extension ResolvedPlan {
    static func resolveGremia(of site: Site, resolver: ReferenceResolver) -> [[ResolvedGremium]] {
        site.regions.indices.map { resolveGremia(ofRegionAt: $0, in: site, resolver: resolver) }
    }

    /// One region's gremia: they resolve against the region's own gremia and the exports of
    /// the site, so the preview does this alone after its `overlegvormen.yaml` is saved.
    static func resolveGremia(ofRegionAt r: Int, in site: Site, resolver: ReferenceResolver) -> [ResolvedGremium] {
        let region = site.regions[r]
        let context = ReferenceContext(region: r)
        let reports: [[ResolvedGremium.Report]] = region.gremia.map { gremium in
            gremium.legtVerantwoordingAfAan.map { written in
                ResolvedGremium.Report(written: written,
                                       gremium: region.gremia.firstIndex { $0.id.value == written.value }.map { GremiumRef(region: r, index: $0) })
            }
        }
        let targets = reports.map { $0.compactMap { $0.gremium?.index } }
        return region.gremia.enumerated().map { g, gremium in
            let chain = verantwoording(from: g, reports: reports)
            let descriptions = gremium.describedIn.map { described in
                ResolvedGremium.Description(written: described, document: region.documents.firstIndex { $0.slug == described.document.value })
            }
            let werktAan = gremium.werktAan.map { ResolvedValue(written: $0, resolution: resolver.resolveInPlan($0.value, from: context)) }
            let named = descriptions.compactMap(\.document) + werktAan.compactMap { value -> Int? in
                guard let document = value.resolution.target?.document, document.region == r else { return nil }
                return document.document
            }
            return ResolvedGremium(ref: GremiumRef(region: r, index: g),
                                   url: Route.gremium(region: region.slug, id: gremium.id.value).url,
                                   descriptions: descriptions,
                                   werktAan: werktAan,
                                   worksOn: Set(werktAan.compactMap { value -> EntityRef? in
                                       if case .entity(let entity) = value.resolution.target { return entity }
                                       return nil
                                   }),
                                   reportsTo: reports[g], verantwoording: chain.ancestors, isInCycle: chain.cycle,
                                   chains: paths(from: g, targets: targets).map { $0.map { GremiumRef(region: r, index: $0) } },
                                   reportedBy: targets.indices.filter { targets[$0].contains(g) && $0 != g }.map { GremiumRef(region: r, index: $0) },
                                   documents: Set(named).sorted())
        }
    }

    /// Breadth first over the resolved reports, each gremium once.
    private static func verantwoording(from start: Int, reports: [[ResolvedGremium.Report]]) -> (ancestors: [GremiumRef], cycle: Bool) {
        var out: [GremiumRef] = []
        var seen: Set<Int> = [start]
        var queue = [start]
        var cycle = false
        var next = 0
        while next < queue.count {
            let current = queue[next]
            next += 1
            for report in reports[current] {
                guard let target = report.gremium else { continue }
                if target.index == start { cycle = true }
                guard seen.insert(target.index).inserted else { continue }
                out.append(target)
                queue.append(target.index)
            }
        }
        return (out, cycle)
    }

    /// Every path up from `start` (without `start`), depth first in the order of
    /// `legt-verantwoording-af-aan`; a path stops at a gremium that reports to no one or
    /// before one already on it.
    private static func paths(from start: Int, targets: [[Int]]) -> [[Int]] {
        var out: [[Int]] = []
        func walk(_ path: [Int], at current: Int) {
            guard out.count < ResolvedGremium.maximumChains else { return }
            let next = targets[current].filter { $0 != start && !path.contains($0) }
            if next.isEmpty {
                if !path.isEmpty { out.append(path) }
                return
            }
            for n in next { walk(path + [n], at: n) }
        }
        walk([], at: start)
        return out
    }

    public func resolved(_ ref: GremiumRef) -> ResolvedGremium {
        gremia[ref.region][ref.index]
    }

    /// Which gremia work on an entity: those whose `werkt-aan` names it (`via` nil), and those
    /// that name one of its parents (`werkt-aan: opgave:4` works on actielijn 4.1 through its
    /// parent). Only the gremia of the entity's region can name it; in file order.
    public func gremia(workingOn ref: EntityRef) -> [GremiumWork] {
        let region = ref.document.region
        guard region < gremiaNaming.count else { return [] }
        let naming = gremiaNaming[region]
        var found: [(gremium: Int, via: EntityRef?)] = (naming[ref] ?? []).map { ($0, nil) }
        var seen = Set(found.map(\.gremium))
        // Through the nearest parent a gremium names: the parents from the entity up.
        for ancestor in ancestors(of: ref) {
            for g in naming[ancestor] ?? [] where seen.insert(g).inserted { found.append((g, ancestor)) }
        }
        found.sort { $0.gremium < $1.gremium }
        return found.map { GremiumWork(gremium: GremiumRef(region: region, index: $0.gremium), via: $0.via) }
    }
}

/// A gremium working on what answers a maatregel in one document: the first entity of the
/// answer it works on (`entity`), directly or through the entity above it (`via`).
public struct GremiumAnswerWork: Sendable, Hashable {
    public var gremium: GremiumRef
    public var entity: EntityRef
    public var via: EntityRef?
}

extension ResolvedPlan {
    /// Which gremia work on a document's answer to maatregel `id` ("1.3"): on an entity its
    /// table names (a column or an onderdeel) or on one above it; each gremium once, with
    /// the first such entity in the order of the answer.
    public func gremia(answering id: String, in document: SymbolTable.DocumentAddress) -> [GremiumAnswerWork] {
        var out: [GremiumAnswerWork] = []
        var seen: Set<GremiumRef> = []
        var entitiesSeen: Set<EntityRef> = []
        for contribution in entitiesAnswering(maatregel: id, in: document) {
            guard entitiesSeen.insert(contribution.entity).inserted else { continue }
            for work in gremia(workingOn: contribution.entity) where seen.insert(work.gremium).inserted {
                out.append(GremiumAnswerWork(gremium: work.gremium, entity: contribution.entity, via: work.via))
            }
        }
        return out
    }
}
