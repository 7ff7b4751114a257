import Foundation
import Testing
@testable import PreviewServer

/// The watcher looks again only at the paths inotify names: that must give the snapshot a
/// whole walk gives, or an edit is missed (or a removed chapter lingers) in the preview.
@Suite struct SourceWatchTests {
    /// A folder with a few files and a sub-folder, removed afterwards.
    private static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("regio/plan"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: root.appendingPathComponent("regio/regio.yaml"))
        try Data("# Een".utf8).write(to: root.appendingPathComponent("regio/plan/01-een.md"))
        try Data("# Twee".utf8).write(to: root.appendingPathComponent("regio/plan/02-twee.md"))
        return root
    }

    @Test func namedPathsGiveTheWholeWalksSnapshot() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.path
        let before = SourceSnapshot.take([path])

        // A file written, one removed, one added, a hidden one added, a folder with a file added.
        try Data("# Een, langer".utf8).write(to: root.appendingPathComponent("regio/plan/01-een.md"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("regio/plan/02-twee.md"))
        try Data("# Drie".utf8).write(to: root.appendingPathComponent("regio/plan/03-drie.md"))
        try Data("x".utf8).write(to: root.appendingPathComponent("regio/plan/.03-drie.md.swp"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("regio/nieuw"), withIntermediateDirectories: true)
        try Data("# Vier".utf8).write(to: root.appendingPathComponent("regio/nieuw/01-vier.md"))
        let named: Set<String> = ["regio/plan/01-een.md", "regio/plan/02-twee.md", "regio/plan/03-drie.md",
                                  "regio/plan/.03-drie.md.swp", "regio/nieuw"].reduce(into: []) { $0.insert(path + "/" + $1) }

        let updated = before.updating(named)
        #expect(updated == SourceSnapshot.take([path]))
        #expect(updated.files[path + "/regio/nieuw/01-vier.md"] != nil)
        #expect(updated.files[path + "/regio/plan/02-twee.md"] == nil)
        #expect(updated.change(since: before).paths.count == 4)
        let namedChange = updated.change(since: before, among: named)
        #expect(namedChange.paths == updated.change(since: before).paths)
        #expect(namedChange.addedOrRemoved)

        // A folder removed takes its files and sub-folders along.
        try FileManager.default.removeItem(at: root.appendingPathComponent("regio/plan"))
        let removed = updated.updating([path + "/regio/plan"])
        #expect(removed == SourceSnapshot.take([path]))
        #expect(!removed.files.keys.contains { $0.hasPrefix(path + "/regio/plan/") })
        #expect(!removed.folders.contains(path + "/regio/plan"))
        #expect(removed.change(since: updated, among: [path + "/regio/plan"]).paths == removed.change(since: updated).paths)
        #expect(removed.change(since: updated).paths.count == 2)
    }

    #if os(Linux)
    @Test func inotifyNamesTheSavedFile() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let signal = ChangeSignal()
        try #require(signal.isAvailable)
        let snapshot = SourceSnapshot.take([root.path])
        signal.watch(snapshot.folders)
        let chapter = root.appendingPathComponent("regio/plan/01-een.md")
        try Data("# Een, opnieuw".utf8).write(to: chapter)
        let wake = await signal.wait(.seconds(5))
        guard case .paths(let paths) = wake else {
            Issue.record("expected the saved file's path, got \(wake)")
            return
        }
        #expect(paths.contains(chapter.path))
        #expect(snapshot.updating(paths).change(since: snapshot).paths == [chapter.path])
    }
    #endif
}
