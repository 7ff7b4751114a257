import Foundation
import Testing
@testable import PlanSite
@testable import PreviewServer

/// After every incremental rebuild the output folder holds exactly what a full build of the
/// same sources writes, and the diagnostics are the same: checked on a copy of the bundled
/// content, edited the ways an editor does (text only, links to other documents, a title
/// other pages quote, an error and its fix, two documents at once).
@Suite(.serialized) struct IncrementalEquivalenceTests {
    static let content = PreviewHarness.repository.appendingPathComponent("content")
    static let inleiding = "rijk-van-nijmegen/regioprogramma-2023-2028/01-inleiding.md"
    static let visie = "rivierenland/regiovisie-2023/04-visie-en-ambities.md"

    /// A scratch copy of the content, a rebuilder writing into `out`, and full builds to compare with.
    final class Scene: @unchecked Sendable {
        let root: URL
        let content: URL
        let output: URL
        let rebuilder: SiteRebuilder
        let lines = LockedLines()
        private var fullBuilds = 0

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-equivalence-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            content = root.appendingPathComponent("content")
            try FileManager.default.copyItem(at: IncrementalEquivalenceTests.content, to: content)
            output = root.appendingPathComponent("out")
            let lines = self.lines
            rebuilder = SiteRebuilder(options: Self.options(content: content.path, output: output.path), state: PreviewState(),
                                      events: EventBroadcaster(), log: { lines.append($0) })
        }

        static func options(content: String, output: String) -> SiteBuild.Options {
            var options = SiteBuild.Options(content: content, output: output)
            options.parseCache = ParseCache()
            return options
        }

