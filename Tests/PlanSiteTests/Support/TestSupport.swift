import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// Paths and helpers shared by the tests: the repository, a scratch folder per test, and the
/// `plansite` binary run as a real process.
enum TestSupport {
    /// The repository root, found from this file's location.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var bundledContent: URL { repository.appendingPathComponent("content") }
    static var exampleContent: URL { repository.appendingPathComponent("docs/voorbeeld") }
    static var fixtures: URL { repository.appendingPathComponent("Tests/PlanSiteTests/Fixtures") }

    /// The `plansite` executable SwiftPM built next to the test bundle.
    static var binary: URL {
        var candidates: [URL] = []
        if let bundle = CommandLine.arguments.first.map({ URL(fileURLWithPath: $0) }) {
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("plansite"))
        }
        candidates.append(repository.appendingPathComponent(".build/debug/plansite"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }

    /// A fresh empty folder, removed by the caller's `defer`.
    static func scratch(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-test-\(safe)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A folder for a fixture built once and shared by a suite's tests (a `static let`): no
    /// test's `defer` can remove it, so it is removed when the test process exits. (Left in
    /// place, each run of the suite left a built site per such fixture in the temporary folder.)
    static func sharedScratch(_ name: String) throws -> URL {
        let url = try scratch(name)
        ScratchAtExit.shared.add(url)
        return url
    }

    /// Writes files (path relative to `root` → text) creating folders as needed.
    static func write(_ files: [String: String], into root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    static func copyTree(_ source: URL, to destination: URL) throws {
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.copyItem(at: source, to: destination)
    }

    struct ProcessResult {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `plansite` (or a copy of it at `executable`) with arguments in `directory`, as a
    /// user would.
    static func run(_ arguments: [String], in directory: URL, executable: URL = TestSupport.binary) throws -> ProcessResult {
        // The bounded runner (TimedRun.swift) with a bound no ordinary run comes near.
        try run(arguments, in: directory, timeout: 600, executable: executable).result
    }

    static func read(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// A minimal valid site: one region, one document with one chapter. Tests add or replace files.
    static func minimalSite(extra: [String: String] = [:]) -> [String: String] {
        var files: [String: String] = [
            "content/site.yaml": "titel: Testsite\nbasis-url: https://test.example/\n",
            "content/regio-a/regio.yaml": "naam: Regio A\ngemeenten: [Aadorp, Bedorp]\n",
            "content/regio-a/plan-2024/document.yaml": "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\nstatus: vastgesteld\n",
            "content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\nDit is de inleiding.\n",
        ]
        for (k, v) in extra { files[k] = v }
        return files
    }

    /// Loads, indexes and checks an in-memory site written to a scratch folder.
    static func check(_ files: [String: String]) throws -> (SiteBuild.Outcome, URL) {
        let root = try scratch()
        try write(files, into: root)
        let outcome = SiteBuild(options: .init(content: root.appendingPathComponent("content").path, output: root.appendingPathComponent("site").path)).check()
        return (outcome, root)
    }
}

/// The shared fixtures' folders, removed by one `atexit` handler when the test process ends.
private final class ScratchAtExit: @unchecked Sendable {
    static let shared = ScratchAtExit()
    private let lock = NSLock()
    private var paths: [String] = []

    private init() {
        atexit { ScratchAtExit.shared.removeAll() }
    }

    func add(_ url: URL) {
        lock.withLock { paths.append(url.path) }
    }

    private func removeAll() {
        for path in lock.withLock({ paths }) { try? FileManager.default.removeItem(atPath: path) }
    }
}
