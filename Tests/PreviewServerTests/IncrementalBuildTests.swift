import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel
@testable import PreviewServer

/// The pieces that make a rebuild incremental: the parse cache, the incremental writer, the
/// edited-pages renderer, and the watcher's snapshots.
@Suite struct IncrementalBuildTests {
    func scratchCopy() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-incremental-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PreviewHarness.example, to: root.appendingPathComponent("content"))
        return root
    }

    func loader(_ content: URL, cache: ParseCache) -> ContentLoader {
        var loader = ContentLoader(root: content.path, displayRoot: "content")
        loader.cache = cache
        return loader
    }

    @Test func theParseCacheReparsesOnlyChangedFilesAndGivesTheSameResult() throws {
        let root = try scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        let cache = ParseCache()
        let (first, firstDiagnostics) = loader(content, cache: cache).load()
        let fileCount = cache.statistics.misses
        #expect(fileCount > 10)
        #expect(cache.statistics.hits == 0)

        // Files read long enough ago are taken from the cache by their stamp alone.
        Thread.sleep(forTimeInterval: ParseCache.clockGranularity * 2)
        _ = loader(content, cache: cache).load()
        let chapter = content.appendingPathComponent(ServeTests.chapter)
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Veel vragen", with: "Heel veel vragen").utf8).write(to: chapter)
        let before = cache.statistics
        let (second, secondDiagnostics) = loader(content, cache: cache).load()
        #expect(cache.statistics.misses - before.misses == 1)
        #expect(cache.statistics.hits - before.hits == fileCount - 1)

        // The same answer as a load without a cache.
        let (fresh, freshDiagnostics) = ContentLoader(root: content.path, displayRoot: "content").load()
        #expect(secondDiagnostics == freshDiagnostics)
        #expect(Set(second.sources.keys) == Set(fresh.sources.keys))
        #expect(second.sources["content/" + ServeTests.chapter]?.text.contains("Heel veel vragen") == true)
        #expect(first.sources["content/" + ServeTests.chapter]?.text.contains("Heel veel vragen") == false)
        #expect(firstDiagnostics == freshDiagnostics)
    }

    @Test func aRacyFileWithTheSameStampIsComparedByItsBytes() throws {
        let root = try scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        let chapter = content.appendingPathComponent(ServeTests.chapter)
        let text = try String(contentsOf: chapter, encoding: .utf8)
        // Saved and read within the same clock tick: the stamp cannot tell a second save.
        // (The time is set a little ahead, so a slow test machine cannot make the read
        // "clearly later" than the save.)
        try Data(text.utf8).write(to: chapter)
        var ahead = [timespec(tv_sec: time(nil) + 2, tv_nsec: 0), timespec(tv_sec: time(nil) + 2, tv_nsec: 123_456_789)]
        #expect(utimensat(AT_FDCWD, chapter.path, &ahead, 0) == 0)
        var saved = stat()
        #expect(stat(chapter.path, &saved) == 0)
        let cache = ParseCache()
        _ = loader(content, cache: cache).load()
        try Data(text.replacingOccurrences(of: "Veel vragen", with: "Vele vragen").utf8).write(to: chapter)
        var times = [saved.st_atim, saved.st_mtim]
        #expect(utimensat(AT_FDCWD, chapter.path, &times, 0) == 0)
        var again = stat()
        #expect(stat(chapter.path, &again) == 0)
        #expect(again.st_mtim.tv_nsec == saved.st_mtim.tv_nsec && again.st_size == saved.st_size && again.st_ino == saved.st_ino)
        let (loaded, _) = loader(content, cache: cache).load()
        #expect(loaded.sources["content/" + ServeTests.chapter]?.text.contains("Vele vragen") == true)
    }

    @Test func theIncrementalWriterWritesOnlyChangedBytesAndRemovesWhatIsGone() throws {
        let root = try scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("uit")
        let writer = IncrementalWriter(output: output.path)
        func file(_ path: String, _ text: String) -> OutputFile { OutputFile(path: path, data: Data(text.utf8)) }

        let first = try writer.write([file("index.html", "a"), file("x/y/index.html", "b"), file("x/z.html", "c")])
        #expect(first.written.count == 3)
        let inode = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("index.html").path)[.systemFileNumber] as? Int

        let second = try writer.write([file("index.html", "a"), file("x/z.html", "C"), file("nieuw/index.html", "d")])
        #expect(second.written == ["nieuw/index.html", "x/z.html"])
        #expect(second.removed == ["x/y/index.html"])
        #expect(try String(contentsOf: output.appendingPathComponent("x/z.html"), encoding: .utf8) == "C")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("x/y").path), "emptied folders go too")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("x").path))
        #expect(try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("index.html").path)[.systemFileNumber] as? Int == inode)

        let part = try writer.update([file("index.html", "A"), file("x/z.html", "C")])
        #expect(part.written == ["index.html"])
        #expect(part.removed.isEmpty)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.contains(".plansite-") }
        #expect(leftovers.isEmpty)
    }

    @Test func theEditedPagesAreRenderedExactlyAsTheWholeSiteRendersThem() throws {
        var options = SiteBuild.Options(content: PreviewHarness.example.path, output: "")
        options.reloadScript = ReloadScript.html
        let build = SiteBuild(options: options)
        let checked = build.check()
        let site = try #require(checked.site)
        let renderer = try build.renderer(for: site).get()
        let all = Dictionary(uniqueKeysWithValues: renderer.render(site).map { ($0.path, $0.data) })
        let pages = renderer.renderPages(from: [ServeTests.chapter], of: ResolvedPlan(site: site))
        #expect(pages.contains { $0.path == "regio-voorbeeld/regioprogramma-2024/opgave-1/index.html" })
        for page in pages {
            #expect(all[page.path] == page.data, "\(page.path) differs from the whole-site render")
        }
        #expect(renderer.renderPages(from: ["bestaat/niet.md"], of: ResolvedPlan(site: site)).isEmpty)
    }

    @Test func snapshotsSeeWritesAdditionsAndRemovals() throws {
        let root = try scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content").path
        let before = SourceSnapshot.take([content, root.appendingPathComponent("themes").path])
        #expect(before.files.count > 10)
        #expect(before.folders.contains(content))
        #expect(SourceSnapshot.take([content]) == before)

        let chapter = content + "/" + ServeTests.chapter
        try Data("---\ntitel: Anders\n---\n".utf8).write(to: URL(fileURLWithPath: chapter))
        try Data("kladje".utf8).write(to: URL(fileURLWithPath: content + "/.verborgen.md"))
        let written = SourceSnapshot.take([content]).change(since: before)
        #expect(written.paths == [chapter])
        #expect(!written.addedOrRemoved)

        try FileManager.default.removeItem(atPath: chapter)
        let removed = SourceSnapshot.take([content]).change(since: before)
        #expect(removed.paths == [chapter] && removed.addedOrRemoved)
        #expect(SourceSnapshot.take([content], excluding: content).files.isEmpty)
    }
}