        func edit(_ relative: String, _ change: (String) -> String) async throws {
            let file = content.appendingPathComponent(relative)
            let text = try String(contentsOf: file, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(relative) changes nothing")
            try Data(changed.utf8).write(to: file)
        }

        func rebuild(_ relatives: [String]) async {
            await rebuilder.rebuild(SiteRebuilder.Change(paths: relatives.map { content.appendingPathComponent($0).standardizedFileURL.path }))
        }

        /// A full build of the current sources into a folder of its own.
        func fullBuild() -> (folder: URL, outcome: SiteBuild.Outcome) {
            fullBuilds += 1
            let folder = root.appendingPathComponent("full-\(fullBuilds)")
            var options = SiteBuild.Options(content: content.path, output: folder.path)
            options.includeConcept = false
            return (folder, SiteBuild(options: options).build())
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    final class LockedLines: @unchecked Sendable {
        private var all: [String] = []
        private let lock = NSLock()
        func append(_ line: String) { lock.lock(); all.append(line); lock.unlock() }
        var last: String? { lock.lock(); defer { lock.unlock() }; return all.last }
    }

    /// Every file below `folder`, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The rebuilder's output is the full build's, file for file and byte for byte.
    static func expectSameOutput(_ scene: Scene, _ full: URL, _ step: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let mine = try files(in: scene.output)
        let theirs = try files(in: full)
        #expect(Set(mine.keys) == Set(theirs.keys), "\(step): the same files", sourceLocation: sourceLocation)
        let differing = theirs.keys.filter { mine[$0] != nil && mine[$0] != theirs[$0] }.sorted()
        #expect(differing.isEmpty, "\(step): files that differ from a full build: \(differing.prefix(10))", sourceLocation: sourceLocation)
        #expect(theirs.count > 200, sourceLocation: sourceLocation)
    }

    /// Rebuilds after the edit; expects the incremental path (or not), the full build's
    /// output when the sources build, and the full build's diagnostics.
    static func step(_ scene: Scene, _ name: String, files: [String], incremental: Bool, builds: Bool = true,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let before = scene.rebuilder.incrementalRebuilds
        let lastGood = try Self.files(in: scene.output)
        await scene.rebuild(files)
        #expect(scene.rebuilder.incrementalRebuilds - before == (incremental ? 1 : 0), "\(name): incremental path \(incremental ? "" : "not ")taken",
                sourceLocation: sourceLocation)
        let (folder, outcome) = scene.fullBuild()
        let blocks = outcome.diagnostics.hasErrors
        #expect(blocks == !builds, "\(name): the sources \(builds ? "build" : "do not build")", sourceLocation: sourceLocation)
        let state = scene.rebuilder.state.snapshot
        if blocks {
            #expect(state.blocking == outcome.diagnostics.filter { $0.severity != .info }, "\(name): the full build's diagnostics", sourceLocation: sourceLocation)
            #expect(try Self.files(in: scene.output) == lastGood, "\(name): the last good site stays", sourceLocation: sourceLocation)
        } else {
            #expect(state.blocking.isEmpty, sourceLocation: sourceLocation)
            #expect(scene.rebuilder.incremental?.diagnostics == outcome.diagnostics, "\(name): the full build's diagnostics", sourceLocation: sourceLocation)
            try expectSameOutput(scene, folder, name, sourceLocation: sourceLocation)
        }
        #expect(scene.lines.last?.hasPrefix("plansite: ") == true, sourceLocation: sourceLocation)
    }

    @Test func everyIncrementalRebuildWritesWhatAFullBuildWrites() async throws {
        let scene = try Scene()
        defer { scene.remove() }
        await scene.rebuild([])
        let (first, _) = scene.fullBuild()
        try Self.expectSameOutput(scene, first, "first build")

        // Text only.
        try await scene.edit(Self.inleiding) { $0 + "\nEen nieuwe alinea, alleen tekst.\n" }
        try await Self.step(scene, "text only", files: [Self.inleiding], incremental: true)
        #expect(scene.lines.last?.contains("bijgewerkt na 01-inleiding.md in ") == true)

        // Links with empty text to another region's entity, to a chapter that is an entity
        // and to a national maatregel: each target's "genoemd in" grows.
        try await scene.edit(Self.inleiding) { $0 + "\nZie ook [](actielijn:1@rivierenland/regiovisie-2023), [](opgave:2) en [](maatregel:1.2).\n" }
        try await Self.step(scene, "a link to another document", files: [Self.inleiding], incremental: true)

        // The title of that entity, shown by the empty link elsewhere: its exports change.
        try await scene.edit(Self.visie) { $0.replacingOccurrences(of: "### Normaliseren {#actielijn:1}", with: "### Normaliseren als gewoonte {#actielijn:1}") }
        try await Self.step(scene, "a title other pages show", files: [Self.visie], incremental: false)

        // Text inside an entity of the other document, and a footnote nobody uses (a warning).
        try await scene.edit(Self.visie) { $0 + "\nNog een zin bij de laatste actielijn.\n\n[^ongebruikt]: Een voetnoot zonder verwijzing.\n" }
        try await Self.step(scene, "entity text and a warning", files: [Self.visie], incremental: true)

        // An error: the link points nowhere. The last good site stays.
        try await scene.edit(Self.inleiding) { $0 + "\nEen [kapotte verwijzing](actielijn:99@rivierenland/regiovisie-2023).\n" }
        try await Self.step(scene, "an error", files: [Self.inleiding], incremental: true, builds: false)

        // The error fixed (after errors the whole site is built again).
        try await scene.edit(Self.inleiding) { $0.replacingOccurrences(of: "actielijn:99@", with: "actielijn:2@") }
        try await Self.step(scene, "the error fixed", files: [Self.inleiding], incremental: false)

        // Links removed: "genoemd in" shrinks again; two documents saved at once.
        try await scene.edit(Self.inleiding) { $0.replacingOccurrences(of: "Zie ook [](actielijn:1@rivierenland/regiovisie-2023), [](opgave:2) en [](maatregel:1.2).", with: "Zie ook elders.") }
        try await scene.edit(Self.visie) { $0.replacingOccurrences(of: "Nog een zin bij de laatste actielijn.", with: "Een andere zin bij de laatste actielijn.") }
        try await Self.step(scene, "links removed, two documents", files: [Self.inleiding, Self.visie], incremental: true)

        // A bijlage's text, with a link to a begrip of its region.
        let bijlage = "rijk-van-nijmegen/regioprogramma-2023-2028/bijlagen/01-lokale-teams.md"
        try await scene.edit(bijlage) { $0 + "\nMeer over [opgave 1](opgave:1) in deze bijlage.\n" }
        try await Self.step(scene, "a bijlage", files: [bijlage], incremental: true)

        // Front matter that no longer parses, and then parses again.
        try await scene.edit(bijlage) { $0.replacingOccurrences(of: "titel: Lokale teams", with: "titel: [Lokale teams") }
        try await Self.step(scene, "broken front matter", files: [bijlage], incremental: false, builds: false)
        try await scene.edit(bijlage) { $0.replacingOccurrences(of: "titel: [Lokale teams", with: "titel: Lokale teams") }
        try await Self.step(scene, "front matter fixed", files: [bijlage], incremental: false)

        // A heading's text: its anchor changes, which other pages can link to.
        try await scene.edit(Self.inleiding) { $0.replacingOccurrences(of: "## Start Regioprogramma Jeugd", with: "## Begin van het Regioprogramma Jeugd") }
        try await Self.step(scene, "a heading", files: [Self.inleiding], incremental: false)
    }
}
