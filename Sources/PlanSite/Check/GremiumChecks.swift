/// `GR`: gremia report to gremia that exist, without cycles, and work on things that exist.
enum GremiumChecks {
    static func check(_ site: Site, resolver: ReferenceResolver) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (r, region) in site.regions.enumerated() {
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
            for gremium in region.gremia {
                for target in gremium.legtVerantwoordingAfAan where !ids.contains(target.value) {
                    diagnostics.append(Diagnostic(.grUnknownGremium, at: target.location, "gremium `\(target.value)` bestaat niet in overlegvormen.yaml",
                                                  hint: EditDistance.suggestion(target.value, in: ids)))
                }
                for target in gremium.werktAan {
                    if case .problem(let problem) = resolver.resolve(target.value, from: ReferenceContext(region: r)) {
                        diagnostics.append(Diagnostic(.grUnresolvedWerktAan, at: target.location, "`werkt-aan` van `\(gremium.id.value)`: \(problem.message)", hint: problem.hint))
                    }
                }
            }
            diagnostics += cycles(region.gremia)
        }
        return diagnostics
    }

    /// Each cycle once, reported at `legt-verantwoording-af-aan` of its first gremium in file order.
    static func cycles(_ gremia: [Gremium]) -> [Diagnostic] {
        let order = Dictionary(gremia.enumerated().map { ($0.element.id.value, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var reported: Set<Set<String>> = []
        var diagnostics: [Diagnostic] = []
        for start in gremia {
            // Depth-first search for a path back to `start`.
            var stack: [(String, [String])] = [(start.id.value, [start.id.value])]
            var visited: Set<String> = []
            while let (current, path) = stack.popLast() {
                guard let node = gremia.first(where: { $0.id.value == current }) else { continue }
                for next in node.legtVerantwoordingAfAan.map(\.value) {
                    if next == start.id.value {
                        let members = Set(path)
                        guard reported.insert(members).inserted else { continue }
                        let first = path.min { (order[$0] ?? 0) < (order[$1] ?? 0) } ?? start.id.value
                        guard let firstGremium = gremia.first(where: { $0.id.value == first }),
                              let at = firstGremium.legtVerantwoordingAfAan.first else { continue }
                        var cycle = path
                        if let i = cycle.firstIndex(of: first) { cycle = Array(cycle[i...] + cycle[..<i]) }
                        diagnostics.append(Diagnostic(.grReportingCycle, at: at.location,
                                                      "verantwoording in een kring: \((cycle + [first]).joined(separator: " → "))",
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
