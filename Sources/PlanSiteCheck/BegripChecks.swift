import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `BEG`: Duplicate begrip ids within a region.
enum BegripChecks {
    static func check(_ plan: ResolvedPlan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for region in plan.site.regions {
            var seen: [String: SourceLocation] = [:]
            for begrip in region.begrippen {
                if let first = seen[begrip.id.value] {
                    diagnostics.append(Diagnostic(.begripDuplicate, at: begrip.id.location, "begrip `\(begrip.id.value)` is al gedefinieerd op regel \(first.line)",
                                                  hint: "geef elk begrip een eigen `id`"))
                } else {
                    seen[begrip.id.value] = begrip.id.location
                }
            }
        }
        return diagnostics
    }
}
