import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck

/// The default theme is compiled into plansite by the `EmbedTheme` build-tool plugin. These
/// tests prove the plugin embeds `themes/default/` as it is on disk, and that the binary needs
/// nothing beside it to build a site.
@Suite struct DefaultThemeTests {
    static var themeFolder: URL { TestSupport.repository.appendingPathComponent("themes/default") }

    /// Every visible file of `themes/default/` by relative path, as bytes. Hidden files are
    /// left out, as the plugin leaves them out.
    static func filesOnDisk() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: themeFolder.path)
        while let path = enumerator?.nextObject() as? String {
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var isDirectory: ObjCBool = false
            let full = themeFolder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[path] = try Data(contentsOf: full)
        }
        return files
    }

    @Test func embeddedFilesAreThemesDefaultByteForByte() throws {
        let onDisk = try Self.filesOnDisk()
        #expect(!onDisk.isEmpty)
        #expect(DefaultTheme.paths == onDisk.keys.sorted())
        for (path, bytes) in onDisk.sorted(by: { $0.key < $1.key }) {
            let embedded = DefaultTheme.file(path).map { Data($0.utf8) }
            #expect(embedded == bytes, "the embedded themes/default/\(path) differs from the file on disk")
        }
    }

    /// The binary copied alone into an empty folder, run from a folder holding only a copy of
    /// `content/` (no `themes/` beside it, so nothing can be read from the repository), builds
    /// the site with the compiled-in theme.
    @Test func binaryCopiedAloneBuildsTheBundledContentWithTheEmbeddedTheme() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let binary = bin.appendingPathComponent("plansite")
        try FileManager.default.copyItem(at: TestSupport.binary, to: binary)
        #expect(try FileManager.default.contentsOfDirectory(atPath: bin.path) == ["plansite"])

        let work = root.appendingPathComponent("werk")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try TestSupport.copyTree(TestSupport.bundledContent, to: work.appendingPathComponent("content"))

        let result = try TestSupport.run(["build"], in: work, executable: binary)
        #expect(result.status == 0, "\(result.stderr)")
        let site = work.appendingPathComponent("site")
        let css = try Data(contentsOf: site.appendingPathComponent("assets/plansite.css"))
        #expect(css == (try Data(contentsOf: Self.themeFolder.appendingPathComponent("assets/plansite.css"))))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
    }
}
