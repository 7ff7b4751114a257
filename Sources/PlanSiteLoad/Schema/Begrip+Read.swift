import PlanSiteModel

/// Reading `Begrip` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension Begrip {
    static func readFile(_ root: YAMLNode?, file: SourceFile, into diagnostics: inout [Diagnostic]) -> [Begrip] {
        guard var map = MappingReader(root, what: "begrippen.yaml", at: file.start, into: &diagnostics) else { return [] }
        map.validateKeys(known: ["begrippen"], required: ["begrippen"], mayBeEmpty: ["begrippen"], into: &diagnostics)
        return map.list("begrippen", into: &diagnostics) { node, diagnostics in
            guard var item = MappingReader(node, what: "een begrip", at: node.location, into: &diagnostics) else { return nil }
            item.validateKeys(known: ["id", "term", "afkorting", "betekenis", "hoort-bij"], required: ["id", "term"], into: &diagnostics)
            guard let id = item.identifier("id", rule: .slug, into: &diagnostics) else { return nil }
            return Begrip(id: id,
                          term: item.string("term", into: &diagnostics)?.value ?? id.value,
                          afkorting: item.string("afkorting", into: &diagnostics)?.value,
                          betekenis: item.richText("betekenis", into: &diagnostics),
                          hoortBij: item.string("hoort-bij", into: &diagnostics))
        }
    }
}
