import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
extension SiteChecker {
    /// What `check(_:)` reports in the file `file` of the region at `r` (its
    /// `overlegvormen.yaml`), computed by running the same families over that region alone,
    /// with references resolved against the whole site. Equal to the whole check's
    /// diagnostics in that file as long as the region's gremia keep their ids and names
    /// (`GremiumExports`), which is all the rest of the site was checked against: what a
    /// gremium's fields say is reported where it is written, in this file.
    package static func check(regionAt r: Int, file: String, of site: Site) -> [Diagnostic] {
        check(ResolvedPlan(site: site.restricted(toRegionAt: r), resolver: ReferenceResolver(site: site), forChecks: true))
            .filter { $0.location.file == file }
    }

    /// The diagnostics that read every document's Hervormingsagenda mapping at once (the
    /// maatregelen no document answers), with the codes they carry: after a mapping is
    /// saved the preview replaces these, and checks the mapping's own document alone.
    package static func acrossMappings(_ plan: ResolvedPlan) -> [Diagnostic] {
        AgendaChecks.notAnswered(plan)
    }

    package static var acrossMappingsCodes: Set<DiagnosticCode> { AgendaChecks.acrossMappingsCodes }
}
