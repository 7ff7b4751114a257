import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel
@testable import PreviewServer

/// `plansite serve` against a real server on a free port of 127.0.0.1, over a copy of the
/// editors' example site. Serialized: each test starts its own server and rebuilds, and the
/// machine has two cores.
@Suite(.serialized) struct ServeTests {
    static let chapter = "regio-voorbeeld/regioprogramma-2024/02-opgave-1.md"
    static let chapterURL = "/regio-voorbeeld/regioprogramma-2024/opgave-1/"

    @Test func servesPagesWithTheirContentTypeAndTheReloadScript() async throws {
        try await PreviewHarness.with { preview in

            let home = try await preview.get("/")
            #expect(home.status == 200)
            #expect(home.header("content-type") == "text/html; charset=utf-8")
            #expect(home.body.contains("<html lang=\"nl\""))
            #expect(home.body.contains(ReloadScript.html))
            #expect(home.body.contains("</script>\n</body>"))

            let page = try await preview.get(Self.chapterURL)
            #expect(page.status == 200)
            #expect(page.body.contains("Jeugdhulp dichtbij"))

            let css = try await preview.get("/assets/plansite.css")
            #expect(css.status == 200)
            #expect(css.header("content-type") == "text/css; charset=utf-8")

            let sitemap = try await preview.get("/sitemap.xml")
            #expect(sitemap.header("content-type") == "application/xml; charset=utf-8")

            let diagnostics = try await preview.get("/_plansite/diagnostics")
            #expect(diagnostics.header("content-type") == "application/json; charset=utf-8")
            #expect(diagnostics.body.filter { !$0.isWhitespace } == "[]")

            // A folder without its slash is redirected; HEAD gets the headers only.
            let folder = try await preview.get(String(Self.chapterURL.dropLast()))
            #expect(folder.status == 301)
            #expect(folder.header("location") == Self.chapterURL)
            let head = try await RawHTTP.request("/", method: "HEAD", port: preview.port)
            #expect(head.status == 200 && head.body.isEmpty && head.header("content-length") == home.header("content-length"))
            let post = try await RawHTTP.request("/", method: "POST", port: preview.port)
            #expect(post.status == 405)
        }
    }

    @Test func theReloadScriptIsOnlyInServedPages() throws {
        var options = SiteBuild.Options(content: PreviewHarness.example.path, output: "")
        let plain = SiteBuild(options: options).render()
        options.reloadScript = ReloadScript.html
        let served = SiteBuild(options: options).render()
        let page = "regio-voorbeeld/regioprogramma-2024/opgave-1/index.html"
        let plainHTML = try #require(plain.files.first { $0.path == page }).data
        let servedHTML = try #require(served.files.first { $0.path == page }).data
        #expect(!String(decoding: plainHTML, as: UTF8.self).contains("_plansite"))
        #expect(String(decoding: servedHTML, as: UTF8.self).contains("/_plansite/"))
        #expect(ReloadScript.html.utf8.count < 3000)
        #expect(!ReloadScript.html.contains("http"))
    }

    @Test func anEditedChapterIsRebuiltAndEveryPageIsToldToReload() async throws {
        try await PreviewHarness.with { preview in
            let events = try await EventStream.open(port: preview.port)
            defer { events.close() }
            let hello = try #require(try await events.waitFor("event: hallo"), "no hallo: \(events.received)")
            #expect(events.received.contains("content-type: text/event-stream") || events.received.lowercased().contains("content-type: text/event-stream"))

            let before = try await preview.get(Self.chapterURL)
            #expect(!before.body.contains("Zwaluwstaart"))
            try preview.edit(Self.chapter, replacing: "Veel vragen over opvoeden", with: "Zwaluwstaart. Veel vragen over opvoeden")

            let reload = try #require(try await events.waitFor("event: reload"), "no reload event; log:\n\(preview.log)")
            #expect(reload != hello)
            // The edited page is published first, and named in the event so it reloads.
            #expect(reload.contains(" regio-voorbeeld/regioprogramma-2024/opgave-1/index.html"))
            let after = try await preview.get(Self.chapterURL)
            #expect(after.status == 200)
            #expect(after.body.contains("Zwaluwstaart. Veel vragen over opvoeden"))
            // Then the rest of the site: the whole-document page shows the edit too.
            #expect(try await preview.waitForLog("bijgewerkt na 02-opgave-1.md"))
            let whole = try await preview.get("/regio-voorbeeld/regioprogramma-2024/volledig/")
            #expect(whole.status == 200)
            #expect(whole.body.contains("Zwaluwstaart. Veel vragen over opvoeden"))
        }
    }

