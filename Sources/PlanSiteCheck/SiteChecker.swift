import Dispatch
import Foundation
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// Runs every check family over the indexed site. Pure: no I/O, the same diagnostics in
/// the same order on every run. `--strict` is applied by the caller, once.
public enum SiteChecker {
    public static func check(_ site: Site) -> [Diagnostic] {
        check(ResolvedPlan(site: site))
    }

    /// The families over the plan the index stage resolved (every reference resolved once;
    /// render reads the same plan). For a part of a site (`check(documentAt:_:of:)`), a plan
    /// of that part resolved against the whole site.
    public static func check(_ plan: ResolvedPlan) -> [Diagnostic] {
        let site = plan.site
        // The families are independent: run them side by side (the preview server waits on
        // this stage after every save). Their order in the result is fixed by the caller's sort.
        // The mapping checks are the largest family and spread over the documents themselves;
        // they run first, alone (GCD runs a parallel loop nested in another one serially).
        let agenda = AgendaChecks.check(plan)
        let families: [@Sendable () -> [Diagnostic]] = [{ ReferenceChecks.check(plan) }] + FootnoteChecks.parts(of: site) + [
            { RawHTMLChecks.check(site) },
            { GremiumChecks.check(plan) },
            { BegripChecks.check(plan) },
        ]
        return agenda + families.parallelMap { $0() }.flatMap { $0 }
    }
}
