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
    /// `beschreven-in`, each entry's document found once here for check and render.
    public var descriptions: [Description]
    /// `werkt-aan`, resolved from the region's YAML.
    public var werktAan: [ResolvedValue]
    public var reportsTo: [Report]
    /// The verantwoording chain: every gremium this one reports to, directly or through
    /// others, breadth first (with one `legt-verantwoording-af-aan` each, the chain to the
    /// top), each once; stops where the chain comes back on itself.
    public var verantwoording: [GremiumRef]
    /// Whether the chain leads back to this gremium (a GR cycle).
    public var isInCycle: Bool
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
        site.regions.enumerated().map { r, region in
            let context = ReferenceContext(region: r)
            let reports: [[ResolvedGremium.Report]] = region.gremia.map { gremium in
                gremium.legtVerantwoordingAfAan.map { written in
                    ResolvedGremium.Report(written: written,
                                           gremium: region.gremia.firstIndex { $0.id.value == written.value }.map { GremiumRef(region: r, index: $0) })
                }
            }
            return region.gremia.enumerated().map { g, gremium in
                let chain = verantwoording(from: g, reports: reports)
                return ResolvedGremium(ref: GremiumRef(region: r, index: g),
                                       descriptions: gremium.describedIn.map { described in
                                           ResolvedGremium.Description(written: described, document: region.documents.firstIndex { $0.slug == described.document.value })
                                       },
                                       werktAan: gremium.werktAan.map { ResolvedValue(written: $0, resolution: resolver.resolveInPlan($0.value, from: context)) },
                                       reportsTo: reports[g], verantwoording: chain.ancestors, isInCycle: chain.cycle)
            }
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

    public func resolved(_ ref: GremiumRef) -> ResolvedGremium {
        gremia[ref.region][ref.index]
    }

    /// Which gremia work on an entity: those whose `werkt-aan` names it (`via` nil), and those
    /// that name one of its parents (`werkt-aan: opgave:4` works on actielijn 4.1 through its
    /// parent). Only the gremia of the entity's region can name it; in file order.
    public func gremia(workingOn ref: EntityRef) -> [GremiumWork] {
        let ancestors = self.ancestors(of: ref)
        var out: [GremiumWork] = []
        for gremium in gremia[ref.document.region] {
            let targets = gremium.werktAan.compactMap { value -> EntityRef? in
                if case .entity(let entity) = value.resolution.target { return entity }
                return nil
            }
            if targets.contains(ref) {
                out.append(GremiumWork(gremium: gremium.ref, via: nil))
            } else if let via = ancestors.first(where: { targets.contains($0) }) {
                out.append(GremiumWork(gremium: gremium.ref, via: via))
            }
        }
        return out
    }
}
