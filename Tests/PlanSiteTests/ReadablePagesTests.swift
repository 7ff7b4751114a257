import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// Issue 14, read on a phone and arriving from a search engine: every page says what it is
/// (title, description, status line, banner), its navigation sits before the text as closed
/// disclosures, and its headings link to themselves. Held on the bundled content as the
/// `plansite` binary builds it, and on a copy whose documents are a concept and a replaced one.
@Suite(.serialized) struct ReadablePagesTests {
    static let built: Result<URL, Error> = Result {
        let root = try TestSupport.sharedScratch("leesbaar")
        let site = root.appendingPathComponent("site")
        let result = try TestSupport.run(["build", "--content", TestSupport.bundledContent.path, "--output", site.path], in: root)
        guard result.status == 0 else { throw BuildFailure(message: result.stderr) }
        return site
    }

    static let plan: Result<ResolvedPlan, Error> = Result {
        guard let plan = SiteBuild(options: .init(content: TestSupport.bundledContent.path, output: "/nonexistent")).check().plan else {
            throw BuildFailure(message: "no plan")
        }
        return plan
    }

    struct BuildFailure: Error { var message: String }

    /// Every HTML page the build wrote below a folder, relative paths.
    static func pages(in folder: URL) -> [URL] {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { $0.pathExtension == "html" }.sorted { $0.path < $1.path }
    }

    static func unescaped(_ text: String) -> String {
        MetaDescription.decoded(text)
    }

    static func first(_ pattern: String, in html: String) -> String? {
        guard let range = html.range(of: pattern, options: .regularExpression) else { return nil }
        return String(html[range])
    }

    static func title(_ html: String) -> String? {
        first("<title>[^<]*</title>", in: html).map { unescaped(String($0.dropFirst(7).dropLast(8))) }
    }

    static func description(_ html: String) -> String? {
        first("<meta name=\"description\" content=\"[^\"]*\">", in: html).map {
            unescaped(String($0.dropFirst("<meta name=\"description\" content=\"".count).dropLast(2)))
        }
    }

