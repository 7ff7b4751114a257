import Foundation
import PlanSiteFuzzing
import Testing

/// Every input the fuzzers (`make fuzz`) once crashed on, or broke an invariant with, fed
/// again through the same `PlanSiteFuzzing` entry. A file is added to
/// `Fixtures/fuzz-regressions/<target>/` together with the fix; the test fails (or crashes)
/// if the bug comes back.
@Suite struct FuzzRegressionTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("fuzz-regressions")

    /// Inputs under known, tracked problems that are fixed on another branch; listed so they
    /// are kept, skipped here until that fix is merged (then remove the name from this list).
    static let fixedElsewhere: Set<String> = []

    static func inputs(_ target: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !fixedElsewhere.contains($0) }.sorted()
    }

    private func replay(_ target: String, _ name: String, _ entry: (Data) -> [String]) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(target).appendingPathComponent(name))
        #expect(entry(data) == [], "\(target)/\(name)")
    }

    @Test(arguments: inputs("yaml"))
    func yaml(_ name: String) throws { try replay("yaml", name, fuzzYAML) }

    @Test(arguments: inputs("frontmatter"))
    func frontMatter(_ name: String) throws { try replay("frontmatter", name, fuzzFrontMatter) }

    @Test(arguments: inputs("markdown"))
    func markdown(_ name: String) throws { try replay("markdown", name, fuzzMarkdown) }

    @Test(arguments: inputs("references"))
    func references(_ name: String) throws { try replay("references", name, fuzzReferences) }

    /// The entries run clean on plain good input, so a regression file proves something.
    @Test func entriesAcceptTheBundledContent() throws {
        let regio = try Data(contentsOf: TestSupport.bundledContent.appendingPathComponent("rivierenland/regio.yaml"))
        #expect(fuzzYAML(regio) == [])
        let chapter = Data("---\ntitel: Inleiding\nnummer: \"1\"\n---\n\n## Kop {#kop}\n\nZie [x](actielijn:1.1).\n".utf8)
        #expect(fuzzFrontMatter(chapter) == [])
        #expect(fuzzMarkdown(chapter) == [])
        #expect(fuzzReferences(Data("actielijn:1.1@plan-2024".utf8)) == [])
    }
}
