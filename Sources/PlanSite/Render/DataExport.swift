import Foundation

/// `data/<regio>/<document>.json`: the document's entities and Hervormingsagenda mapping as
/// open data (schema in docs/open-data.md), for Woo publication and reuse.
extension RenderContext {
    func dataExport(_ r: Int, _ d: Int) -> OutputFile {
        let doc = site.regions[r].documents[d]
        var entities: [[String: Any]] = []
        for entity in doc.entities {
            var item: [String: Any] = ["id": entity.key, "soort": entity.kind, "nummer": entity.number, "titel": entity.title, "url": entity.url]
            if let parent = entity.parentNumber { item["ouder"] = parent }
            entities.append(item)
        }
        var maatregelen: [[String: Any]] = []
        for answer in doc.agenda?.maatregelen ?? [] {
            var cells: [[String: Any]] = []
            for cell in answer.cells {
                var c: [String: Any] = ["kolom": cell.column.value, "geheel": cell.geheel, "onderdelen": cell.onderdelen.map(\.value)]
                if let tekst = cell.tekst { c["tekst"] = tekst.text }
                if !cell.perOnderdeel.isEmpty {
                    c["per-onderdeel"] = Dictionary(cell.perOnderdeel.map { ($0.onderdeel.value, $0.tekst.text) }, uniquingKeysWith: { a, _ in a })
                }
                cells.append(c)
            }
            var m: [String: Any] = ["maatregel": answer.maatregel.value, "bijdragen": cells]
            if let t = answer.toelichting { m["toelichting"] = t.text }
            maatregelen.append(m)
        }
        var object: [String: Any] = [
            "regio": doc.regionSlug, "document": doc.slug, "titel": doc.config.titel, "soort": doc.config.soort,
            "status": doc.config.status, "niveaus": doc.config.niveaus.map(\.value), "entiteiten": entities, "hervormingsagenda": maatregelen,
        ]
        if let versie = doc.config.versie { object["versie"] = versie }
        if let van = doc.config.periodeVan { object["periode"] = ["van": van, "tot": doc.config.periodeTot ?? van] }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return OutputFile(path: "data/\(doc.regionSlug)/\(doc.slug).json", data: data)
    }
}
