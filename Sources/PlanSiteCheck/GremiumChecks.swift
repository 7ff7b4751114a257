import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `GR`: gremia report to gremia that exist, without cycles, and work on things that exist.
/// `werkt-aan` and `legt-verantwoording-af-aan` are read resolved from the resolved plan.
enum GremiumChecks {
    static func check(_ plan: ResolvedPlan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (r, region) in plan.site.regions.enumerated() {
            var seen: [String: SourceLocation] = [:]
            for gremium in region.gremia {
                if let first = seen[gremium.id.value] {
                    diagnostics.append(Diagnostic(.grDuplicateGremium, at: gremium.id.location, "gremium `\(gremium.id.value)` is al gedefinieerd op regel \(first.line)",
                                                  hint: "geef elk gremium een eigen `id`"))
                } else {
                    seen[gremium.id.value] = gremium.id.location
                }
            }
            let ids = region.gremia.map(\.id.value)
            let documents = region.documents.map(\.slug)
            for resolved in plan.gremia[r] {
                let gremium = plan.gremium(resolved.ref)
                for description in resolved.descriptions where description.document == nil {
                    let described = description.written
                    diagnostics.append(Diagnostic(.grUnknownDocument, at: described.document.location,
                                                  "`beschreven-in` van `\(gremium.id.value)` noemt het document `\(described.document.value)`, maar \(region.config.naam) heeft geen document met die mapnaam",
                                                  hint: EditDistance.suggestion(described.document.value, in: documents)
                                                      ?? "de documenten van de regio: \(documents.map { "`\($0)`" }.joined(separator: ", "))"))
                }
            }
            for resolved in plan.gremia[r] {
                let gremium = plan.gremium(resolved.ref)
                for report in resolved.reportsTo where report.gremium == nil {
                    diagnostics.append(ReferenceProblem.unknownGremium(report.written.value, in: "overlegvormen.yaml", among: ids)
                        .diagnostic(at: report.written.location))
                }
                for target in resolved.werktAan {
                    switch target.resolution {
                    case .problem(let problem):
                        diagnostics.append(Diagnostic(.grUnresolvedWerktAan, at: target.written.location, "`werkt-aan` van `\(gremium.id.value)`: \(problem.message)", hint: problem.hint))
                    case .external:
                        // An address is no part of a plan: the page would leave it out.
                        diagnostics.append(Diagnostic(.grUnresolvedWerktAan, at: target.written.location,
                                                      "`werkt-aan` van `\(gremium.id.value)`: `\(target.written.value)` is een webadres, geen onderdeel of pagina van een plan",
                                                      hint: "verwijs naar een onderdeel of hoofdstuk, zoals `opgave:1@document` of `hoofdstuk:4@document`; een adres past in `contact` of `aanmelding`"))
                    case .target: break
                    }
                }
            }
            diagnostics += cycles(plan.gremia[r], region.gremia)
        }
        return diagnostics
    }

    /// Each cycle once, reported at `legt-verantwoording-af-aan` of its first gremium in file
    /// order. Walks the resolved reports; a gremium stands for its id, so a repeated id
    /// stands for the first gremium with it (what a report naming the id reaches).
    static func cycles(_ resolved: [ResolvedGremium], _ gremia: [Gremium]) -> [Diagnostic] {
        var reported: Set<Set<Int>> = []
        var diagnostics: [Diagnostic] = []
        for start in gremia {
            guard let s = gremia.firstIndex(where: { $0.id.value == start.id.value }) else { continue }
            // Depth-first search for a path back to `s`.
            var stack: [(Int, [Int])] = [(s, [s])]
            var visited: Set<Int> = []
            while let (current, path) = stack.popLast() {
                for next in resolved[current].reportsTo.compactMap({ $0.gremium?.index }) {
                    if next == s {
                        guard reported.insert(Set(path)).inserted else { continue }
                        let first = path.min() ?? s
                        guard let at = gremia[first].legtVerantwoordingAfAan.first else { continue }
                        var cycle = path
                        if let i = cycle.firstIndex(of: first) { cycle = Array(cycle[i...] + cycle[..<i]) }
                        diagnostics.append(Diagnostic(.grReportingCycle, at: at.location,
                                                      "verantwoording in een kring: \((cycle + [first]).map { gremia[$0].id.value }.joined(separator: " → "))",
                                                      hint: "een gremium kan niet (via anderen) aan zichzelf verantwoording afleggen; verwijder een van deze koppelingen"))
                    } else if !visited.contains(next) {
                        visited.insert(next)
                        stack.append((next, path + [next]))
                    }
                }
            }
        }
        return diagnostics
    }
}
