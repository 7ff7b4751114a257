import Dispatch
import Foundation

/// Runs every check family over the indexed site. Pure: no I/O, the same diagnostics in
/// the same order on every run. `--strict` is applied by the caller, once.
public enum SiteChecker {
    public static func check(_ site: Site) -> [Diagnostic] {
        check(site, resolver: ReferenceResolver(site: site))
    }

    /// The families over `site`, with references resolved by `resolver`: the whole site's
    /// resolver also when `site` is a part of it (`check(documentAt:_:of:)`).
    static func check(_ site: Site, resolver: ReferenceResolver) -> [Diagnostic] {
        // Every reference is resolved once, into the resolved plan, which the families that
        // judge references read. Built first, alone: it resolves the links over the cores.
        let plan = ResolvedPlan(site: site, resolver: resolver)
        // The families are independent: run them side by side (the preview server waits on
        // this stage after every save). Their order in the result is fixed by the caller's sort.
        // The mapping checks are the largest family and spread over the documents themselves;
        // they run first, alone (GCD runs a parallel loop nested in another one serially).
        let agenda = AgendaChecks.check(plan)
        let families: [@Sendable () -> [Diagnostic]] = [
            { ReferenceChecks.check(plan) },
            { FootnoteChecks.check(site) },
            { RawHTMLChecks.check(site) },
            { GremiumChecks.check(plan) },
            { BegripChecks.check(plan) },
        ]
        return agenda + families.parallelMap { $0() }.flatMap { $0 }
    }
}
