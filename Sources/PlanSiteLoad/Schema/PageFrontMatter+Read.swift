import PlanSiteModel

/// Reading `PageFrontMatter` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension PageFrontMatter {
    static let keys = ["titel", "nummer", "id", "toon", "doel"]

    static func read(_ root: YAMLNode?, file: SourceFile, isBijlage: Bool, into diagnostics: inout [Diagnostic]) -> PageFrontMatter {
        guard let root else {
            diagnostics.append(.missingFrontMatter(at: file.start))
            return PageFrontMatter()
        }
        guard let map = MappingReader(root, what: "de front matter", at: file.start, into: &diagnostics) else { return PageFrontMatter() }
        map.validateKeys(known: keys, required: ["titel"], into: &diagnostics)
        var nummer = map.string("nummer", into: &diagnostics)
        if var n = nummer {
            if n.value.hasPrefix("Bijlage ") { n.value = String(n.value.dropFirst("Bijlage ".count)) }
            n.value = n.value.trimmingCharacters(in: .whitespaces)
            if n.value.isEmpty || !n.value.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
                diagnostics.append(.invalidPageNumber(n))
                nummer = nil
            } else {
                nummer = n
            }
        }
        return PageFrontMatter(
            titel: map.string("titel", into: &diagnostics),
            nummer: nummer,
            id: map.string("id", into: &diagnostics),
            toon: map.choice("toon", among: ["begrippen", "overlegvormen"], into: &diagnostics),
            doel: map.richText("doel", into: &diagnostics))
    }
}
