import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel
@testable import PlanSiteWrite

/// An editor's account misused, or an editor's mistake, tried the way an attacker would: each
/// test runs the `plansite` CLI as a process on a temporary copy of the bundled content and
/// asserts the exit status, the diagnostic (code, file, line, column, Dutch text) and that
/// nothing was written or lost outside the output. The numbers are the items of the
/// hostile-input issue.
@Suite struct HostileInputTests {
    // MARK: - Helpers

    /// A scratch folder holding a copy of the bundled `content/`.
    private func copy(_ name: String = #function) throws -> URL {
        let root = try TestSupport.scratch(name)
        try TestSupport.copyTree(TestSupport.bundledContent, to: root.appendingPathComponent("content"))
        return root
    }

    private func remove(_ root: URL) { try? FileManager.default.removeItem(at: root) }

    private func edit(_ file: URL, _ change: (String) -> String) throws {
        let text = try TestSupport.read(file)
        let changed = change(text)
        #expect(changed != text, "the edit changed nothing in \(file.lastPathComponent)")
        try Data(changed.utf8).write(to: file)
    }

    /// Sets a top-level YAML key to a quoted value, replacing the line that had it.
    private func set(_ key: String, to value: String, in file: URL) throws {
        try edit(file) { text in
            text.split(separator: "\n").filter { !$0.hasPrefix(key + ":") }.joined(separator: "\n") + "\n\(key): \"\(value)\"\n"
        }
    }

    private struct Finding: Decodable {
        var severity: String
        var code: String
        var file: String
        var line: Int
        var column: Int
        var message: String
        var hint: String?
    }

    /// `plansite check --format json`, bounded in time: the findings and the exit status.
    private func check(_ root: URL, _ extra: [String] = []) throws -> (status: Int32, findings: [Finding]) {
        let result = try run(["check", "--format", "json"] + extra, in: root)
        let findings = try JSONDecoder().decode([Finding].self, from: Data(result.stdout.utf8))
        return (result.status, findings)
    }

    /// Runs the CLI and kills it after `timeout` seconds, so a hang fails the test instead
    /// of stopping the suite.
    private func run(_ arguments: [String], in directory: URL, timeout: TimeInterval = 60) throws -> TestSupport.ProcessResult {
        let timed = try TestSupport.run(arguments, in: directory, timeout: timeout)
        #expect(!timed.killed, "plansite \(arguments.joined(separator: " ")) was killed after \(timeout) s")
        return timed.result
    }

    /// The 1-based line and character column of the first occurrence of `needle` in a file.
    private func position(of needle: String, in file: URL) throws -> (line: Int, column: Int) {
        let text = try TestSupport.read(file)
        let range = try #require(text.range(of: needle))
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return (line, column)
    }

    /// Every file under `folder`, relative path → bytes (hidden files included).
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let relative = walker.nextObject() as? String {
            var info = stat()
            guard lstat(folder.path + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            files[relative] = try Data(contentsOf: folder.appendingPathComponent(relative))
        }
        return files
    }

    /// The hidden entries of a shared folder such as /tmp, where staging and kept folders
    /// (`.<name>.nieuw-PID`, `.<name>.oud`) would appear; other tests add visible ones meanwhile.
    private func hidden(_ folder: URL) -> Set<String> {
        entries(folder).filter { $0.hasPrefix(".") }
    }