    @Test("Every page of a document is titled page – document – region, and has a description")
    func titlesNameDocumentAndRegion() throws {
        let site = try Self.built.get()
        let plan = try Self.plan.get()
        var checked = 0
        for region in plan.site.regions {
            for document in region.documents {
                let folder = site.appendingPathComponent(document.url)
                let pages = Self.pages(in: folder)
                #expect(pages.count > 3, "\(document.url): too few pages")
                for page in pages {
                    let html = try TestSupport.read(page)
                    let title = try #require(Self.title(html), "\(page.path): no title")
                    let suffix = " – \(document.config.titel) – \(region.config.naam)"
                    #expect(title.hasSuffix(suffix) || title == document.config.titel + " – " + region.config.naam,
                            "\(page.path): title \(title) does not end with \(suffix)")
                    #expect(!(Self.description(html) ?? "").isEmpty, "\(page.path): no meta description")
                    checked += 1
                }
            }
            // Pages of the region outside its documents: page – region.
            for file in ["begrippen/index.html", "overlegvormen/index.html"] {
                let url = site.appendingPathComponent(region.slug).appendingPathComponent(file)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                let title = try #require(Self.title(try TestSupport.read(url)))
                #expect(title.hasSuffix(" – " + region.config.naam) && !title.hasPrefix(region.config.naam), "\(url.path): \(title)")
            }
        }
        // The titles differ: three documents have a chapter "1 Inleiding".
        #expect(checked > 150)
        let inleidingen = try plan.site.regions.flatMap(\.documents).flatMap(\.pages).filter { $0.displayTitle == "1 Inleiding" }
            .map { try Self.title(TestSupport.read(site.appendingPathComponent($0.route.file))) ?? "" }
        #expect(inleidingen.count >= 2 && Set(inleidingen).count == inleidingen.count, "\(inleidingen)")
        #expect(inleidingen.contains("1 Inleiding – Regioprogramma Jeugd 2023-2028 – Rijk van Nijmegen"))
    }

    @Test("A chapter's meta description is its first paragraph as plain text, cut at a word and escaped")
    func descriptionIsTheFirstParagraph() throws {
        let site = try Self.built.get()
        let plan = try Self.plan.get()
        var checked = 0
        var cut = 0
        for document in plan.site.regions.flatMap(\.documents) {
            for page in document.pages where page.frontMatter.doel == nil {
                guard case .paragraph(let inlines, _)? = page.blocks.first else { continue }
                let html = try TestSupport.read(site.appendingPathComponent(page.route.file))
                let raw = try #require(Self.first("<meta name=\"description\" content=\"[^\"]*\">", in: html))
                // Escaped: no raw quote, angle bracket or lone ampersand inside the attribute.
                #expect(!raw.dropFirst(34).dropLast(2).contains("<") && raw.range(of: "&(?![a-z]+;|#[0-9]+;)", options: .regularExpression) == nil)
                let description = try #require(Self.description(html))
                let words = inlines.plainText.split(whereSeparator: \.isWhitespace).map(String.init)
                var shown = description.split(separator: " ").map(String.init)
                if description.hasSuffix("…") {
                    cut += 1
                    #expect(description.count <= MetaDescription.maximumLength, "\(page.url): \(description.count) characters")
                    shown[shown.count - 1] = String(shown[shown.count - 1].dropLast())
                    if shown.last?.isEmpty == true { shown.removeLast() }
                }
                // Whole words of the paragraph, in order, from its start (a trailing comma may go).
                let prefix = Array(words.prefix(shown.count))
                let same = zip(shown, prefix).allSatisfy { $0 == $1 || $1.hasPrefix($0) && $1.count - $0.count == 1 }
                #expect(same && prefix.count == shown.count, "\(page.url): \(description) is not the start of \(words.prefix(30).joined(separator: " "))")
                checked += 1
            }
        }
        #expect(checked > 20)
        #expect(cut > 5)
    }

    @Test("Under the h1 of every page of a document: soort, periode and status")
    func statusLineUnderTheHeading() throws {
        let site = try Self.built.get()
        let plan = try Self.plan.get()
        let expected = [
            "rijk-van-nijmegen/regioprogramma-2023-2028/": "Regioprogramma · 2023–2028 · Vastgesteld",
            "centraal-gelderland/regiovisie-2021/": "Regiovisie · 2021 · Vastgesteld",
            "rivierenland/regiovisie-2023/": "Regiovisie · Vastgesteld",
        ]
        for document in plan.site.regions.flatMap(\.documents) {
            for page in Self.pages(in: site.appendingPathComponent(document.url)) {
                let html = try TestSupport.read(page)
                guard let h1 = html.range(of: "</h1>\n") else { Issue.record("\(page.path): no h1"); continue }
                let line = html[h1.upperBound...].prefix { $0 != "\n" }
                #expect(line.hasPrefix("<p class=\"document-status\">"), "\(page.path): \(line)")
                if let text = expected[document.url] {
                    #expect(line == "<p class=\"document-status\">\(text)</p>", "\(page.path): \(line)")
                }
                #expect(!html.contains("melding-concept") && !html.contains("melding-vervangen"))
            }
        }
    }

    @Test("A concept and a replaced document say so on every page and point to the current one")
    func bannersOnConceptAndReplacedDocuments() throws {
        let root = try TestSupport.scratch("leesbaar-banners")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try TestSupport.copyTree(TestSupport.bundledContent, to: content)
        let old = content.appendingPathComponent("centraal-gelderland/regiovisie-2021/document.yaml")
        let new = content.appendingPathComponent("centraal-gelderland/uitvoeringsplan-2025/document.yaml")
        try (TestSupport.read(old) + "vervangen-door: uitvoeringsplan-2025\nvastgesteld:\n  - { door: \"Colleges\", datum: 2021-12-14 }\n  - { door: \"Gemeenteraden\" }\n")
            .write(to: old, atomically: true, encoding: .utf8)
        try TestSupport.read(new).replacingOccurrences(of: "status: vastgesteld", with: "status: concept\nvervangt: regiovisie-2021")
            .write(to: new, atomically: true, encoding: .utf8)
        let site = root.appendingPathComponent("site")
        let result = try TestSupport.run(["build", "--concept", "--content", content.path, "--output", site.path], in: root)
        #expect(result.status == 0, "\(result.stderr)")

        let replaced = Self.pages(in: site.appendingPathComponent("centraal-gelderland/regiovisie-2021"))
        #expect(replaced.count > 3)
        for page in replaced {
            let html = try TestSupport.read(page)
            let banner = try #require(Self.first("<p class=\"melding melding-vervangen\">.*</p>", in: html), "\(page.path): no banner")
            let href = try #require(Self.first("href=\"[^\"]*\"", in: banner)).dropFirst(6).dropLast()
            #expect(page.deletingLastPathComponent().appendingPathComponent(String(href)).standardized.path
                    == site.appendingPathComponent("centraal-gelderland/uitvoeringsplan-2025").path, "\(page.path): \(href)")
            #expect(html.contains("<p class=\"document-status\">Regiovisie · 2021 · Vastgesteld door Colleges op 14 december 2021 en door Gemeenteraden</p>"))
        }
        let concept = Self.pages(in: site.appendingPathComponent("centraal-gelderland/uitvoeringsplan-2025"))
        #expect(concept.count > 3)
        for page in concept {
            let html = try TestSupport.read(page)
            let banner = try #require(Self.first("<p class=\"melding melding-concept\">.*</p>", in: html), "\(page.path): no banner")
            #expect(banner.contains("Tot dan geldt <a href=\"") && banner.contains(">Samenwerking en Opdrachtgeverschap Jeugd, Wmo, Beschermd Wonen</a>"))
            #expect(html.contains("<p class=\"document-status\">Regionaal uitvoeringsplan · 2025 · Concept</p>"))
            #expect(!html.contains("melding-vervangen"))
        }
    }

    @Test("Contents and 'op deze pagina' come before the text, as closed disclosures, with a way back up")
    func navigationBeforeTheText() throws {
        let site = try Self.built.get()
        var withContents = 0, shortContents = 0
        for page in Self.pages(in: site) where !page.path.hasSuffix("404.html") {
            let html = try TestSupport.read(page)
            guard let main = html.range(of: "<main ") else { continue }
            // An entity page links to its document's contents in one line instead of listing them.
            if let short = html.range(of: "<nav class=\"document-inhoud document-inhoud-kort\"") {
                #expect(short.lowerBound < main.lowerBound, "\(page.path): the contents link after <main>")
                let line = try #require(Self.first("<p class=\"zijbalk\">.*?</p>", in: String(html[short.upperBound...])))
                let href = try #require(Self.first("(?<=<a href=\")[^\"]+(?=\">Inhoud van dit document</a>)", in: line), "\(page.path)")
                let target = page.deletingLastPathComponent().appendingPathComponent(String(href.split(separator: "#")[0])).appendingPathComponent("index.html")
                #expect(href.hasSuffix("#" + ElementID.documentContents.value))
                #expect(try TestSupport.read(target).contains("id=\"\(ElementID.documentContents.value)\""), "\(page.path): \(href)")
                shortContents += 1
            }
            for marker in ["<nav class=\"document-inhoud\"", "<aside class=\"op-deze-pagina\""] {
                guard let at = html.range(of: marker) else { continue }
                #expect(at.lowerBound < main.lowerBound, "\(page.path): \(marker) after <main>")
                let details = try #require(html[at.upperBound...].range(of: "<details"))
                #expect(html[details.upperBound...].hasPrefix(" class=\"zijbalk\">\n<summary"), "\(page.path): not a closed disclosure")
            }
            if let nav = html.range(of: "<nav class=\"document-inhoud\"") {
                withContents += 1
                let summary = try #require(Self.first("<summary>[^<]*</summary>", in: String(html[nav.upperBound...])))
                #expect(summary.contains("Inhoud"))
            }
            if html.contains("class=\"document-inhoud") || html.contains("class=\"op-deze-pagina\"") {
                #expect(html.contains("<a href=\"#boven\">Naar boven</a>") && html.contains("id=\"boven\""), "\(page.path)")
            }
        }
        // The bundled content: 77 chapter and document pages list the contents, 92 entity pages link.
        #expect(withContents + shortContents > 150 && withContents > 50 && shortContents > 50)
    }

    @Test("Every heading link (anker) is inside the heading it points to, and the heading is named by its text")
    func ankerLinksPointToTheirHeading() throws {
        let site = try Self.built.get()
        let heading = try Regex("<h([2-6]) id=\"([^\"]+)\" aria-label=\"([^\"]*)\">(.*?)</h\\1>")
        var ankers = 0
        for page in Self.pages(in: site) {
            let html = try TestSupport.read(page)
            let total = html.components(separatedBy: "class=\"anker\"").count - 1
            var inside = 0
            for match in html.matches(of: heading) {
                guard let id = match.output[2].substring, let name = match.output[3].substring, let content = match.output[4].substring else { continue }
                guard let anker = content.range(of: "<a class=\"anker\" href=\"#") else { continue }
                inside += 1
                #expect(content[anker.upperBound...].hasPrefix(id + "\""), "\(page.path): anker in #\(id) points elsewhere")
                #expect(content.hasSuffix("</a>"), "\(page.path): #\(id) does not end with its anker")
                // The heading's name is its visible text, without the link's.
                let text = MetaDescription.plainText(content[..<anker.lowerBound])
                #expect(Self.unescaped(String(name)) == text, "\(page.path): #\(id) is named \(name), shows \(text)")
            }
            #expect(inside == total, "\(page.path): \(total - inside) anker links outside a heading")
            ankers += inside
        }
        #expect(ankers > 500)
    }

    @Test("A begrip is listed under its first letter, folded as Foundation folds it", arguments: [
        "Jeugdwet", "jeugdwet", "RAO", "'s-Hertogenbosch", "3D-wet", "9 maanden", "(Boven)regionaal", "-", "",
        "Ééndaagse", "école", "Ĳsselland", "ijs", "Ωmega", "Ø-zorg", "ñ", "“Thuis”", "_intern", "ß"])
    func begripLetter(_ name: String) {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).first
        let expected = folded.map { $0.isNumber ? "0–9" : $0.isLetter ? $0.uppercased() : "#" } ?? "#"
        #expect(BegrippenListView.letter(of: name) == expected, "\(name)")
    }

    @Test("The begrippen page has an A–Z jump list whose every letter leads to that letter's begrippen")
    func begrippenAToZ() throws {
        let site = try Self.built.get()
        let plan = try Self.plan.get()
        for region in plan.site.regions where !region.begrippen.isEmpty {
            let html = try TestSupport.read(site.appendingPathComponent(Route.begrippen(region: region.slug).file))
            let nav = try #require(html.range(of: "<nav class=\"a-z\"").flatMap { start in html.range(of: "</nav>", range: start.upperBound..<html.endIndex).map { html[start.lowerBound..<$0.upperBound] } })
            let targets = nav.matches(of: /href="#([^"]+)">([^<]+)</).map { (String($0.output.1), String($0.output.2)) }
            #expect(targets.count >= 5, "\(region.slug): \(targets.count) letters")
            var listed = 0
            for (id, letter) in targets {
                // The letter's heading, then its begrippen, each starting with that letter.
                let heading = try #require(html.range(of: "id=\"\(id)\" class=\"begrippen-letter\">\(letter)</h2>"), "\(region.slug): no heading for \(letter)")
                let list = html[heading.upperBound...].prefix { _ in true }
                let end = list.range(of: "</dl>").map { list[..<$0.lowerBound] } ?? list
                let names = end.matches(of: /<dt id="[^"]+"><dfn>(?:<abbr title="[^"]*">)?([^<]+)/).map { String($0.output.1) }
                #expect(!names.isEmpty)
                for name in names {
                    #expect(BegrippenListView.letter(of: name) == letter, "\(name) under \(letter)")
                }
                listed += names.count
            }
            #expect(listed == region.begrippen.count, "\(region.slug): \(listed) of \(region.begrippen.count) begrippen under a letter")
        }
    }

    @Test("The whole-document page opens with a cover: region, title, status line, version and its own address")
    func volledigCover() throws {
        let site = try Self.built.get()
        let plan = try Self.plan.get()
        let base = plan.site.config.basisURL.hasSuffix("/") ? plan.site.config.basisURL : plan.site.config.basisURL + "/"
        for region in plan.site.regions {
            for document in region.documents {
                let html = try TestSupport.read(site.appendingPathComponent(document.fullURL + "index.html"))
                let cover = try #require(Self.first("(?s)<header class=\"omslag\">.*?</header>", in: html), "\(document.fullURL): no cover")
                #expect(cover.contains("<p class=\"omslag-regio\">\(region.config.naam)</p>\n<h1>\(document.config.titel)</h1>\n<p class=\"document-status\">"))
                #expect(cover.contains("<dt>Op internet</dt><dd class=\"omslag-adres\">\(base + document.fullURL)</dd>"))
                if let versie = document.config.versie { #expect(cover.contains("<dt>Versie</dt><dd>\(versie)</dd>")) }
                // Then the contents, then the chapters.
                let contents = try #require(html.range(of: "<nav aria-labelledby=\"volledig-inhoud\" class=\"volledig-inhoud\">"))
                let firstChapter = try #require(html.range(of: "<section class=\"hoofdstuk\""))
                let coverEnd = try #require(html.range(of: "</header>\n"))
                #expect(coverEnd.upperBound <= contents.lowerBound && contents.upperBound < firstChapter.lowerBound)
            }
        }
    }
}