    @Test func aSavedMappingReloadsItsAgendaPageBeforeTheOtherPagesThatShowIt() async throws {
        try await PreviewHarness.with { preview in
            let events = try await EventStream.open(port: preview.port)
            defer { events.close() }
            _ = try #require(try await events.waitFor("event: hallo"))
            let mapping = "regio-voorbeeld/regioprogramma-2024/hervormingsagenda.yaml"
            try preview.edit(mapping, replacing: "Hulp in de buurt is de kern", with: "Zwaluwstaart. Hulp in de buurt is de kern")

            // First the mapping's own page, alone: the one an editor has open beside the file.
            let first = try #require(try await events.waitFor("event: reload"), "no reload event; log:\n\(preview.log)")
            #expect(first.hasSuffix(" regio-voorbeeld/regioprogramma-2024/hervormingsagenda/index.html"), "\(first)")
            #expect(try await preview.get("/regio-voorbeeld/regioprogramma-2024/hervormingsagenda/").body.contains("Zwaluwstaart. Hulp"))
            // Then the other pages that show the answer: the national maatregel's page.
            let second = try #require(try await events.waitFor("event: reload"), "one reload only; log:\n\(preview.log)")
            #expect(second.contains(" hervormingsagenda/maatregel-1-1/index.html"))
            #expect(!second.contains("regioprogramma-2024/hervormingsagenda/index.html"))
            #expect(try await preview.get("/hervormingsagenda/maatregel-1-1/").body.contains("Zwaluwstaart. Hulp"))
            #expect(try await preview.waitForLog("bijgewerkt na hervormingsagenda.yaml"))
            #expect(preview.log.contains("(de bewerkte pagina na "))
        }
    }

    @Test func aBurstOfSavesIsOneRebuild() async throws {
        // A quiet time well above the gaps between the saves, so a slow machine cannot split the burst.
        try await PreviewHarness.with(debounce: .milliseconds(300)) { preview in
            let events = try await EventStream.open(port: preview.port)
            defer { events.close() }
            _ = try await events.waitFor("event: hallo")
            for i in 1...5 {
                try preview.edit(Self.chapter, replacing: i == 1 ? "Veel vragen" : "Versie \(i - 1). Veel vragen", with: "Versie \(i). Veel vragen")
                try await Task.sleep(for: .milliseconds(3))
            }
            _ = try #require(try await events.waitFor("event: reload"))
            #expect(try await preview.get(Self.chapterURL).body.contains("Versie 5. Veel vragen"))
            #expect(try await preview.waitForLog("bijgewerkt na"))
            try await Task.sleep(for: .milliseconds(500))
            #expect(preview.log.components(separatedBy: "bijgewerkt na").count == 2, "one rebuild for the burst:\n\(preview.log)")
        }
    }

