import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `REF`: every link, image and YAML reference resolves; images have alt text. Reads the
/// resolutions from the resolved plan; resolves nothing itself.
enum ReferenceChecks {
    static func check(_ plan: ResolvedPlan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for reference in plan.references {
            let occurrence = reference.occurrence
            let link = occurrence.link
            if occurrence.isImage, link.children.plainText.trimmed().isEmpty {
                diagnostics.append(Diagnostic(.refImageWithoutAlt, at: link.location, "afbeelding `\(link.destination)` heeft geen alt-tekst",
                                              hint: "beschrijf wat de afbeelding laat zien: `![Kaart van de regio](\(link.destination))`"))
            }
            if case .problem(let problem) = reference.resolution {
                diagnostics.append(problem.diagnostic(at: link.location, image: occurrence.isImage))
            }
        }
        for (r, region) in plan.site.regions.enumerated() {
            for begrip in plan.begrippen[r] {
                guard let hoortBij = begrip.hoortBij else { continue }
                if case .problem(let problem) = hoortBij.resolution {
                    diagnostics.append(Diagnostic(problem.code, at: hoortBij.written.location, "`hoort-bij` van begrip `\(plan.begrip(begrip.ref).id.value)`: \(problem.message)", hint: problem.hint))
                }
            }
            for links in plan.documentLinks[r] {
                for link in [links.vervangt, links.vervangenDoor].compactMap({ $0 }) where link.document == nil {
                    diagnostics.append(ReferenceProblem.unknownDocument(link.written.value, among: region.documents.map(\.slug))
                        .diagnostic(at: link.written.location))
                }
            }
        }
        return diagnostics
    }
}
