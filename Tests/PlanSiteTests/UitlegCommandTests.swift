import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteModel

/// `plansite uitleg`, run as a process: one code in full (upper or lower case), the list of
/// every code, a Dutch usage error for a code that does not exist, and `docs/meldingen.md`,
/// which must be exactly what `plansite uitleg --markdown` writes.
@Suite struct UitlegCommandTests {
    static let meldingen = TestSupport.repository.appendingPathComponent("docs/meldingen.md")

    static func uitleg(_ arguments: [String]) throws -> TestSupport.ProcessResult {
        try TestSupport.run(["uitleg"] + arguments, in: FileManager.default.temporaryDirectory)
    }

    @Test func oneCodeInFull() throws {
        let result = try Self.uitleg(["REF003"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let out = result.stdout
        let explanation = try #require(DiagnosticCode.refMissingFile.explanation)
        #expect(out.hasPrefix("REF003 (fout): \(DiagnosticCode.refMissingFile.summary)\n"))
        for heading in ["Wat het betekent", "Verkeerd", "Goed", "Zo los je het op"] {
            #expect(out.contains("\n\(heading)\n"), "no `\(heading)` in:\n\(out)")
        }
        // The examples exactly, and where they go.
        for example in [explanation.wrong, explanation.right] {
            let file = try #require(example.files.first)
            #expect(out.contains("Aan het eind van \(file.path):\n\n      \(file.text)\n"), "\(out)")
        }
        #expect(out.contains("(`../overlegvormen.yaml`)"))
        // Wrapped for the terminal.
        #expect(out.split(separator: "\n").filter { !$0.hasPrefix("      ") }.allSatisfy { $0.count <= 100 }, "\(out)")
    }

    @Test func aCodeInLowerCase() throws {
        let lower = try Self.uitleg(["ref003"])
        let upper = try Self.uitleg(["REF003"])
        #expect(lower.status == 0)
        #expect(lower.stdout == upper.stdout)
    }

    @Test func everyCodeIsListedWithoutACode() throws {
        let result = try Self.uitleg([])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        for code in DiagnosticCode.allCases {
            let line = lines.filter { $0.hasPrefix("  \(code.rawValue) ") }
            #expect(line.count == 1, "\(code.rawValue) listed \(line.count) times")
            #expect(line.first?.hasSuffix(code.summary) == true)
            #expect(line.first?.contains(" \(code.defaultSeverity.dutch) ") == true)
        }
        for family in DiagnosticFamily.allCases { #expect(lines.contains(Substring(family.title))) }
    }

    @Test func anUnknownCodeIsAUsageErrorNamingCloseCodes() throws {
        let result = try Self.uitleg(["REF03"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("plansite: de code `REF03` bestaat niet; bedoelde je `REF003`, `REF001` of `REF002`?\n"), "\(result.stderr)")
        let far = try Self.uitleg(["ONZIN9"])
        #expect(far.status == 2)
        #expect(far.stderr.hasPrefix("plansite: de code `ONZIN9` bestaat niet; `plansite uitleg` toont alle codes\n"), "\(far.stderr)")
    }

    @Test func aFamilyWithAFarNumberListsItsCodes() {
        #expect(ExplanationText.unknownCode("GR1234") == "de code `GR1234` bestaat niet; de codes van GR zijn `GR001`, `GR002`, `GR003`, `GR004` of `GR005`")
    }

    /// The guide's list of every code is generated; this fails when the catalogue changed and
    /// the file was not made again.
    @Test func docsMeldingenIsWhatUitlegMarkdownWrites() throws {
        let result = try Self.uitleg(["--markdown"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let committed = try TestSupport.read(Self.meldingen)
        #expect(committed == result.stdout, "docs/meldingen.md is out of date: run `swift build && .build/debug/plansite uitleg --markdown > docs/meldingen.md`")
        for code in DiagnosticCode.allCases {
            #expect(committed.contains("\n### \(code.rawValue)\n"), "docs/meldingen.md has no section for \(code.rawValue)")
            #expect(committed.contains("[`\(code.rawValue)`](#\(code.rawValue.lowercased()))"))
        }
    }

    @Test func oneCodeAsMarkdownIsItsSectionOfTheFile() throws {
        let result = try Self.uitleg(["REF006", "--markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("### REF006\n"))
        #expect(try TestSupport.read(Self.meldingen).contains(result.stdout))
    }

    /// `check` and a failed `build` end by saying where a code is explained, naming the
    /// first fout or waarschuwing; a clean check does not.
    @Test func checkAndBuildPointToUitleg() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(TestSupport.minimalSite(extra: [
            "content/regio-a/plan-2024/02-tekst.md": "---\ntitel: Tekst\nnummer: \"2\"\n---\n\nZie [x](../overlegvormen.yaml) en <u>dit</u>.\n",
        ]), into: root)
        let pointer = "plansite: meer over een code: `plansite uitleg REF003`\n"
        let check = try TestSupport.run(["check"], in: root)
        #expect(check.status == 1)
        #expect(check.stderr.hasSuffix("plansite: 1 fout, 2 waarschuwingen\n" + pointer), "\(check.stderr)")
        let build = try TestSupport.run(["build"], in: root)
        #expect(build.status == 1)
        #expect(build.stderr.hasSuffix("de site is niet bijgewerkt\n" + pointer), "\(build.stderr)")

        let clean = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: clean) }
        try TestSupport.write(TestSupport.minimalSite(), into: clean)
        let none = try TestSupport.run(["check"], in: clean)
        #expect(none.status == 0)
        #expect(!none.stderr.contains("plansite uitleg"), "\(none.stderr)")
    }

    @Test func wrappingKeepsMarkdownBlockMarkersOffTheStartOfALine() {
        let lines = TextWrap.wrap("een streep - en een 1. nummer en # kop", width: 12)
        #expect(lines.allSatisfy { line in !TextWrap.startsABlock(line.split(separator: " ").first ?? "") })
        #expect(lines.joined(separator: " ") == "een streep - en een 1. nummer en # kop")
    }
}
