import PlanSiteModel

/// Reading `PageFrontMatter` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension PageFrontMatter {
    static let keys = ["titel", "nummer", "id", "toon", "doel"]

    /// "3", "3.1", "10.1": digit groups joined by points.
    static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    static func read(_ root: YAMLNode?, file: SourceFile, isBijlage: Bool, into diagnostics: inout [Diagnostic]) -> PageFrontMatter {
        guard let root else {
            diagnostics.append(.missingFrontMatter(at: file.start))
            return PageFrontMatter()
        }
        guard var map = MappingReader(root, what: "de front matter", at: file.start, into: &diagnostics) else { return PageFrontMatter() }
        map.validateKeys(known: keys, required: ["titel"], into: &diagnostics)
        var nummer = map.string("nummer", into: &diagnostics)
        var printedNumber: String?
        if var n = nummer {
            n.value = n.value.trimmingCharacters(in: .whitespaces)
            // "Bijlage 2" is bijlage 2; "10.1 Bijlage 1" is bijlage 1, printed as written.
            if let range = n.value.range(of: "Bijlage ") {
                let before = n.value[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                if isBijlage, !before.isEmpty, Self.isNumber(before) { printedNumber = n.value }
                if before.isEmpty || printedNumber != nil { n.value = n.value[range.upperBound...].trimmingCharacters(in: .whitespaces) }
            }
            if !Self.isNumber(n.value) {
                diagnostics.append(.invalidPageNumber(n))
                nummer = nil
                printedNumber = nil
            } else {
                nummer = n
            }
        }
        return PageFrontMatter(
            titel: map.string("titel", into: &diagnostics),
            nummer: nummer,
            printedNumber: printedNumber,
            id: map.string("id", into: &diagnostics),
            toon: map.choice("toon", among: ["begrippen", "overlegvormen"], into: &diagnostics),
            doel: map.richText("doel", into: &diagnostics))
    }
}
