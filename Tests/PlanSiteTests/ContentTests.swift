import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The bundled content/ is the real thing: five plans that must build without a single
/// error or warning and must keep (almost) every word of their sources.
@Suite(.serialized) struct ContentTests {
    static let sources: [(file: String, document: String)] = [
        ("rijk-van-nijmegen-regioprogramma-jeugd-2023-2028.txt", "rijk-van-nijmegen/regioprogramma-2023-2028"),
        ("centraal-gelderland-uitvoeringsplan-jeugd-2025.txt", "centraal-gelderland/uitvoeringsplan-2025"),
        ("rivierenland-regiovisie-jeugdhulp-2023.txt", "rivierenland/regiovisie-2023"),
        ("noord-veluwe-regionale-uitvoering-jeugdhulp-2021.txt", "noord-veluwe/regionale-uitvoering-2021"),
        ("centraal-gelderland-regiovisie-2021.txt", "centraal-gelderland/regiovisie-2021"),
    ]

    static var sharedSources: URL { TestSupport.repository.deletingLastPathComponent().appendingPathComponent("shared/sources") }

    @Test func bundledContentBuildsWithoutErrorsOrWarnings() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try TestSupport.run(["build", "--strict", "--content", TestSupport.bundledContent.path, "--output", root.appendingPathComponent("site").path], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("fout["))
        #expect(!result.stderr.contains("waarschuwing["))
        #expect(result.stderr.contains("0 fouten, 0 waarschuwingen"))
    }

    @Test func everySourceIsOnItsDocumentsPages() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        let result = try TestSupport.run(["build", "--content", TestSupport.bundledContent.path, "--output", site.path], in: root)
        try #require(result.status == 0, "\(result.stderr)")
        var report: [String] = []
        for (file, document) in Self.sources {
            let sourceURL = Self.sharedSources.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: sourceURL.path) else {
                Issue.record("source \(file) not found beside the repository")
                continue
            }
            let sourceWords = HTMLText.words(try TestSupport.read(sourceURL))
            var pageWords: Set<String> = []
            let folder = site.appendingPathComponent(document)
            let enumerator = FileManager.default.enumerator(atPath: folder.path)
            while let path = enumerator?.nextObject() as? String {
                guard path.hasSuffix(".html") else { continue }
                let html = try TestSupport.read(folder.appendingPathComponent(path))
                #expect(!html.contains("Optional(") && !html.contains(" nil "), "\(document)/\(path) shows a Swift optional")
                pageWords.formUnion(HTMLText.words(HTMLText.visibleText(html)))
            }
            let found = sourceWords.intersection(pageWords).count
            let share = Double(found) / Double(max(1, sourceWords.count))
            report.append(String(format: "%@: %.2f %% of %d words", document, share * 100, sourceWords.count))
            #expect(share >= 0.98, "\(document): \(share * 100) %, missing e.g. \(Array(sourceWords.subtracting(pageWords)).sorted().prefix(20))")
        }
        print("coverage: " + report.joined(separator: "; "))
    }

    /// The mapping as Rijk van Nijmegen printed it: the checks find its real errors where they are.
    @Test func uncorrectedRijkVanNijmegenMappingReportsItsErrors() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try TestSupport.copyTree(TestSupport.bundledContent, to: content)
        let mapping = "rijk-van-nijmegen/regioprogramma-2023-2028/hervormingsagenda.yaml"
        try FileManager.default.removeItem(at: content.appendingPathComponent(mapping))
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent("rvn-as-printed/hervormingsagenda.yaml"),
                                         to: content.appendingPathComponent(mapping))
        let result = try TestSupport.run(["check", "--format", "json"], in: root)
        #expect(result.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        let found = Set(parsed.filter { ($0["file"] as? String) == "content/" + mapping }
            .map { "\($0["code"] ?? ""):\($0["line"] ?? ""):\($0["column"] ?? "")" })
        for expected in ["HA005:102:25", "HA006:57:3", "HA008:95:40", "HA008:86:10", "HA011:32:25"] {
            #expect(found.contains(expected), "missing \(expected) in \(found.sorted())")
        }
        let errors = parsed.filter { ($0["severity"] as? String) == "error" }
        #expect(errors.count == 2, "\(errors)")
        let malformed = parsed.first { ($0["code"] as? String) == "HA005" }
        #expect((malformed?["hint"] as? String)?.contains("[\"2.1\", \"2.2\"]") == true)
    }
}
