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

/// What each begrip says on hover (`BegripUitleg.text`), made once per render, when a page
/// first uses the begrip. Made at every first use, it was 0.6 % of a 10× build's
/// instructions (8,466 first uses of a few hundred begrippen); the rest of a begrip's link
/// (its address from the page, its ids) is cheap and made per use, so the table holds only
/// these texts (about 2 MB at 100×).
final class BegripUitlegTexts: @unchecked Sendable {
    /// Per region, per begrip in file order.
    private var texts: [[String?]]
    private let lock = NSLock()

    init(plan: ResolvedPlan) {
        texts = plan.begrippen.map { Array(repeating: nil, count: $0.count) }
    }

    func text(_ ref: BegripRef, in plan: ResolvedPlan) -> String {
        lock.lock()
        if let known = texts[ref.region][ref.index] {
            lock.unlock()
            return known
        }
        lock.unlock()
        // Made outside the lock; two workers may both make it, with the same result.
        let made = BegripUitleg.text(plan.site.regions[ref.region].begrippen[ref.index], betekenis: plan.begrippen[ref.region][ref.index].betekenisText)
        lock.lock()
        texts[ref.region][ref.index] = made
        lock.unlock()
        return made
    }
}
