/// `REF`: every link, image and YAML reference resolves; images have alt text.
enum ReferenceChecks {
    static func check(_ site: Site, resolver: ReferenceResolver) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for occurrence in site.linkOccurrences() {
            let link = occurrence.link
            if occurrence.isImage, link.children.plainText.trimmed().isEmpty {
                diagnostics.append(Diagnostic(.refImageWithoutAlt, at: link.location, "afbeelding `\(link.destination)` heeft geen alt-tekst",
                                              hint: "beschrijf wat de afbeelding laat zien: `![Kaart van de regio](\(link.destination))`"))
            }
            if case .problem(let problem) = resolver.resolve(link.destination, from: occurrence.context) {
                let code: DiagnosticCode = occurrence.isImage && problem.code == .refMissingFile ? .refImageMissing : problem.code
                diagnostics.append(Diagnostic(code, at: link.location, problem.message, hint: problem.hint))
            }
        }
        for (r, region) in site.regions.enumerated() {
            for begrip in region.begrippen {
                guard let hoortBij = begrip.hoortBij else { continue }
                if case .problem(let problem) = resolver.resolve(hoortBij.value, from: ReferenceContext(region: r)) {
                    diagnostics.append(Diagnostic(problem.code, at: hoortBij.location, "`hoort-bij` van begrip `\(begrip.id.value)`: \(problem.message)", hint: problem.hint))
                }
            }
            for document in region.documents {
                for reference in [document.config.vervangt, document.config.vervangenDoor].compactMap({ $0 }) {
                    let key = reference.value.contains("/") ? reference.value : region.slug + "/" + reference.value
                    if site.symbols.documents[key] == nil {
                        diagnostics.append(Diagnostic(.refUnknownDocument, at: reference.location, "het document `\(reference.value)` bestaat niet",
                                                      hint: EditDistance.suggestion(reference.value, in: region.documents.map(\.slug))))
                    }
                }
            }
        }
        return diagnostics
    }
}