    @Test func aBrokenSourceKeepsTheLastGoodSiteAndReportsItsDiagnostics() async throws {
        try await PreviewHarness.with { preview in
            let events = try await EventStream.open(port: preview.port)
            defer { events.close() }
            _ = try await events.waitFor("event: hallo")
            let good = try await preview.get(Self.chapterURL)

            try preview.edit(Self.chapter, replacing: "(begrip:poh-jeugd)", with: "(begrip:poh-jeugdd)")
            _ = try #require(try await events.waitFor("event: errors"), "no errors event; log:\n\(preview.log)")

            let kept = try await preview.get(Self.chapterURL)
            #expect(kept.status == 200)
            #expect(kept.body == good.body)
            let reply = try await preview.get("/_plansite/diagnostics")
            let json = try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [[String: Any]]
            let first = try #require(json?.first)
            #expect(first["code"] as? String == "REF001")
            #expect((first["file"] as? String)?.hasSuffix("regio-voorbeeld/regioprogramma-2024/02-opgave-1.md") == true)
            #expect(first["line"] as? Int == 19)
            #expect(first["column"] as? Int != nil)
            #expect((first["hint"] as? String)?.contains("poh-jeugd") == true)
            #expect(preview.log.contains("[REF001]"))
            #expect(preview.log.contains("de voorbeeldsite toont de laatste goede versie"))

            // A page opened now gets the errors at once.
            let late = try await EventStream.open(port: preview.port)
            defer { late.close() }
            #expect(try await late.waitFor("event: errors") != nil)

            // Fixed: the overlay goes (the output is as before, so "ok" rather than "reload").
            try preview.edit(Self.chapter, replacing: "(begrip:poh-jeugdd)", with: "(begrip:poh-jeugd)")
            #expect(try await events.waitFor("event: ok") != nil)
            #expect(try await preview.get("/_plansite/diagnostics").body.filter { !$0.isWhitespace } == "[]")
        }
    }

