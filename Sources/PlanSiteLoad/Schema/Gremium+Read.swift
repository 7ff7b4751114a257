import PlanSiteModel

/// Reading `Gremium` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension Gremium {
    static let keys = ["id", "naam", "afkorting", "soort", "niveau", "werkt-aan", "leden", "voorzitter", "frequentie", "rol", "legt-verantwoording-af-aan"]

    static func readFile(_ root: YAMLNode?, file: SourceFile, into diagnostics: inout [Diagnostic]) -> [Gremium] {
        guard let map = MappingReader(root, what: "overlegvormen.yaml", at: file.start, into: &diagnostics) else { return [] }
        map.validateKeys(known: ["gremia"], required: ["gremia"], into: &diagnostics)
        return map.list("gremia", into: &diagnostics) { node, diagnostics in
            guard let g = MappingReader(node, what: "een gremium", at: node.location, into: &diagnostics) else { return nil }
            g.validateKeys(known: keys, required: ["id", "naam"], into: &diagnostics)
            guard let id = g.identifier("id", rule: .slug, into: &diagnostics) else { return nil }
            return Gremium(
                id: id,
                naam: g.string("naam", into: &diagnostics)?.value ?? id.value,
                afkorting: g.string("afkorting", into: &diagnostics)?.value,
                soort: g.choice("soort", among: soorten, into: &diagnostics)?.value,
                niveau: g.choice("niveau", among: niveaus, into: &diagnostics)?.value,
                werktAan: g.strings("werkt-aan", into: &diagnostics),
                leden: g.strings("leden", into: &diagnostics).map(\.value),
                voorzitter: g.string("voorzitter", into: &diagnostics)?.value,
                frequentie: g.string("frequentie", into: &diagnostics)?.value,
                rol: g.richText("rol", into: &diagnostics),
                legtVerantwoordingAfAan: g.strings("legt-verantwoording-af-aan", into: &diagnostics))
        }
    }
}
