import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The output folder is replaced only by a successful build: a failed build leaves the
/// previous site byte for byte and no staging folder behind; a successful one replaces it
/// whole and `site` stays a real directory.
@Suite struct FailedBuildTests {
    static let document = "content/regio-a/plan-2024/document.yaml"
    static let chapter = "content/regio-a/plan-2024/01-inleiding.md"
    static let second = "content/regio-a/plan-2024/02-aanpak.md"

    /// Every file under `folder` (hidden files included): relative path → bytes.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        let base = folder.resolvingSymlinksInPath().path
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        while let relative = walker.nextObject() as? String {
            let full = base + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: full))
        }
        return files
    }

    /// Every directory under `folder`, relative.
    private func directories(_ folder: URL) -> Set<String> {
        let base = folder.path
        var result: Set<String> = []
        guard let walker = FileManager.default.enumerator(atPath: base) else { return result }
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory), isDirectory.boolValue {
                result.insert(relative)
            }
        }
        return result
    }

    /// Entries beside `site` that look like a staging folder (`.site.oud`, the replaced site
    /// kept for the next build to recycle, is not one).
    private func stagingLeftovers(in root: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site.") && $0 != ".site.oud" }
    }

    /// True when `path` itself (not what it points to) is a directory.
    private func isRealDirectory(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    private func twoChapterSite() -> [String: String] {
        TestSupport.minimalSite(extra: [
            Self.second: "---\ntitel: Aanpak\nnummer: \"2\"\n---\n\nDe aanpak in het kort.\n",
        ])
    }

    @Test func failedBuildLeavesPreviousSiteByteForByte() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(twoChapterSite(), into: root)
        let site = root.appendingPathComponent("site")

        let first = try TestSupport.run(["build"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try snapshot(site)
        let directoriesBefore = directories(site)
        #expect(before["index.html"] != nil, "\(before.keys.sorted())")
        #expect(before["regio-a/plan-2024/inleiding/index.html"] != nil, "\(before.keys.sorted())")
        #expect(before["regio-a/plan-2024/aanpak/index.html"] != nil, "\(before.keys.sorted())")
        #expect(try stagingLeftovers(in: root).isEmpty)

        // Break the content: an unclosed flow list in document.yaml, and change a chapter so a
        // partial write would show.
        try TestSupport.write([
            Self.document: "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn\nstatus: vastgesteld\n",
            Self.chapter: "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\nEen nieuwe inleiding.\n",
        ], into: root)
        let second = try TestSupport.run(["build"], in: root)
        #expect(second.status == 1, "\(second.stderr)")
        #expect(second.stderr.contains("\(Self.document):3:10: fout[YAML001]: "), "\(second.stderr)")
        #expect(second.stderr.contains("de site is niet bijgewerkt"), "\(second.stderr)")

        let after = try snapshot(site)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after == before, "files changed: \(before.keys.filter { before[$0] != after[$0] }.sorted())")
        #expect(directories(site) == directoriesBefore)
        #expect(isRealDirectory(site.path))
        let leftovers = try stagingLeftovers(in: root)
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func successfulRebuildReplacesSite() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(twoChapterSite(), into: root)
        let site = root.appendingPathComponent("site")

        let first = try TestSupport.run(["build"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let aanpak = site.appendingPathComponent("regio-a/plan-2024/aanpak/index.html")
        #expect(FileManager.default.fileExists(atPath: aanpak.path))
        let inleiding = site.appendingPathComponent("regio-a/plan-2024/inleiding/index.html")
        #expect(try TestSupport.read(inleiding).contains("<p>Dit is de inleiding.</p>"))

        // A stray file in the old output must not survive: the new site replaces it whole.
        try Data("oud".utf8).write(to: site.appendingPathComponent("overblijfsel.txt"))

        try TestSupport.write([Self.chapter: "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\nEen herschreven inleiding.\n"], into: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent(Self.second))
        let second = try TestSupport.run(["build"], in: root)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stderr.contains("fout["), "\(second.stderr)")

        let html = try TestSupport.read(inleiding)
        #expect(html.contains("<p>Een herschreven inleiding.</p>"))
        #expect(!html.contains("Dit is de inleiding."))
        #expect(!FileManager.default.fileExists(atPath: aanpak.path))
        #expect(!FileManager.default.fileExists(atPath: aanpak.deletingLastPathComponent().path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("overblijfsel.txt").path))
        let files = try snapshot(site)
        #expect(!files.keys.contains { $0.hasPrefix("regio-a/plan-2024/aanpak") }, "\(files.keys.sorted())")
        #expect(!files.values.contains { String(decoding: $0, as: UTF8.self).contains("De aanpak in het kort.") })

        #expect(isRealDirectory(site.path), "site is not a real directory")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: site.path)) == nil)
        let leftovers = try stagingLeftovers(in: root)
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// The third build writes into the first build's tree (kept as `.site.oud`): what it
    /// publishes must be exactly a fresh build of the new sources, whatever that tree held.
    @Test func recycledStagingFolderPublishesExactlyTheNewSite() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(twoChapterSite(), into: root)
        let site = root.appendingPathComponent("site")
        let trash = root.appendingPathComponent(".site.oud")
        for _ in 0..<2 {
            let run = try TestSupport.run(["build"], in: root)
            #expect(run.status == 0, "\(run.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: trash.appendingPathComponent("regio-a/plan-2024/aanpak/index.html").path))
        // Things the recycled tree may hold: a stray file, a symbolic link where a page goes
        // (it must be replaced, not followed), a folder where a file goes.
        let outside = root.appendingPathComponent("buiten.html")
        try Data("buiten".utf8).write(to: outside)
        try Data("oud".utf8).write(to: trash.appendingPathComponent("overblijfsel.txt"))
        let inleiding = trash.appendingPathComponent("regio-a/plan-2024/inleiding/index.html")
        try FileManager.default.removeItem(at: inleiding)
        try FileManager.default.createSymbolicLink(at: inleiding, withDestinationURL: outside)
        // A hard-linked backup of a page (`cp -al`) must keep its bytes when the page changes.
        let backup = root.appendingPathComponent("backup.html")
        let tocPage = trash.appendingPathComponent("regio-a/plan-2024/index.html")
        try FileManager.default.linkItem(at: tocPage, to: backup)
        let backupBytes = try Data(contentsOf: backup)
        try FileManager.default.removeItem(at: trash.appendingPathComponent("robots.txt"))
        try FileManager.default.createDirectory(at: trash.appendingPathComponent("robots.txt/map"), withIntermediateDirectories: true)
        // The new sources drop a chapter and change another.
        try FileManager.default.removeItem(at: root.appendingPathComponent(Self.second))
        try TestSupport.write([Self.chapter: "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\nEen herschreven inleiding.\n"], into: root)

        let third = try TestSupport.run(["build"], in: root)
        #expect(third.status == 0, "\(third.stderr)")
        let fresh = try TestSupport.run(["build", "--output", "vers"], in: root)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        let published = try snapshot(site)
        let expected = try snapshot(root.appendingPathComponent("vers"))
        #expect(published.keys.sorted() == expected.keys.sorted())
        #expect(published == expected, "differs: \(expected.keys.filter { published[$0] != expected[$0] }.sorted())")
        #expect(directories(site) == directories(root.appendingPathComponent("vers")))
        #expect(try TestSupport.read(outside) == "buiten")
        #expect(try Data(contentsOf: backup) == backupBytes, "a hard-linked backup was changed in place")
        #expect(try stagingLeftovers(in: root).isEmpty)
    }
}
