import Foundation
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// `data/<regio>/<document>.json`: the document's entities and Hervormingsagenda mapping as
/// open data (schema in docs/open-data.md), for Woo publication and reuse.
struct DataExportPage: SitePage {
    var region: Int
    var document: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [DataExportPage] {
        guard case .document(let r, let d) = scope else { return [] }
        let doc = site.regions[r].documents[d]
        return [DataExportPage(region: r, document: d, route: .data(region: doc.regionSlug, document: doc.slug))]
    }

    var reads: [PageInput] { [.mapping(SymbolTable.DocumentAddress(region: region, document: document))] }

    func render(in context: RenderContext) -> OutputFile? {
        context.dataExport(region, document)
    }
}

extension RenderContext {
    func dataExport(_ r: Int, _ d: Int) -> OutputFile {
        let doc = site.regions[r].documents[d]
        var entities: [JSONText] = []
        for entity in doc.entities {
            var item: [String: JSONText] = [
                "id": .string(entity.key), "soort": .string(entity.kind), "nummer": .string(entity.number),
                "titel": .string(entity.title), "url": .string(entity.url),
            ]
            if let parent = entity.parentNumber { item["ouder"] = .string(parent) }
            entities.append(.object(item))
        }
        var maatregelen: [JSONText] = []
        for answer in doc.agenda?.maatregelen ?? [] {
            var cells: [JSONText] = []
            for cell in answer.cells {
                var c: [String: JSONText] = [
                    "kolom": .string(cell.column.value), "geheel": .bool(cell.geheel),
                    "onderdelen": .array(cell.onderdelen.map { .string($0.value) }),
                ]
                if let tekst = cell.tekst { c["tekst"] = .string(tekst.text) }
                if !cell.perOnderdeel.isEmpty {
                    c["per-onderdeel"] = .object(Dictionary(cell.perOnderdeel.map { ($0.onderdeel.value, JSONText.string($0.tekst.text)) },
                                                            uniquingKeysWith: { a, _ in a }))
                }
                cells.append(.object(c))
            }
            var m: [String: JSONText] = ["maatregel": .string(answer.maatregel.value), "bijdragen": .array(cells)]
            if let t = answer.toelichting { m["toelichting"] = .string(t.text) }
            maatregelen.append(.object(m))
        }
        var object: [String: JSONText] = [
            "regio": .string(doc.regionSlug), "document": .string(doc.slug), "titel": .string(doc.config.titel),
            "soort": .string(doc.config.soort), "status": .string(doc.config.status),
            "niveaus": .array(doc.config.niveaus.map { .string($0.value) }), "entiteiten": .array(entities),
            "hervormingsagenda": .array(maatregelen),
        ]
        if let versie = doc.config.versie { object["versie"] = .string(versie) }
        if let van = doc.config.periodeVan { object["periode"] = .object(["van": .int(van), "tot": .int(doc.config.periodeTot ?? van)]) }
        let data = JSONText.object(object).data
        return OutputFile(path: Route.data(region: doc.regionSlug, document: doc.slug).file, data: data)
    }
}
