import PlanSiteModel
import PlanSiteLoad
/// The "genoemd in" lists of a site (the backlinks, an index fact: render only reads them
/// through `RenderContext.mentions`), kept per part of the site
/// that writes links: the national texts, each region's own YAML and each document. After
/// an edit only the edited documents' links are resolved again, and the keys whose merged
/// list changed tell which pages show a different list. The lists are the ones
/// every render uses (`RenderContext.init` takes `merged`); the preview server's tests compare
/// every incrementally rendered page with a full build's.
package struct MentionIndex: Sendable {
    /// A page that links to a target: where it is and what it is called.
    package struct Mention: Sendable, Hashable {
        package var url: String
        package var title: String

        package init(url: String, title: String) {
            self.url = url
            self.title = title
        }
    }

    /// Per part (`LinkParts`), in site order: target key → the pages of that part that link to it.
    private var parts: [[String: [Mention]]]
    private let linkParts: LinkParts
    /// The parts joined in site order: what `RenderContext.mentions` holds.
    package private(set) var merged: [String: [Mention]] = [:]

    package init(site: Site) {
        self.init(site: site, references: ResolvedPlan.resolveReferences(of: site, resolver: ReferenceResolver(site: site)))
    }

    /// The lists of a whole site's resolved plan, from the references it resolved: nothing
    /// is resolved again. (A plan of a restricted site, as the incremental check makes,
    /// lacks the other documents' links and must not be used here.)
    ///
    /// The plan keeps its references per part, as this index does, so the parts are made
    /// over the cores (a build makes these lists before render, on the way to every page).
    package init(plan: ResolvedPlan) {
        linkParts = LinkParts(site: plan.site)
        parts = Array(0..<linkParts.count).parallelMap { Self.lists(of: plan.references(inPart: $0)) }
        merge()
    }

    private init(site: Site, references: some Sequence<ResolvedReference>) {
        linkParts = LinkParts(site: site)
        parts = Array(repeating: [:], count: linkParts.count)
        for reference in references { Self.add(reference, to: &parts[linkParts.part(of: reference.occurrence.context)]) }
        merge()
    }

    /// Joins the parts part by part, so each key's list keeps the site order. A part's list
    /// names each page once already (`add`), so only a key that several parts name needs its
    /// pages compared: a string made and hashed for every mention of the site made this join
    /// half of the stage, on one core.
    private mutating func merge() {
        var pagesOfKey: [String: Set<String>] = [:]
        for part in parts {
            for (key, list) in part {
                guard var joined = merged.removeValue(forKey: key) else {
                    merged[key] = list
                    continue
                }
                var pages = pagesOfKey[key] ?? Set(joined.map(\.url))
                for mention in list where pages.insert(mention.url).inserted { joined.append(mention) }
                pagesOfKey[key] = pages
                merged[key] = joined
            }
        }
    }

    /// Takes the links of the parts `parts` (`LinkParts`) from `plan` (the plan after an edit,
    /// `ResolvedPlan.updating(documentsAt:textsOf:gremiaOfRegionsAt:names:in:)`, which resolved them again,
    /// `ResolvedPlan.updatedParts`) and returns the target keys whose list changed.
    package mutating func update(parts updated: [Int], from plan: ResolvedPlan) -> Set<String> {
        var candidates: Set<String> = []
        for p in updated {
            let fresh = Self.lists(of: plan.references(inPart: p))
            for key in Set(fresh.keys).union(parts[p].keys) where fresh[key] != parts[p][key] { candidates.insert(key) }
            parts[p] = fresh
        }
        var changed: Set<String> = []
        for key in candidates {
            var list: [Mention] = []
            var seen: Set<String> = []
            for part in parts {
                for mention in part[key] ?? [] where seen.insert(mention.url).inserted { list.append(mention) }
            }
            guard list != merged[key] ?? [] else { continue }
            merged[key] = list.isEmpty ? nil : list
            changed.insert(key)
        }
        return changed
    }

    /// A link that resolves to another page mentions its target (the key without its
    /// fragment), once per page.
    private static func mention(_ occurrence: LinkOccurrence, resolution: Resolution) -> (key: String, mention: Mention)? {
        guard case .target(let target) = resolution,
              ResolvedPlan.isMention(target, from: occurrence) else { return nil }
        // The fragment found by its byte: walking the key by Characters was 70 M instructions at 10×.
        let key = target.key.firstIndex(ofASCII: "#").map { String(target.key[..<$0]) } ?? target.key
        return (key, Mention(url: occurrence.pageURL, title: occurrence.pageTitle))
    }

    /// The lists the references of one part make.
    private static func lists(of references: [ResolvedReference]) -> [String: [Mention]] {
        var lists: [String: [Mention]] = [:]
        for reference in references { add(reference, to: &lists) }
        return lists
    }

    /// Adds the mention `reference` makes, if it makes one, to the lists of its part.
    private static func add(_ reference: ResolvedReference, to part: inout [String: [Mention]]) {
        guard let (key, mention) = mention(reference.occurrence, resolution: reference.resolution.resolution) else { return }
        if part[key]?.contains(where: { $0.url == mention.url }) == true { return }
        part[key, default: []].append(mention)
    }
}
