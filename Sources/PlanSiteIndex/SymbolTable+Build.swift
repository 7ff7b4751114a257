import PlanSiteModel
import PlanSiteLoad

/// Reading `SymbolTable` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension SymbolTable {
    static func build(regions: [Region]) -> SymbolTable {
        var table = SymbolTable()
        for (r, region) in regions.enumerated() {
            table.regions[region.slug] = r
            for (d, document) in region.documents.enumerated() {
                table.documents[document.key] = DocumentAddress(region: r, document: d)
                var entities: [String: Int] = [:]
                for (e, entity) in document.entities.enumerated() where entities[entity.key] == nil {
                    entities[entity.key] = e
                }
                table.entities[document.key] = entities
                var numbers: [String: Int] = [:]
                for (p, page) in document.pages.enumerated() {
                    table.pagesByPath[page.relativePath] = PageAddress(region: r, document: d, page: p)
                    if let nummer = page.nummer {
                        let key = numberKey(page.kind, nummer: nummer)
                        if numbers[key] == nil { numbers[key] = p }
                    }
                }
                table.pagesByNumber[document.key] = numbers
            }
        }
        return table
    }
}
