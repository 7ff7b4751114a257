import Foundation
import PlanSiteModel
import PlanSiteIndex

/// What a begrip's first use on a page says of it on hover and focus, in plain text: the
/// afkorting and its term, then the meaning ("RAO: Regionaal Ambtelijk Overleg: …"), cut
/// at a word like a meta description. The full entry is one tap away, on the glossary.
enum BegripUitleg {
    /// - Parameter betekenis: its meaning as plain text (`ResolvedBegrip.betekenisText`).
    static func text(_ begrip: Begrip, betekenis meaning: String) -> String {
        var parts: [String] = []
        if let afkorting = begrip.afkorting, afkorting != begrip.term {
            parts.append(afkorting + " (" + begrip.term + ")")
        } else {
            parts.append(begrip.term)
        }
        if !meaning.isEmpty { parts.append(meaning) }
        return MetaDescription.shortened(parts.joined(separator: ": "))
    }
}

/// Each begrip's link as every first use of it shows it, but for its address, which depends
/// on the page: made once per render, when a page first uses the begrip. Made at every use,
/// the hover text alone was 0.6 % of a 10× build's instructions (8,466 first uses of a few
/// hundred begrippen).
final class SharedBegripLinks: @unchecked Sendable {
    /// A begrip's link with `href` the glossary's URL from the site root, and the fragment
    /// of its entry there.
    struct Shared {
        var link: MarkdownHTML.BegripLink
        var fragment: String
    }

    /// Per region, per begrip in file order.
    private var links: [[Shared?]]
    private let lock = NSLock()

    init(plan: ResolvedPlan) {
        links = plan.begrippen.map { Array(repeating: nil, count: $0.count) }
    }

    func link(_ ref: BegripRef, in context: RenderContext) -> Shared {
        lock.lock()
        if let known = links[ref.region][ref.index] {
            lock.unlock()
            return known
        }
        lock.unlock()
        // Made outside the lock; two workers may both make it, with the same result.
        let region = context.site.regions[ref.region]
        let begrip = region.begrippen[ref.index]
        let made = Shared(
            link: MarkdownHTML.BegripLink(href: Route.begrippen(region: region.slug).url, uitlegID: ElementID.begripUitleg(begrip.id.value).value,
                                          term: begrip.term, afkorting: begrip.afkorting,
                                          uitleg: BegripUitleg.text(begrip, betekenis: context.plan.begrippen[ref.region][ref.index].betekenisText)),
            fragment: ElementID.begrip(begrip.id.value).value)
        lock.lock()
        links[ref.region][ref.index] = made
        lock.unlock()
        return made
    }
}
