import PlanSiteModel

/// The parts of a site that write links, in site order: the national texts (part 0), then
/// per region its own YAML and each of its documents. An edit in the preview changes one
/// document's part, so the plan's references and the "genoemd in" lists are kept part by part
/// and an edit replaces its part alone instead of walking every link of the site.
package struct LinkParts: Sendable {
    /// Region index → its own part; region and document index → the document's part.
    private let regionParts: [Int]
    private let documentParts: [[Int]]
    /// How many parts the site has.
    package let count: Int

    package init(site: Site) {
        var count = 1
        var regionParts: [Int] = []
        var documentParts: [[Int]] = []
        for region in site.regions {
            regionParts.append(count)
            documentParts.append(Array(count + 1..<count + 1 + region.documents.count))
            count += 1 + region.documents.count
        }
        self.regionParts = regionParts
        self.documentParts = documentParts
        self.count = count
    }

    /// The part a link written in `context` belongs to.
    package func part(of context: ReferenceContext) -> Int {
        guard let r = context.region else { return 0 }
        guard let d = context.document else { return regionParts[r] }
        return documentParts[r][d]
    }

    package func part(ofDocumentAt address: SymbolTable.DocumentAddress) -> Int {
        documentParts[address.region][address.document]
    }

    /// The parts of the region at `r`: its own YAML and each of its documents.
    package func parts(ofRegionAt r: Int) -> [Int] {
        [regionParts[r]] + documentParts[r]
    }
}
