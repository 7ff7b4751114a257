import Foundation
import Testing
@testable import PlanSiteModel

/// One home per diagnostic code: besides its definition and catalogue line (the Diagnostics
/// folder of PlanSiteModel), a code is named in one source file, the one that emits it. A
/// second site that needs the same code calls that file's factory instead of writing the
/// code, its message and its hint again.
@Suite struct DiagnosticCodeTests {
    static let sources = TestSupport.repository.appendingPathComponent("Sources")
    static let diagnosticsFolder = "PlanSiteModel/Diagnostics/"

    /// Every Swift file under Sources/ outside the Diagnostics folder, as a path relative to
    /// Sources/ and its text.
    static func sourceFiles() throws -> [(path: String, text: String)] {
        let root = sources.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else { return [] }
        var files: [(String, String)] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let path = String(url.standardizedFileURL.path.dropFirst(root.count))
            guard !path.hasPrefix(diagnosticsFolder) else { continue }
            files.append((path, try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Whether `text` names `.name` as a whole identifier (`.refMissingFile`, not
    /// `.refMissingFileX`).
    static func names(_ name: String, in text: String) -> Bool {
        let member = "." + name
        var rest = text[...]
        while let found = rest.range(of: member) {
            let next = rest[found.upperBound...].first
            if next.map({ !($0.isLetter || $0.isNumber || $0 == "_") }) ?? true { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    @Test func everyCodeIsNamedInAtMostOneSourceFile() throws {
        let files = try Self.sourceFiles()
        #expect(files.count > 50, "Sources/ not found at \(Self.sources.path)")
        var named: [String: [String]] = [:]
        for code in DiagnosticCode.allCases {
            let name = String(describing: code)
            named[name] = files.filter { Self.names(name, in: $0.text) }.map(\.path)
        }
        // The scan must see the emitters at all, or the rule below holds vacuously.
        #expect(named.values.filter { !$0.isEmpty }.count > DiagnosticCode.allCases.count / 2)
        let spread = named.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
        #expect(spread.isEmpty, """
            codes named in more than one file outside \(Self.diagnosticsFolder); \
            give each one factory in the file that emits it and call that:
            \(spread.map { "\($0.key): \($0.value.joined(separator: ", "))" }.joined(separator: "\n"))
            """)
    }

    @Test func theScanMatchesWholeNamesOnly() {
        #expect(Self.names("refMissingFile", in: "x(code: .refMissingFile, y)"))
        #expect(Self.names("refMissingFile", in: "DiagnosticCode.refMissingFile"))
        #expect(Self.names("refMissingFile", in: "== .refMissingFile"))
        #expect(!Self.names("refMissingFile", in: ".refMissingFileX"))
        #expect(!Self.names("refMissingFile", in: "refMissingFile"))
    }
}
