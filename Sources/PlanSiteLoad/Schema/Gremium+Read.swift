import PlanSiteModel

/// Reading `Gremium` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension Gremium {
    static let descriptionKeys = ["leden", "voorzitter", "frequentie", "rol", "voor-wie", "doel", "georganiseerd-door", "aanmelding", "contact"]
    static let keys = ["id", "naam", "afkorting", "soort", "niveau", "werkt-aan", "legt-verantwoording-af-aan", "beschreven-in"] + descriptionKeys

    static func readFile(_ root: YAMLNode?, file: SourceFile, into diagnostics: inout [Diagnostic]) -> [Gremium] {
        guard var map = MappingReader(root, what: "overlegvormen.yaml", at: file.start, into: &diagnostics) else { return [] }
        map.validateKeys(known: ["gremia"], required: ["gremia"], mayBeEmpty: ["gremia"], into: &diagnostics)
        return map.list("gremia", into: &diagnostics) { node, diagnostics in
            guard var g = MappingReader(node, what: "een gremium", at: node.location, into: &diagnostics) else { return nil }
            g.validateKeys(known: keys, required: ["id", "naam"], into: &diagnostics)
            guard let id = g.identifier("id", rule: .slug, into: &diagnostics) else { return nil }
            return Gremium(
                id: id,
                naam: g.string("naam", into: &diagnostics)?.value ?? id.value,
                afkorting: g.string("afkorting", into: &diagnostics)?.value,
                soort: g.choice("soort", among: soorten, into: &diagnostics)?.value,
                niveau: g.choice("niveau", among: niveaus, into: &diagnostics)?.value,
                werktAan: g.strings("werkt-aan", into: &diagnostics),
                legtVerantwoordingAfAan: g.strings("legt-verantwoording-af-aan", into: &diagnostics),
                description: GremiumDescription.read(g, into: &diagnostics),
                describedIn: describedIn(g, into: &diagnostics))
        }
    }

    /// `beschreven-in`: a map from document folder name to what that document says.
    private static func describedIn(_ g: MappingReader, into diagnostics: inout [Diagnostic]) -> [DocumentDescription] {
        guard let node = g.node("beschreven-in"), !node.isNull else { return [] }
        guard let documents = MappingReader(node, what: "`beschreven-in`", at: node.location, into: &diagnostics) else { return [] }
        return documents.pairs.compactMapSized { pair in
            guard var fields = MappingReader(pair.value, what: "`beschreven-in: \(pair.key)`", at: pair.value.location, into: &diagnostics) else { return nil }
            fields.validateKeys(known: descriptionKeys, required: [], into: &diagnostics)
            return DocumentDescription(document: Located(pair.key, at: pair.keyLocation), description: GremiumDescription.read(fields, into: &diagnostics))
        }
    }
}

extension GremiumDescription {
    static func read(_ g: MappingReader, into diagnostics: inout [Diagnostic]) -> GremiumDescription {
        GremiumDescription(
            leden: g.strings("leden", into: &diagnostics).map(\.value),
            voorzitter: g.string("voorzitter", into: &diagnostics)?.value,
            frequentie: g.string("frequentie", into: &diagnostics)?.value,
            rol: g.richText("rol", into: &diagnostics),
            voorWie: g.richText("voor-wie", into: &diagnostics),
            doel: g.richText("doel", into: &diagnostics),
            georganiseerdDoor: g.string("georganiseerd-door", into: &diagnostics)?.value,
            aanmelding: g.richText("aanmelding", into: &diagnostics),
            contact: g.richText("contact", into: &diagnostics))
    }
}