    private func entries(_ folder: URL) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    }

    // MARK: - 1. A thema id that is a path

    @Test func themaIdThatIsAPathIsRefusedAndNothingIsWrittenOutside() throws {
        let root = try copy()
        defer { remove(root) }
        let agenda = root.appendingPathComponent("content/hervormingsagenda/hervormingsagenda.yaml")
        try edit(agenda) { $0.replacingOccurrences(of: "- id: \"7\"\n", with: "- id: \"7/../../../../../x\"\n") }
        let at = try position(of: "\"7/../../../../../x\"", in: agenda)
        let parentBefore = hidden(root.deletingLastPathComponent())

        let (status, findings) = try check(root)
        #expect(status == 1)
        let refused = try #require(findings.first { $0.code == "YAML006" })
        #expect(refused.severity == "error")
        #expect(refused.file == "content/hervormingsagenda/hervormingsagenda.yaml")
        #expect((refused.line, refused.column) == (at.line, at.column))
        #expect(refused.message.contains("mag alleen cijfers, gescheiden door punten"))

        let build = try run(["build"], in: root)
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("x").path))
        var folder = root
        while folder.path != "/" {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x").path), "\(folder.path)/x")
            folder = folder.deletingLastPathComponent()
        }
        #expect(hidden(root.deletingLastPathComponent()) == parentBefore)
    }

    @Test func theWriterRefusesAPathLeavingTheOutput() throws {
        let root = try TestSupport.scratch()
        defer { remove(root) }
        let output = root.appendingPathComponent("uit/site")
        #expect(throws: WriteError.self) {
            try SiteWriter(output: output.path).write([OutputFile(path: "../../ontsnapt/index.html", text: "x")])
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("ontsnapt").path))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let writer = IncrementalWriter(output: output.path)
        try writer.write([OutputFile(path: "index.html", text: "ok")])
        #expect(throws: WriteError.self) { try writer.write([OutputFile(path: "index.html", text: "ok"), OutputFile(path: "a/../../weg.html", text: "x")]) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("uit/weg.html").path))
    }

    @Test("Only a relative path of real names stays inside the output", arguments: [
        ("index.html", true), ("a/b/index.html", true), (".plansite", true), ("a/.b/...c", true), ("...", true),
        ("a/\u{301}/b.html", true), ("zoeken/index/t-_e9.js", true),
        ("", false), ("/", false), ("/etc/passwd", false), ("a//b", false), ("a/", false), ("./a", false),
        ("a/./b", false), ("a/../b", false), ("..", false), (".", false), ("a/..", false), ("a\u{0}b", false),
        ("/\u{301}x", false), ("\u{301}/../x", false)])
    func outputPathRule(_ path: String, _ safe: Bool) {
        #expect(OutputPath.isSafe(path) == safe, "\(path.debugDescription)")
    }

    // MARK: - 2. The output is the content folder, or above it

    @Test(arguments: ["content", ".", "content/.."])
    func outputThatIsOrHoldsTheContentIsRefusedAndTouchesNothing(_ output: String) throws {
        let root = try copy("outputHoldsContent")
        defer { remove(root) }
        let before = try snapshot(root)
        let parentBefore = hidden(root.deletingLastPathComponent())
        for _ in 0..<2 {
            let result = try run(["build", "--output", output], in: root)
            #expect(result.status == 2)
            #expect(result.stderr.contains("inhoudsmap"), "\(result.stderr)")
            #expect(!result.stderr.contains("Error"))
        }
        #expect(try snapshot(root) == before)
        #expect(hidden(root.deletingLastPathComponent()) == parentBefore)
    }

    // MARK: - 3. The output is a folder of someone's own files

    @Test func outputThatIsSomeoneElsesFolderIsRefusedUnlessVervang() throws {
        let root = try copy()
        defer { remove(root) }
        try TestSupport.write(["documenten/notulen.txt": "eigen aantekeningen\n", "documenten/foto.jpg": "jpg"], into: root)
        let own = root.appendingPathComponent("documenten")
        let before = try snapshot(own)
        for _ in 0..<2 {
            let result = try run(["build", "--output", "documenten"], in: root)
            #expect(result.status == 2)
            #expect(result.stderr.contains("niet door plansite gemaakt"), "\(result.stderr)")
            #expect(result.stderr.contains("--vervang"))
        }
        #expect(try snapshot(own) == before)
        #expect(!entries(root).contains(".documenten.oud"))

        // Asked for in so many words: replaced, with a warning that says where the old files are.
        let replaced = try run(["build", "--output", "documenten", "--vervang"], in: root)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stderr.contains("let op: de map `documenten` is niet door plansite gemaakt"))
        #expect(try TestSupport.read(root.appendingPathComponent(".documenten.oud/notulen.txt")) == "eigen aantekeningen\n")
        // From then on it is plansite's folder: a plain build is allowed.
        #expect(try run(["build", "--output", "documenten"], in: root).status == 0)
    }

    @Test func anEmptyOrNewOutputFolderIsAccepted() throws {
        let root = try copy()
        defer { remove(root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("leeg"), withIntermediateDirectories: true)
        #expect(try run(["build", "--output", "leeg"], in: root).status == 0)
        #expect(try run(["build", "--output", "nieuw/site"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("nieuw/site/.plansite").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("leeg/index.html").path))
    }

    /// A web root reached through a link (`site -> /var/www/plan`): the swap would move the
    /// link and mark, recycle and empty the folder behind it. Refused; nothing changes.
    @Test func outputThatIsASymbolicLinkIsRefusedAndTheFolderBehindItUntouched() throws {
        let root = try copy()
        defer { remove(root) }
        try TestSupport.write(["www/notities.txt": "eigen aantekeningen\n"], into: root)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("site").path, withDestinationPath: "www")
        let before = try snapshot(root.appendingPathComponent("www"))
        for _ in 0..<2 {
            let result = try run(["build"], in: root)
            #expect(result.status == 2)
            #expect(result.stderr.contains("de uitvoermap `site` is een symbolische koppeling"), "\(result.stderr)")
        }
        #expect(try snapshot(root.appendingPathComponent("www")) == before)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: root.appendingPathComponent("site").path)) == "www")
        #expect(hidden(root).isEmpty, "\(hidden(root))")
    }

    /// `.site.oud` replaced by a link to a published site elsewhere (it is "safe to delete at
    /// any time"): never recycled, marked or emptied through the link, by a build that fails
    /// or one that publishes.
    @Test func anOldSiteThatIsASymbolicLinkIsNeverFollowed() throws {
        let root = try copy()
        defer { remove(root) }
        #expect(try run(["build", "--output", "prod"], in: root).status == 0)
        try TestSupport.write(["prod/.htaccess": "Require all granted\n"], into: root)
        #expect(try run(["build"], in: root).status == 0)
        #expect(try run(["build"], in: root).status == 0)
        let oud = root.appendingPathComponent(".site.oud")
        try FileManager.default.removeItem(at: oud)
        try FileManager.default.createSymbolicLink(atPath: oud.path, withDestinationPath: "prod")
        let before = try snapshot(root.appendingPathComponent("prod"))
        let chapter = root.appendingPathComponent("content/rivierenland/regiovisie-2023/01-inleiding.md")
        let text = try TestSupport.read(chapter)
        try Data((text + "\nZie [](hoofdstuk:99).\n").utf8).write(to: chapter)
        #expect(try run(["build"], in: root).status == 1)
        try Data(text.utf8).write(to: chapter)
        #expect(try run(["build"], in: root).status == 0)
        #expect(try snapshot(root.appendingPathComponent("prod")) == before)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/index.html").path))
    }

    /// `lnk/../content` is, for the kernel, the parent of the folder `lnk` points to: the guard
    /// resolves it that way, so `--vervang` cannot replace the sources through it.
    @Test func theContentReachedThroughALinkAndDotDotIsStillTheContent() throws {
        let root = try TestSupport.scratch()
        defer { remove(root) }
        try TestSupport.copyTree(TestSupport.bundledContent, to: root.appendingPathComponent("real/content"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("real/sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("work"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("work/lnk").path, withDestinationPath: "../real/sub")
        let before = try snapshot(root.appendingPathComponent("real/content"))
        let result = try run(["build", "--content", "lnk/../content", "--output", "../real/content", "--vervang"], in: root.appendingPathComponent("work"))
        #expect(result.status == 2)
        #expect(result.stderr.contains("is de inhoudsmap zelf"), "\(result.stderr)")
        #expect(try snapshot(root.appendingPathComponent("real/content")) == before)
        #expect(hidden(root.appendingPathComponent("real")).isEmpty)
    }

    /// `--vervang` keeps the replaced folder as `.<map>.oud`; when that name is someone
    /// else's, the old contents would have been deleted at once under a warning that said
    /// they were kept. Refused instead.
    @Test func vervangWhenTheOldSiteNameIsTakenIsRefused() throws {
        let root = try copy()
        defer { remove(root) }
        try TestSupport.write(["www/belangrijk.txt": "data\n", ".www.oud/b.txt": "x\n"], into: root)
        let www = try snapshot(root.appendingPathComponent("www"))
        let oud = try snapshot(root.appendingPathComponent(".www.oud"))
        let result = try run(["build", "--output", "www", "--vervang"], in: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("bestaat al en is niet door plansite gemaakt, dus de oude inhoud van `www` kan daar niet worden bewaard"), "\(result.stderr)")
        #expect(try snapshot(root.appendingPathComponent("www")) == www)
        #expect(try snapshot(root.appendingPathComponent(".www.oud")) == oud)
    }

    /// A mount point cannot be swapped out; it is refused before anything is built.
    @Test func outputThatIsAMountPointIsRefusedBeforeTheBuild() throws {
        let candidates = ["/dev/shm", "/proc", "/sys"].filter { path in
            var own = stat(), parent = stat()
            return stat(path, &own) == 0 && stat((path as NSString).deletingLastPathComponent, &parent) == 0 && own.st_dev != parent.st_dev
        }
        guard let mount = candidates.first else { return }
        let root = try copy()
        defer { remove(root) }
        let result = try run(["build", "--output", mount], in: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is een koppelpunt"), "\(result.stderr)")
        #expect(!result.stderr.contains("pagina's geschreven"))
    }

    // MARK: - 4. The output inside the content folder

    @Test func outputInsideTheContentIsRefused() throws {
        let root = try copy()
        defer { remove(root) }
        let before = try snapshot(root.appendingPathComponent("content"))
        let result = try run(["build", "--output", "content/site"], in: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("ligt in de inhoudsmap"), "\(result.stderr)")
        #expect(try snapshot(root.appendingPathComponent("content")) == before)
        #expect(!entries(root.appendingPathComponent("content")).contains { $0.hasPrefix(".site") || $0 == "site" })
        // The next check still reads the content as it was.
        #expect(try check(root).status == 0)
    }

    // MARK: - 5. A killed build's staging folder

    @Test func aKilledBuildsStagingFolderIsRemovedByTheNextBuild() throws {
        let root = try copy()
        defer { remove(root) }
        #expect(try run(["build"], in: root).status == 0)
        // kill -9 while the staging folder exists.
        let process = Process()
        process.executableURL = TestSupport.binary
        process.arguments = ["build"]
        process.currentDirectoryURL = root
        process.standardError = FileHandle.nullDevice
        try process.run()
        let staging = ".site.nieuw-\(process.processIdentifier)"
        let deadline = Date().addingTimeInterval(20)
        let marker = root.appendingPathComponent(staging + "/.plansite").path
        while !FileManager.default.fileExists(atPath: marker), process.isRunning, Date() < deadline { usleep(2_000) }
        usleep(50_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the build ended before it could be killed")
        #expect(entries(root).contains(staging))

        let next = try run(["build"], in: root)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(!entries(root).contains { $0.hasPrefix(".site.nieuw-") }, "\(entries(root))")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/index.html").path))
    }

    @Test func aStagingLikeFolderPlansiteDidNotMakeIsLeftAlone() throws {
        let root = try copy()
        defer { remove(root) }
        try TestSupport.write([".site.nieuw-4194000/eigen.txt": "van iemand anders\n"], into: root)
        #expect(try run(["build"], in: root).status == 0)
        #expect(try TestSupport.read(root.appendingPathComponent(".site.nieuw-4194000/eigen.txt")) == "van iemand anders\n")
    }

    // MARK: - 6. Script in a thema id

    @Test func themaIdWithMarkupIsRefused() throws {
        let root = try copy()
        defer { remove(root) }
        let agenda = root.appendingPathComponent("content/hervormingsagenda/hervormingsagenda.yaml")
        try edit(agenda) { $0.replacingOccurrences(of: "- id: \"3\"\n", with: "- id: '3\"><img src=x onerror=alert(1)>'\n") }
        let at = try position(of: "'3\"><img", in: agenda)
        let (status, findings) = try check(root)
        #expect(status == 1)
        let refused = try #require(findings.first { $0.code == "YAML006" && $0.file.hasSuffix("hervormingsagenda/hervormingsagenda.yaml") })
        #expect((refused.line, refused.column) == (at.line, at.column))
        let build = try run(["build"], in: root)
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    // MARK: - 7. A bijlage file name with markup or URL characters

    @Test(arguments: ["08-a\"><img src=x onerror=alert(1)>.md", "08-a?b#c.md"])
    func bijlageNameOutsideTheSlugRuleIsRefused(_ name: String) throws {
        let root = try copy("bijlageName")
        defer { remove(root) }
        let bijlagen = "content/rijk-van-nijmegen/regioprogramma-2023-2028/bijlagen/"
        try TestSupport.write([bijlagen + name: "---\ntitel: Extra\nnummer: \"8\"\n---\n\nTekst.\n"], into: root)
        let (status, findings) = try check(root)
        #expect(status == 1)
        let refused = try #require(findings.first { $0.code == "MD002" })
        #expect(refused.file == bijlagen + name)
        #expect((refused.line, refused.column) == (1, 1))
        #expect(refused.message.contains("geeft geen geldige URL"))
        #expect(try run(["build"], in: root).status == 1)
    }

    // MARK: - 8. javascript: in website and bron-pdf

    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "//evil.example/", "data:text/html,x", "https://"])
    func urlFieldsAcceptOnlyWebAddresses(_ address: String) throws {
        let root = try copy("urlFields")
        defer { remove(root) }
        let region = root.appendingPathComponent("content/rivierenland/regio.yaml")
        let document = root.appendingPathComponent("content/rivierenland/regiovisie-2023/document.yaml")
        try set("website", to: address, in: region)
        try set("bron-pdf", to: address, in: document)
        let (status, findings) = try check(root)
        #expect(status == 1)
        for (file, key) in [(region, "website"), (document, "bron-pdf")] {
            let at = try position(of: "\"\(address)\"", in: file)
            let shown = "content/rivierenland/" + (file == region ? "regio.yaml" : "regiovisie-2023/document.yaml")
            let refused = try #require(findings.first { $0.file == shown && $0.code == "YAML006" }, "\(findings)")
            #expect((refused.line, refused.column) == (at.line, at.column))
            #expect(refused.message.contains("`\(key)` moet een volledig webadres"))
        }
    }

    // MARK: - 9. ontwerp as a path

    @Test func ontwerpIsAThemeNameNotAPath() throws {
        let root = try copy()
        defer { remove(root) }
        let site = root.appendingPathComponent("content/site.yaml")
        try TestSupport.write(["content/rivierenland/layout.mustache": "<script>alert(1)</script>{{{main}}}"], into: root)
        try edit(site) { $0 + "ontwerp: ../content/rivierenland\n" }
        let at = try position(of: "../content/rivierenland", in: site)
        let (status, findings) = try check(root)
        #expect(status == 1)
        let refused = try #require(findings.first { $0.code == "YAML006" && $0.file == "content/site.yaml" })
        #expect((refused.line, refused.column) == (at.line, at.column))
        #expect(refused.message.contains("`ontwerp` mag alleen kleine letters"))
        #expect(try run(["build"], in: root).status == 1)
    }

    @Test func aMissingThemeIsReportedWhereOntwerpIsWritten() throws {
        let root = try copy()
        defer { remove(root) }
        let site = root.appendingPathComponent("content/site.yaml")
        try edit(site) { $0 + "ontwerp: bestaat-niet\n" }
        let at = try position(of: "bestaat-niet", in: site)
        // `check` loads and compiles the theme as `build` does.
        let (status, findings) = try check(root)
        #expect(status == 1)
        #expect(findings.contains { $0.code == "ONTW001" && $0.file == "content/site.yaml" && ($0.line, $0.column) == (at.line, at.column) })
        let build = try run(["build"], in: root)
        #expect(build.status == 1)
        #expect(build.stderr.contains("content/site.yaml:\(at.line):\(at.column): fout[ONTW001]: het ontwerp `bestaat-niet` bestaat niet"), "\(build.stderr)")
    }

    // MARK: - 10. basis-url from another host

    @Test(arguments: ["//evil.example/", "/", "javascript:alert(1)//"])
    func basisURLMustBeAnAbsoluteWebAddress(_ address: String) throws {
        let root = try copy("basisURL")
        defer { remove(root) }
        let site = root.appendingPathComponent("content/site.yaml")
        try set("basis-url", to: address, in: site)
        let at = try position(of: "\"\(address)\"", in: site)
        let (status, findings) = try check(root)
        #expect(status == 1)
        let refused = try #require(findings.first { $0.code == "YAML006" && $0.file == "content/site.yaml" })
        #expect((refused.line, refused.column) == (at.line, at.column))
        #expect(try run(["build"], in: root).status == 1)
    }

    // MARK: - 11. Allow-listed tags left open or closed without opening

    @Test func unbalancedAllowedTagsAreClosedWithAWarning() throws {
        let root = try copy()
        defer { remove(root) }
        let chapter = "content/rivierenland/regiovisie-2023/09-proef.md"
        try TestSupport.write([chapter: """
            ---
            titel: Proef
            ---

            ## Kop <sup>open

            Een <b>vet zonder einde en meer.

            Dit is gewone tekst die niet vet mag zijn.

            Een los </i> einde.

            - punt met <em>nadruk
            - volgend punt

            """], into: root)
        let file = root.appendingPathComponent(chapter)
        let (status, findings) = try check(root)
        #expect(status == 0)
        let warnings = findings.filter { $0.code == "HTML002" }
        #expect(warnings.allSatisfy { $0.severity == "warning" && $0.file == chapter })
        let sup = try position(of: "<sup>", in: file), bold = try position(of: "<b>", in: file)
        let stray = try position(of: "</i>", in: file), em = try position(of: "<em>", in: file)
        #expect(Set(warnings.map { [$0.line, $0.column] }) == Set([[sup.line, sup.column], [bold.line, bold.column], [stray.line, stray.column], [em.line, em.column]]))
        #expect(warnings.contains { $0.message == "`<b>` wordt niet gesloten; plansite sluit het aan het eind van de alinea" })
        #expect(warnings.contains { $0.message == "`</i>` sluit niets af en wordt als tekst getoond" })

        #expect(try run(["build", "--strict"], in: root).status == 1)
        #expect(try run(["build"], in: root).status == 0)
        let html = try TestSupport.read(root.appendingPathComponent("site/rivierenland/regiovisie-2023/proef/index.html"))
        #expect(html.contains("Een <b>vet zonder einde en meer.</b></p>"))
        #expect(html.contains("<p>Dit is gewone tekst die niet vet mag zijn.</p>"))
        #expect(html.contains("Kop <sup>open</sup><a class=\"anker\""))
        #expect(html.contains("Een los &lt;/i&gt; einde."))
        #expect(html.contains("<li>punt met <em>nadruk</em></li>"))
    }

    // MARK: - 12. Symbolic links out of the content folder

    @Test func symbolicLinksLeadingOutOfTheContentAreRefused() throws {
        let root = try copy()
        defer { remove(root) }
        let secret = "GEHEIM-\(UUID().uuidString)"
        try TestSupport.write(["buiten/geheim.md": "---\ntitel: Geheim\n---\n\n\(secret)\n", "buiten/geheim.png": secret,
                               "buiten/bijlagen/01-geheim.md": "---\ntitel: Geheim\n---\n\n\(secret)\n"], into: root)
        let document = root.appendingPathComponent("content/noord-veluwe/regionale-uitvoering-2021")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: document.appendingPathComponent("20-geheim.md").path, withDestinationPath: root.appendingPathComponent("buiten/geheim.md").path)
        try fm.createSymbolicLink(atPath: document.appendingPathComponent("logo.png").path, withDestinationPath: "../../../buiten/geheim.png")
        try fm.createSymbolicLink(atPath: document.appendingPathComponent("21-eindeloos.md").path, withDestinationPath: "/dev/zero")
        // A link that stays inside the content folder is fine.
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("content/noord-veluwe/kopie.png").path, withDestinationPath: "regionale-uitvoering-2021/logo-echt.png")
        try TestSupport.write(["content/noord-veluwe/regionale-uitvoering-2021/logo-echt.png": "png"], into: root)

        let result = try run(["check", "--format", "json"], in: root, timeout: 30)
        #expect(result.status == 1)
        #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
        let findings = try JSONDecoder().decode([Finding].self, from: Data(result.stdout.utf8))
        let outside = findings.filter { $0.code == "BRON006" }
        let shown = "content/noord-veluwe/regionale-uitvoering-2021/"
        #expect(Set(outside.map(\.file)) == [shown + "20-geheim.md", shown + "logo.png", shown + "21-eindeloos.md"], "\(findings)")
        #expect(outside.allSatisfy { $0.severity == "error" && $0.line == 1 && $0.column == 1 && $0.message.contains("buiten de inhoudsmap") })

        // The bijlagen folder itself linked elsewhere.
        let bijlagen = root.appendingPathComponent("content/rijk-van-nijmegen/regioprogramma-2023-2028/bijlagen")
        try fm.moveItem(at: bijlagen, to: root.appendingPathComponent("bijlagen-weg"))
        try fm.createSymbolicLink(atPath: bijlagen.path, withDestinationPath: root.appendingPathComponent("buiten/bijlagen").path)
        let again = try check(root)
        #expect(again.findings.contains { $0.code == "BRON006" && $0.file == "content/rijk-van-nijmegen/regioprogramma-2023-2028/bijlagen" })

        let build = try run(["build"], in: root)
        #expect(build.status == 1)
        #expect(!build.stderr.contains(secret))
        #expect(!fm.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    // MARK: - 13. A FIFO named *.md, and a device

    @Test func aFIFOOrDeviceInTheContentIsRefusedWithoutWaiting() throws {
        let root = try copy()
        defer { remove(root) }
        let fifo = "content/rivierenland/regiovisie-2023/09-pijp.md"
        #expect(mkfifo(root.appendingPathComponent(fifo).path, 0o644) == 0)
        let (status, findings) = try check(root)
        #expect(status == 1)
        let refused = try #require(findings.first { $0.code == "BRON007" })
        #expect(refused.file == fifo)
        #expect((refused.line, refused.column) == (1, 1))
        #expect(refused.message.contains("geen gewoon bestand"))
        #expect(try run(["build"], in: root, timeout: 30).status == 1)
    }

    // MARK: - 19. Messages in Dutch: arguments, a full disk, an image that is a device

    /// `--help` is read by people who do not know the tool yet: its frame is Dutch too.
    @Test(arguments: [[], ["build"], ["check"], ["serve"], ["uitleg"]])
    func helpIsDutch(_ command: [String]) throws {
        let result = try run(command + ["--help"], in: TestSupport.repository)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERZICHT: ") && result.stdout.contains("\nGEBRUIK: plansite") && result.stdout.contains("\nOPTIES:\n"), "\(result.stdout)")
        #expect(result.stdout.contains("Toon deze hulp."))
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "SUBCOMMANDS", "Show help", "default:", "values:", "subcommand"] {
            #expect(!result.stdout.contains(english), "`\(english)` in `plansite \(command.joined(separator: " ")) --help`:\n\(result.stdout)")
        }
    }

    @Test func argumentErrorsAreDutch() throws {
        let root = try copy()
        defer { remove(root) }
        let cases: [([String], String)] = [
            (["check", "--format", "xml"], "de waarde `xml` is ongeldig voor `--format`; kies uit `text`, `json` of `github`"),
            (["build", "--outptu", "x"], "onbekende optie `--outptu`; bedoelde je `--output`?"),
            (["build", "--output"], "de optie `--output` mist een waarde"),
            (["bouw"], "onverwacht argument `bouw`"),
            (["build", "--content", "bestaat-niet"], "de inhoudsmap `bestaat-niet` bestaat niet"),
        ]
        for (arguments, dutch) in cases {
            let result = try run(arguments, in: root)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(dutch), "\(arguments): \(result.stderr)")
            for english in ["Error:", "Unknown option", "is invalid", "Missing value", "Unexpected argument", "Usage:"] {
                #expect(!result.stderr.contains(english), "\(arguments): \(result.stderr)")
            }
        }
    }

    @Test(.enabled(if: getuid() == 0, "mounting a small file system needs root"))
    func aFullDiskIsADutchMessageAndKeepsThePreviousSite() throws {
        let root = try copy()
        defer {
            _ = Self.shell("umount", root.appendingPathComponent("schijf").path)
            remove(root)
        }
        let disk = root.appendingPathComponent("schijf")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard Self.shell("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.path) == 0 else { return }
        let result = try run(["build", "--output", "schijf/site"], in: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("de schijf is vol"), "\(result.stderr)")
        #expect(!result.stderr.contains("No space left"))
        #expect(!FileManager.default.fileExists(atPath: disk.appendingPathComponent("site").path))
        #expect(!entries(disk).contains { $0.hasPrefix(".site.nieuw-") })
    }

    @Test func anImageLinkedToADeviceIsAFoutWithItsFile() throws {
        let root = try copy()
        defer { remove(root) }
        let image = "content/rivierenland/regiovisie-2023/ruis.png"
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(image).path, withDestinationPath: "/dev/urandom")
        let chapter = root.appendingPathComponent("content/rivierenland/regiovisie-2023/09-ruis.md")
        try Data("---\ntitel: Ruis\n---\n\n![Ruis](ruis.png)\n".utf8).write(to: chapter)
        let (status, findings) = try check(root)
        #expect(status == 1)
        #expect(findings.contains { $0.code == "BRON006" && $0.file == image && $0.severity == "error" })
        #expect(findings.contains { $0.code == "REF008" && $0.file == "content/rivierenland/regiovisie-2023/09-ruis.md" && $0.line == 5 && $0.column == 1 })
        #expect(try run(["build"], in: root, timeout: 30).status == 1)
    }

    // MARK: - The published site

    /// No script beyond the theme's own (`assets/zoeken.js`, the search; `assets/afdrukken.js`,
    /// the print date on the cover), no event-handler
    /// attribute and no `javascript:` URL in any file of the bundled site.
    @Test func theBundledSiteCarriesNoScriptOrEventHandler() throws {
        let root = try copy()
        defer { remove(root) }
        #expect(try run(["build"], in: root).status == 0)
        let site = root.appendingPathComponent("site")
        var checked = 0
        for (path, data) in try snapshot(site) where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".svg") || path.hasSuffix(".json") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
                .replacingOccurrences(of: #"<script src="[^"]*assets/(zoeken|afdrukken)\.js" defer></script>"#, with: "", options: .regularExpression)
            #expect(!text.contains("<script"), "\(path)")
            #expect(!text.contains("javascript:"), "\(path)")
            #expect(text.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(path)")
            checked += 1
        }
        #expect(checked > 200)
    }

    private static func shell(_ arguments: String...) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
