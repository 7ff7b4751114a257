import PlanSiteModel

/// Reading `NationalAgenda` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension NationalAgenda {
    static func read(_ root: YAMLNode?, file: SourceFile, into diagnostics: inout [Diagnostic]) -> NationalAgenda? {
        guard var map = MappingReader(root, what: "hervormingsagenda.yaml", at: file.start, into: &diagnostics) else { return nil }
        map.validateKeys(known: ["themas", "periode"], required: ["themas"], mayBeEmpty: ["themas"], into: &diagnostics)
        var van: Int?
        if let periode = map.node("periode"), !periode.isNull,
           var p = MappingReader(periode, what: "`periode`", at: periode.location, into: &diagnostics) {
            p.validateKeys(known: ["van", "tot"], required: ["van"], into: &diagnostics)
            van = p.int("van", into: &diagnostics)?.value
            _ = p.int("tot", into: &diagnostics)
        }
        let themas: [Thema] = map.list("themas", into: &diagnostics) { node, diagnostics in
            guard var t = MappingReader(node, what: "een thema", at: node.location, into: &diagnostics) else { return nil }
            t.validateKeys(known: ["id", "titel", "tekst", "maatregelen"], required: ["id", "titel"], into: &diagnostics)
            guard let id = t.identifier("id", rule: .number, into: &diagnostics) else { return nil }
            let maatregelen: [Maatregel] = t.list("maatregelen", into: &diagnostics) { node, diagnostics in
                guard var m = MappingReader(node, what: "een maatregel", at: node.location, into: &diagnostics) else { return nil }
                m.validateKeys(known: ["id", "titel", "tekst", "zelfde-als"], required: ["id", "titel"], into: &diagnostics)
                guard let mid = m.identifier("id", rule: .number, into: &diagnostics) else { return nil }
                if !mid.value.hasPrefix(id.value + ".") {
                    diagnostics.append(Diagnostic(.haMaatregelOutsideThema, at: mid.location,
                                                  "maatregel `\(mid.value)` staat onder thema \(id.value), maar het nummer begint niet met `\(id.value).`"))
                }
                return Maatregel(id: mid, titel: m.string("titel", into: &diagnostics)?.value ?? "",
                                 tekst: m.richText("tekst", into: &diagnostics),
                                 zelfdeAls: m.string("zelfde-als", into: &diagnostics), themaID: id.value)
            }
            return Thema(id: id, titel: t.string("titel", into: &diagnostics)?.value ?? "", tekst: t.richText("tekst", into: &diagnostics), maatregelen: maatregelen)
        }
        return NationalAgenda(themas: themas, file: file.displayPath, van: van)
    }
}
