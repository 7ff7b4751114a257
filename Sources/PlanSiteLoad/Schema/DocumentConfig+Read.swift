import PlanSiteModel

/// Reading `DocumentConfig` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension DocumentConfig {
    static let keys = ["titel", "soort", "niveaus", "periode", "jaar", "status", "versie", "vastgesteld", "bron-pdf", "vervangt", "vervangen-door"]

    static func read(_ root: YAMLNode?, file: SourceFile, into diagnostics: inout [Diagnostic]) -> DocumentConfig? {
        guard var map = MappingReader(root, what: "document.yaml", at: file.start, into: &diagnostics) else { return nil }
        map.validateKeys(known: keys, required: ["titel", "soort", "niveaus"], mayBeEmpty: ["niveaus"], into: &diagnostics)
        var van: Int?, tot: Int?
        if let periode = map.node("periode"), !periode.isNull,
           var p = MappingReader(periode, what: "`periode`", at: periode.location, into: &diagnostics) {
            p.validateKeys(known: ["van", "tot"], required: ["van"], into: &diagnostics)
            van = p.int("van", into: &diagnostics)?.value
            tot = p.int("tot", into: &diagnostics)?.value
            if let van, let tot, tot < van, let at = p.node("tot")?.location {
                diagnostics.append(.periodeReversed(van: van, tot: tot, at: at))
            }
        }
        var adoptions: [Adoption] = []
        if let node = map.node("vastgesteld"), !node.isNull {
            let entries: [YAMLNode]
            if case .sequence(let items) = node.kind { entries = items } else { entries = [node] }
            for entry in entries {
                guard var a = MappingReader(entry, what: "`vastgesteld`", at: entry.location, into: &diagnostics) else { continue }
                a.validateKeys(known: ["door", "datum"], required: ["door"], into: &diagnostics)
                adoptions.append(Adoption(door: a.string("door", into: &diagnostics)?.value, datum: a.string("datum", into: &diagnostics)?.value))
            }
        }
        let niveaus: [Located<String>]
        if let node = map.node("niveaus"), case .sequence = node.kind {
            niveaus = map.strings("niveaus", into: &diagnostics)
        } else if let node = map.node("niveaus"), !node.isNull {
            diagnostics.append(.niveausNotAList(at: node.location))
            // Read as the list it was meant to be (`niveaus: Opgave, Actielijn`), so that the
            // document's opgaven and actielijnen are still known and not each reported again.
            niveaus = (node.scalar ?? "").split(separator: ",").compactMap { part in
                let name = part.trimmingCharacters(in: .whitespaces)
                return name.isEmpty ? nil : Located(name, at: node.location)
            }
        } else {
            niveaus = []
        }
        if niveaus.count > 3, let extra = niveaus.dropFirst(3).first {
            diagnostics.append(.tooManyNiveaus(at: extra.location))
        }
        for (i, niveau) in niveaus.enumerated() {
            let kind = niveau.value.lowercased()
            // The kind becomes part of every entity URL (`actielijn-4-1/`): ASCII letters only.
            if kind.isEmpty || !kind.unicodeScalars.allSatisfy({ $0.value >= 97 && $0.value <= 122 }) {
                diagnostics.append(.niveauNotLetters(niveau))
            }
            if niveaus[..<i].contains(where: { $0.value.lowercased() == kind }) {
                diagnostics.append(.niveauTwice(niveau))
            }
        }
        return DocumentConfig(
            titel: map.string("titel", into: &diagnostics)?.value ?? "",
            soort: map.choice("soort", among: soorten, into: &diagnostics)?.value ?? "anders",
            niveaus: niveaus,
            periodeVan: van, periodeTot: tot,
            jaar: map.int("jaar", into: &diagnostics)?.value,
            status: map.choice("status", among: statussen, into: &diagnostics)?.value ?? "vastgesteld",
            versie: map.string("versie", into: &diagnostics)?.value,
            vastgesteld: adoptions,
            bronPDF: map.url("bron-pdf", rule: .web, into: &diagnostics)?.value,
            vervangt: map.string("vervangt", into: &diagnostics),
            vervangenDoor: map.string("vervangen-door", into: &diagnostics),
            location: map.location)
    }
}
