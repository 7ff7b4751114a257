import Foundation
import Testing
@testable import PlanSite

/// The content format's gaps that a new editor hit with Centraal Gelderland's regiovisie
/// 2021 (issue 16), each built as a real site and read back as HTML.
@Suite struct FormatGapTests {
    static func build(_ extra: [String: String], strict: Bool = true) throws -> (root: URL, result: TestSupport.ProcessResult) {
        let root = try TestSupport.scratch()
        try TestSupport.write(TestSupport.minimalSite(extra: extra), into: root)
        let result = try TestSupport.run(["build"] + (strict ? ["--strict"] : []), in: root)
        return (root, result)
    }

    static func page(_ root: URL, _ path: String) throws -> String {
        try TestSupport.read(root.appendingPathComponent("site/" + path + "/index.html"))
    }

    /// Gap 2: "10.1 Bijlage 1" is bijlage 1, shown as printed.
    @Test func aBijlageKeepsItsNumberAsPrinted() throws {
        let (root, result) = try Self.build([
            "content/regio-a/plan-2024/bijlagen/01-lokale-visies.md": "---\ntitel: Lokale visies\nnummer: \"10.1 Bijlage 1\"\n---\n\nDe visies.\n",
            "content/regio-a/plan-2024/02-slot.md": "---\ntitel: Slot\nnummer: \"2\"\n---\n\nZie [bijlage 1](bijlage:1).\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let bijlage = try Self.page(root, "regio-a/plan-2024/lokale-visies")
        #expect(bijlage.contains("<title>10.1 Bijlage 1 Lokale visies"))
        #expect(bijlage.contains("10.1 Bijlage 1"))
        let slot = try Self.page(root, "regio-a/plan-2024/slot")
        #expect(slot.contains("href=\"../../../regio-a/plan-2024/lokale-visies/\">bijlage 1</a>"))
        #expect(slot.contains(">10.1 Bijlage 1 Lokale visies</a>"), "the contents list names it as printed")
    }

    /// Gap 11: a document without period shows its year where the period would be.
    @Test func aDocumentWithoutPeriodShowsItsYear() throws {
        let (root, result) = try Self.build([
            "content/regio-a/visie-2021/document.yaml": "titel: Regiovisie Jeugd\nsoort: regiovisie\nniveaus: []\njaar: 2021\nstatus: vastgesteld\n",
            "content/regio-a/visie-2021/01-visie.md": "---\ntitel: Visie\nnummer: \"1\"\n---\n\nDe visie.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let region = try Self.page(root, "regio-a")
        #expect(region.contains(">Regiovisie Jeugd</a> <span class=\"kenmerk\">Regiovisie · 2021</span>"))
    }

    /// Gap 5: a link to a region's overlegvormen or begrippen page as a whole.
    @Test func aRegionsOverlegvormenAndBegrippenPagesHaveReferenceForms() throws {
        let (root, result) = try Self.build([
            "content/regio-a/overlegvormen.yaml": "gremia:\n  - id: rpo\n    naam: Portefeuillehoudersoverleg\n",
            "content/regio-a/begrippen.yaml": "begrippen:\n  - id: ret\n    term: Regionaal Expertteam\n",
            "content/regio-a/plan-2024/02-slot.md": "---\ntitel: Slot\nnummer: \"2\"\n---\n\nZie de [overlegvormen](overlegvormen:) en de [begrippen](begrippen:regio-a).\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let slot = try Self.page(root, "regio-a/plan-2024/slot")
        #expect(slot.contains("<a href=\"../../../regio-a/overlegvormen/\">overlegvormen</a>"))
        #expect(slot.contains("<a href=\"../../../regio-a/begrippen/\">begrippen</a>"))
    }

    @Test func aWrongRegionPageReferenceSaysWhatWorks() throws {
        let (root, result) = try Self.build([
            "content/regio-a/overlegvormen.yaml": "gremia:\n  - id: rpo\n    naam: Portefeuillehoudersoverleg\n",
            "content/regio-a/plan-2024/02-slot.md": "---\ntitel: Slot\nnummer: \"2\"\n---\n\n[a](overlegvormen:regio-b) [b](begrippen:) [c](overlegvormen:#gremium-rpo)\n",
        ], strict: false)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        #expect(result.stderr.contains("02-slot.md:6:1: fout[REF001]: de regio `regio-b` bestaat niet"), "\(result.stderr)")
        #expect(result.stderr.contains("bedoelde je `overlegvormen:regio-a`?"))
        #expect(result.stderr.contains("Regio A heeft geen begrippen.yaml, dus geen pagina `begrippen`"))
        #expect(result.stderr.contains("verwijs naar één gremium met `gremium:id`, zoals `gremium:rpo`"))
    }
}
