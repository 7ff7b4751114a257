import PlanSiteModel

/// Reading `DocumentAgenda` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension DocumentAgenda {
    static func read(_ root: YAMLNode?, file: SourceFile, into diagnostics: inout [Diagnostic]) -> DocumentAgenda? {
        guard var map = MappingReader(root, what: "hervormingsagenda.yaml", at: file.start, into: &diagnostics) else { return nil }
        map.validateKeys(known: ["themas", "maatregelen"], required: [], into: &diagnostics)
        var themas: [ThemaAnswer] = []
        if let node = map.node("themas"), !node.isNull,
           let tm = MappingReader(node, what: "`themas`", at: node.location, into: &diagnostics) {
            for pair in tm.pairs {
                guard var t = MappingReader(pair.value, what: "thema \(pair.key)", at: pair.keyLocation, into: &diagnostics) else { continue }
                t.validateKeys(known: ["toelichting", "onderdelen"], required: [], into: &diagnostics)
                themas.append(ThemaAnswer(thema: Located(pair.key, at: pair.keyLocation),
                                          toelichting: t.richText("toelichting", into: &diagnostics),
                                          onderdelen: t.strings("onderdelen", into: &diagnostics)))
            }
        }
        var answers: [Answer] = []
        if let node = map.node("maatregelen"), !node.isNull,
           let mm = MappingReader(node, what: "`maatregelen`", at: node.location, into: &diagnostics) {
            for pair in mm.pairs {
                let maatregel = Located(pair.key, at: pair.keyLocation)
                if pair.value.isNull {
                    answers.append(Answer(maatregel: maatregel, toelichting: nil, cells: []))
                    continue
                }
                guard var m = MappingReader(pair.value, what: "maatregel \(pair.key)", at: pair.keyLocation, into: &diagnostics) else { continue }
                m.validateKeys(known: ["toelichting", "bijdragen"], required: [], into: &diagnostics)
                var cells: [Cell] = []
                if let b = m.node("bijdragen"), !b.isNull,
                   let bm = MappingReader(b, what: "`bijdragen`", at: b.location, into: &diagnostics) {
                    for cellPair in bm.pairs {
                        if let cell = readCell(cellPair, into: &diagnostics) { cells.append(cell) }
                    }
                }
                answers.append(Answer(maatregel: maatregel, toelichting: m.richText("toelichting", into: &diagnostics), cells: cells))
            }
        }
        return DocumentAgenda(themas: themas, maatregelen: answers, file: file.displayPath)
    }

    private static func readCell(_ pair: YAMLPair, into diagnostics: inout [Diagnostic]) -> Cell? {
        let column = Located(pair.key, at: pair.keyLocation)
        let value = pair.value
        switch value.kind {
        case .scalar(let text, _):
            if value.isNull { return Cell(column: column, geheel: false, onderdelen: [], tekst: nil, perOnderdeel: [], location: value.location) }
            if text == "geheel" { return Cell(column: column, geheel: true, onderdelen: [], tekst: nil, perOnderdeel: [], location: value.location) }
            return Cell(column: column, geheel: false, onderdelen: [], tekst: MarkdownParser.parseFragment(Located(text, at: value.location), into: &diagnostics), perOnderdeel: [], location: value.location)
        case .sequence:
            diagnostics.append(.agendaCellIsList(at: value.location))
            return nil
        case .mapping:
            guard var c = MappingReader(value, what: "de cel van kolom \(pair.key)", at: value.location, into: &diagnostics) else { return nil }
            c.validateKeys(known: ["geheel", "onderdelen", "tekst", "per-onderdeel"], required: [], into: &diagnostics)
            var per: [(Located<String>, RichText)] = []
            if let p = c.node("per-onderdeel"), !p.isNull,
               let pm = MappingReader(p, what: "`per-onderdeel`", at: p.location, into: &diagnostics) {
                for entry in pm.pairs {
                    guard let t = entry.value.scalar else {
                        diagnostics.append(.perOnderdeelNotText(entry.key, at: entry.value.location))
                        continue
                    }
                    per.append((Located(entry.key, at: entry.keyLocation), MarkdownParser.parseFragment(Located(t, at: entry.value.location), into: &diagnostics)))
                }
            }
            var onderdelen: [Located<String>] = []
            if let o = c.node("onderdelen"), !o.isNull {
                if case .sequence = o.kind {
                    onderdelen = c.strings("onderdelen", into: &diagnostics)
                } else {
                    diagnostics.append(.cellOnderdelenNotAList(o))
                }
            }
            return Cell(column: column, geheel: c.bool("geheel", into: &diagnostics)?.value ?? false,
                        onderdelen: onderdelen, tekst: c.richText("tekst", into: &diagnostics), perOnderdeel: per, location: value.location)
        }
    }
}
