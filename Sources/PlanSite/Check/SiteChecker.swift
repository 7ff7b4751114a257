/// Runs every check family over the indexed site. Pure: no I/O, the same diagnostics in
/// the same order on every run. `--strict` is applied by the caller, once.
public enum SiteChecker {
    public static func check(_ site: Site) -> [Diagnostic] {
        let resolver = ReferenceResolver(site: site)
        var diagnostics: [Diagnostic] = []
        diagnostics += ReferenceChecks.check(site, resolver: resolver)
        diagnostics += FootnoteChecks.check(site)
        diagnostics += RawHTMLChecks.check(site)
        diagnostics += GremiumChecks.check(site, resolver: resolver)
        diagnostics += AgendaChecks.check(site)
        diagnostics += BegripChecks.check(site)
        return diagnostics
    }
}

/// Duplicate begrip ids within a region.
enum BegripChecks {
    static func check(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for region in site.regions {
            var seen: [String: SourceLocation] = [:]
            for begrip in region.begrippen {
                if let first = seen[begrip.id.value] {
                    diagnostics.append(Diagnostic(.entityDuplicate, at: begrip.id.location, "begrip `\(begrip.id.value)` is al gedefinieerd op regel \(first.line)",
                                                  hint: "geef elk begrip een eigen `id`"))
                } else {
                    seen[begrip.id.value] = begrip.id.location
                }
            }
        }
        return diagnostics
    }
}
