import PlanSiteModel
import PlanSiteLoad

/// One link or image as written, with what it resolved to.
public struct ResolvedReference: Sendable {
    public var occurrence: LinkOccurrence
    public var resolution: PlanResolution

    public init(occurrence: LinkOccurrence, resolution: PlanResolution) {
        self.occurrence = occurrence
        self.resolution = resolution
    }

    public var location: SourceLocation { occurrence.link.location }
}

/// A reference written as a YAML value (`werkt-aan`, `hoort-bij`), with its resolution.
public struct ResolvedValue: Sendable {
    public var written: Located<String>
    public var resolution: PlanResolution

    public init(written: Located<String>, resolution: PlanResolution) {
        self.written = written
        self.resolution = resolution
    }
}

/// A page that links to a target ("genoemd in"): where it is, what it is called, and the
/// first link on it that does.
public struct Backlink: Sendable, Hashable {
    public var url: String
    public var title: String
    public var location: SourceLocation

    public init(url: String, title: String, location: SourceLocation) {
        self.url = url
        self.title = title
        self.location = location
    }
}

extension ResolvedPlan {
    /// Whether a resolved link counts as a mention of its target: it leads to another page
    /// than the one it is shown on. One rule for the plan's backlinks and `MentionIndex`.
    package static func isMention(_ target: ResolvedTarget, from occurrence: LinkOccurrence) -> Bool {
        target.url != occurrence.pageURL
    }

    /// Every occurrence resolved, over the cores in slices (the largest part of the plan),
    /// in site order.
    static func resolveReferences(of site: Site, resolver: ReferenceResolver) -> [ResolvedReference] {
        resolvedSlices(of: site, resolver: resolver).flatMap { $0 }
    }

    /// Every occurrence resolved, each part's (`LinkParts`) in site order: what the plan
    /// keeps. Each part's array is sized once and each slice let go once it is shared out, so
    /// the references stand in memory about once at a time: through a flat list grown by
    /// doubling, they were 42 MB of the 100× build's peak, at the end of the index stage.
    static func resolveReferenceParts(of site: Site, resolver: ReferenceResolver, parts: LinkParts) -> [[ResolvedReference]] {
        var slices = resolvedSlices(of: site, resolver: resolver)
        var counts = Array(repeating: 0, count: parts.count)
        for slice in slices {
            for reference in slice { counts[parts.part(of: reference.occurrence.context)] += 1 }
        }
        var referenceParts = counts.map { count -> [ResolvedReference] in
            var part: [ResolvedReference] = []
            part.reserveCapacity(count)
            return part
        }
        for i in slices.indices {
            for reference in slices[i] { referenceParts[parts.part(of: reference.occurrence.context)].append(reference) }
            slices[i] = []
        }
        return referenceParts
    }

    /// The site's occurrences resolved over the cores, in slices of 512, in site order.
    private static func resolvedSlices(of site: Site, resolver: ReferenceResolver) -> [[ResolvedReference]] {
        let occurrences = site.linkOccurrences()
        let sliceSize = 512
        let slices = Array(stride(from: 0, to: occurrences.count, by: sliceSize))
        return slices.parallelMap { start in
            occurrences[start..<min(start + sliceSize, occurrences.count)].map {
                ResolvedReference(occurrence: $0, resolution: resolver.resolveInPlan($0.link.destination, from: $0.context))
            }
        }
    }

    /// The "genoemd in" lists: a link that resolves to another page mentions its target
    /// (an anchor counts as its page), once per page, in site order.
    static func backlinks(of references: some Sequence<ResolvedReference>) -> [PlanTarget: [Backlink]] {
        var lists: [PlanTarget: [Backlink]] = [:]
        var pagesSeen: [PlanTarget: Set<String>] = [:]
        for reference in references {
            guard case .target(let target, let typed) = reference.resolution,
                  isMention(target, from: reference.occurrence) else { continue }
            let key = typed.withoutAnchor
            guard pagesSeen[key, default: []].insert(reference.occurrence.pageURL).inserted else { continue }
            lists[key, default: []].append(Backlink(url: reference.occurrence.pageURL, title: reference.occurrence.pageTitle, location: reference.location))
        }
        return lists
    }

    /// The pages that mention `target` (its anchors included), in site order.
    public func backlinks(to target: PlanTarget) -> [Backlink] {
        backlinks[target.withoutAnchor] ?? []
    }
}