    @Test func whenTheFirstBuildFailsEveryPageListsTheDiagnostics() async throws {
        try await PreviewHarness.with(prepare: { content in
            let url = content.appendingPathComponent(Self.chapter)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "(begrip:poh-jeugd)", with: "(begrip:poh-jeugdd)").utf8).write(to: url)
        }) { preview in
            for target in ["/", Self.chapterURL] {
                let page = try await preview.get(target)
                #expect(page.status == 503)
                #expect(page.header("content-type") == "text/html; charset=utf-8")
                #expect(page.body.contains("REF001"))
                #expect(page.body.contains("02-opgave-1.md:19:"))
                #expect(page.body.contains("hulp: bedoelde je `poh-jeugd`?"))
                #expect(page.body.contains(ReloadScript.html))
            }
            let events = try await EventStream.open(port: preview.port)
            defer { events.close() }
            _ = try await events.waitFor("event: hallo")
            try preview.edit(Self.chapter, replacing: "(begrip:poh-jeugdd)", with: "(begrip:poh-jeugd)")
            #expect(try await events.waitFor("event: reload") != nil)
            #expect(try await preview.get(Self.chapterURL).status == 200)
        }
    }

    @Test func anAddedChapterAppearsAndARemovedOneIsGone() async throws {
        try await PreviewHarness.with { preview in
            let events = try await EventStream.open(port: preview.port)
            defer { events.close() }
            _ = try await events.waitFor("event: hallo")
            let url = "/regio-voorbeeld/regioprogramma-2024/nawoord/"
            #expect(try await preview.get(url).status == 404)

            let added = preview.file("regio-voorbeeld/regioprogramma-2024/04-nawoord.md")
            try Data("---\ntitel: Nawoord\nnummer: \"4\"\n---\n\nTot slot een nawoord.\n".utf8).write(to: added)
            let reload = try #require(try await events.waitFor("event: reload"), "log:\n\(preview.log)")
            #expect(reload.contains("regio-voorbeeld/regioprogramma-2024/nawoord/index.html"))
            let page = try await preview.get(url)
            #expect(page.status == 200)
            #expect(page.body.contains("Tot slot een nawoord."))
            // The previous chapter now links to it: more than the new page was rewritten.
            #expect(reload.contains("regio-voorbeeld/regioprogramma-2024/opgave-2/index.html"))

            try FileManager.default.removeItem(at: added)
            let removal = try #require(try await events.waitFor("event: reload"))
            #expect(removal.contains("regio-voorbeeld/regioprogramma-2024/nawoord/index.html"))
            #expect(try await preview.get(url).status == 404)
            #expect(!FileManager.default.fileExists(atPath: preview.server.output + "/regio-voorbeeld/regioprogramma-2024/nawoord"))
        }
    }

    @Test func onlyFilesInsideTheOutputFolderAreServed() async throws {
        try await PreviewHarness.with { preview in
            let output = URL(fileURLWithPath: preview.server.output)
            try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("etc-link").path, withDestinationPath: "/etc")
            try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("wachtwoorden.txt").path, withDestinationPath: "/etc/passwd")
            try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("pakket.txt").path,
                                                       withDestinationPath: PreviewHarness.repository.appendingPathComponent("Package.swift").path)
            let notFound = try await preview.get("/bestaat-niet/")
            #expect(notFound.status == 404)
            #expect(notFound.body.contains("<html lang=\"nl\""))

            let attempts = [
                "/../Package.swift", "/../../Package.swift", "/..", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
                "/a%2f..%2f..%2fetc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/%2fetc%2fpasswd", "//etc/passwd", "/etc/passwd",
                "/etc-link/passwd", "/etc-link/", "/wachtwoorden.txt", "/pakket.txt", "/regio-voorbeeld/../../Package.swift",
                "/%2e%2e%5c%2e%2e%5cetc%5cpasswd", "/index.html%00.txt", "/.%2e/Package.swift",
                "http://127.0.0.1/../Package.swift", "/regio-voorbeeld/%2e%2e/%2e%2e/Package.swift",
            ]
            for target in attempts {
                let reply = try await preview.get(target)
                #expect(reply.status == 404, "\(target) gave \(reply.status)")
                #expect(!reply.body.contains("root:x:0:0"), "\(target) leaked /etc/passwd")
                #expect(!reply.body.contains("PackageDescription"), "\(target) leaked Package.swift")
                if reply.status == 404 { #expect(reply.body == notFound.body, "\(target) did not get the site's 404 page") }
            }
        }
    }

    @Test func gracefulShutdownClosesEventStreamsAndRemovesTheTemporaryFolder() async throws {
        let preview = try await PreviewHarness()
        let output = preview.server.output
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
        let events = try await EventStream.open(port: preview.port)
        defer { events.close() }
        _ = try await events.waitFor("event: hallo")
        let start = Date()
        try await preview.stop()
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(try await events.waitForClose(timeout: 5))
        #expect(!FileManager.default.fileExists(atPath: URL(fileURLWithPath: output).deletingLastPathComponent().path))
    }

    @Test func aGivenOutputFolderIsKeptAndUpdatedInPlace() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-serve-out-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let preview = try await PreviewHarness(output: folder.path)
        let events = try await EventStream.open(port: preview.port)
        defer { events.close() }
        _ = try await events.waitFor("event: hallo")
        let index = folder.appendingPathComponent("index.html")
        let indexBefore = try Data(contentsOf: index)
        let inodeBefore = try FileManager.default.attributesOfItem(atPath: index.path)[.systemFileNumber] as? Int
        try preview.edit(Self.chapter, replacing: "Veel vragen", with: "Zeer veel vragen")
        _ = try #require(try await events.waitFor("event: reload"))
        #expect(try await preview.waitForLog("bijgewerkt na"))
        // Only files whose bytes changed were written; the home page was left alone.
        #expect(try Data(contentsOf: index) == indexBefore)
        #expect(try FileManager.default.attributesOfItem(atPath: index.path)[.systemFileNumber] as? Int == inodeBefore)
        let chapter = try String(contentsOf: folder.appendingPathComponent("regio-voorbeeld/regioprogramma-2024/opgave-1/index.html"), encoding: .utf8)
        #expect(chapter.contains("Zeer veel vragen"))
        // The search index follows in the background (`refreshGathering`); its files are
        // written through temporary names too, so the folder is looked at once they are in.
        #expect(try await preview.waitForLog("zoekindex en gemeentepagina's bijgewerkt"))
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.contains(".plansite-") }
        #expect(leftovers.isEmpty)
        try await preview.stop()
        #expect(FileManager.default.fileExists(atPath: index.path))
    }
}
