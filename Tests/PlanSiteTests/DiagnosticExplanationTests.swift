import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteModel

/// The explanation catalogue (`plansite uitleg`, `docs/meldingen.md`): every code has an
/// explanation, and its examples are true. Each example is built on a copy of the guide's
/// example site (`docs/voorbeeld` as `content/`): the wrong one must give its code, the right
/// one must give it fewer times and leave no fout or waarschuwing at all.
@Suite struct DiagnosticExplanationTests {
    /// Codes whose problem cannot be written as a text file (bytes that are no UTF-8, file
    /// permissions, symbolic links, a pipe): their examples are illustrations, not built.
    static let illustrated: Set<DiagnosticCode> = [.fileInvalidUTF8, .fileUnreadable, .fileSymlinkLoop, .fileOutsideContent, .fileNotRegular, .fileBrokenLink]

    @Test(arguments: DiagnosticCode.allCases)
    func everyCodeHasAnExplanation(_ code: DiagnosticCode) throws {
        let explanation = try #require(code.explanation, "\(code.rawValue) has no explanation in Sources/PlanSiteModel/Diagnostics/Explanations/")
        #expect(code.family != nil, "\(code.rawValue) belongs to no DiagnosticFamily")
        #expect(explanation.meaning.count > 40 && explanation.fix.count > 20)
        for example in [explanation.wrong, explanation.right] {
            #expect(!example.files.isEmpty || example.illustration != nil)
            #expect(example.files.isEmpty == Self.illustrated.contains(code), "\(code.rawValue): built examples, or an illustration only where text cannot show it")
        }
    }

    @Test(arguments: DiagnosticCode.allCases.filter { !illustrated.contains($0) })
    func theExamplesAreTrue(_ code: DiagnosticCode) throws {
        let explanation = try #require(code.explanation)
        let wrong = try Self.diagnostics(applying: [explanation.setup, explanation.wrong].compactMap { $0 })
        let right = try Self.diagnostics(applying: [explanation.setup, explanation.right].compactMap { $0 })
        let wrongCount = wrong.filter { $0.code == code }.count
        let rightCount = right.filter { $0.code == code }.count
        #expect(wrongCount >= 1, "the wrong example of \(code.rawValue) does not give it: \(Self.listed(wrong))")
        #expect(rightCount < wrongCount, "the right example of \(code.rawValue) gives it as often: \(Self.listed(right))")
        let problems = right.filter { $0.severity != .info }
        #expect(problems.isEmpty, "the right example of \(code.rawValue) is not clean: \(Self.listed(problems))")
    }

    /// The example site on its own is clean, so what an example shows is the example's doing.
    @Test func theExampleSiteIsClean() throws {
        let found = try Self.diagnostics(applying: [])
        #expect(found.filter { $0.severity != .info }.isEmpty, "\(Self.listed(found))")
    }

    @Test func codesAreFoundAsEditorsWriteThem() {
        #expect(DiagnosticCode(written: "ref003") == .refMissingFile)
        #expect(DiagnosticCode(written: " REF003 ") == .refMissingFile)
        #expect(DiagnosticCode(written: "REF3") == nil)
        #expect(DiagnosticCode.refMissingFile.family == .ref)
        #expect(DiagnosticCode.htmlUnbalanced.family == .html)
        #expect(DiagnosticCode.haNotAnswered.family == .ha)
        #expect(DiagnosticFamily.allCases.flatMap(\.codes).count == DiagnosticCode.allCases.count)
    }

    // MARK: - Building an example

    /// The diagnostics of the example site with `examples` applied in order.
    static func diagnostics(applying examples: [DiagnosticExample]) throws -> [Diagnostic] {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.copyTree(TestSupport.exampleContent, to: root.appendingPathComponent("content"))
        for example in examples {
            for file in example.files { try apply(file, in: root) }
        }
        let outcome = SiteBuild(options: .init(content: root.appendingPathComponent("content").path, output: root.appendingPathComponent("site").path)).check()
        return outcome.diagnostics
    }

    static func apply(_ file: DiagnosticExample.File, in root: URL) throws {
        let url = root.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text: String
        switch file.change {
        case .whole:
            text = file.text.isEmpty || file.text.hasSuffix("\n") ? file.text : file.text + "\n"
        case .append:
            let old = try TestSupport.read(url)
            text = old + (old.hasSuffix("\n") ? "" : "\n") + "\n" + file.text + "\n"
        case .replacing(let original):
            let old = try TestSupport.read(url)
            let occurrences = old.components(separatedBy: original).count - 1
            guard occurrences == 1 else {
                throw ExampleError("`\(original)` occurs \(occurrences) times in \(file.path), not once")
            }
            text = old.replacingOccurrences(of: original, with: file.text)
        }
        try Data(text.utf8).write(to: url)
    }

    struct ExampleError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func listed(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { "\($0.code.rawValue) \($0.location.file.split(separator: "/").suffix(2).joined(separator: "/")):\($0.location.line) \($0.message)" }
            .joined(separator: "; ")
    }
}
