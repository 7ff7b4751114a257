import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// Builds the example site of the editors' guide (docs/voorbeeld: one region, two documents,
/// a table, footnotes, a bijlage, a Hervormingsagenda mapping) as a process and reads the HTML.
@Suite(.serialized) struct IntegrationTests {
    /// One build shared by the tests of this suite.
    static let built: Result<URL, Error> = Result {
        let root = try TestSupport.sharedScratch("voorbeeld")
        let site = root.appendingPathComponent("site")
        let result = try TestSupport.run(["build", "--strict", "--content", TestSupport.exampleContent.path, "--output", site.path], in: root)
        guard result.status == 0 else { throw TestFailure(message: result.stderr) }
        return site
    }

    struct TestFailure: Error { var message: String }

    func page(_ path: String) throws -> String {
        try TestSupport.read(try Self.built.get().appendingPathComponent(path))
    }

    static let document = "regio-voorbeeld/regioprogramma-2024/"

    @Test func headingIDsFoldDiacriticsSuffixDuplicatesAndKeepExplicitIDs() throws {
        let html = try page(Self.document + "inleiding/index.html")
        #expect(html.contains("<h2 id=\"residentiele-zorg\" aria-label=\"Residentiële zorg\">Residentiële zorg<a class=\"anker\" href=\"#residentiele-zorg\" aria-label=\"Link naar dit kopje\"></a></h2>"))
        #expect(html.contains("<h3 id=\"wat-gaat-goed\" aria-label=\"Wat gaat goed\">Wat gaat goed<a class=\"anker\" href=\"#wat-gaat-goed\" aria-label=\"Link naar dit kopje\"></a></h3>"))
        #expect(html.contains("<h3 id=\"wat-gaat-goed-2\" aria-label=\"Wat gaat goed\">Wat gaat goed<a class=\"anker\" href=\"#wat-gaat-goed-2\" aria-label=\"Link naar dit kopje\"></a></h3>"))
        #expect(html.contains("<h2 id=\"eigen-anker\" aria-label=\"Leeswijzer\">Leeswijzer<a class=\"anker\" href=\"#eigen-anker\" aria-label=\"Link naar dit kopje\"></a></h2>"))
    }

    @Test func breadcrumbsLeadFromHomeToThePage() throws {
        let html = try page(Self.document + "inleiding/index.html")
        let nav = try #require(html.range(of: "<nav class=\"kruimelpad breedte\" aria-label=\"Kruimelpad\">").map { html[$0.lowerBound...] })
        let crumbs = String(nav[..<(nav.range(of: "</nav>")?.upperBound ?? nav.endIndex)])
        #expect(crumbs.contains("<li><a href=\"../../../\">Home</a></li>"))
        #expect(crumbs.contains("<li><a href=\"../../\">Regio Voorbeeld</a></li>"))
        #expect(crumbs.contains("<li><a href=\"../\">"))
        #expect(crumbs.contains("<span aria-current=\"page\">1 Inleiding</span>"))
    }

    @Test func footnotesHaveDutchLabelsAndBackLinks() throws {
        let html = try page(Self.document + "inleiding/index.html")
        #expect(html.contains("<a href=\"#voetnoot-1\" id=\"voetnoot-ref-1\" aria-label=\"Voetnoot 1\">1</a>"))
        #expect(html.contains("<h2 id=\"voetnoten\">Voetnoten</h2>"))
        #expect(html.contains("<li id=\"voetnoot-1\" value=\"1\">"))
        #expect(html.contains("href=\"#voetnoot-ref-1\" aria-label=\"Terug naar de tekst bij voetnoot 1\""))
        #expect(!html.contains("[^1]"))
    }

    @Test func tablesSitInALabelledFocusableScrollRegion() throws {
        let html = try page(Self.document + "inleiding/index.html")
        #expect(html.contains("<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel 1 bij \u{2018}De regio in cijfers\u{2019}\">"))
        #expect(html.contains("<th scope=\"col\">Gemeente</th>"))
        #expect(html.contains("<td class=\"rechts\">9.800</td>"))
    }

    @Test func allowedRawHTMLIsKept() throws {
        let html = try page(Self.document + "inleiding/index.html")
        #expect(html.contains("240 km<sup>2</sup>"))
    }

    @Test func emptyLinkTextIsFilledWithLabelNumberAndTitle() throws {
        let html = try page(Self.document + "inleiding/index.html")
        #expect(html.contains("<a href=\"../opgave-1/\">Opgave 1 Jeugdhulp dichtbij</a>"))
        #expect(html.contains("<a href=\"../begrippenlijst/\">bijlage 1</a>"))
    }

    @Test func everyPageHasOneH1AndTheLandmarks() throws {
        let site = try Self.built.get()
        let enumerator = FileManager.default.enumerator(atPath: site.path)
        var count = 0
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".html") else { continue }
            let html = try TestSupport.read(site.appendingPathComponent(path))
            count += 1
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path) must have exactly one h1")
            #expect(html.contains("<html lang=\"nl\">"), "\(path)")
            #expect(html.contains("<a class=\"skiplink\" href=\"#inhoud\">"), "\(path)")
            for landmark in ["<header", "<nav", "<main id=\"inhoud\"", "<footer"] {
                #expect(html.contains(landmark), "\(path) lacks \(landmark)")
            }
            // The theme's search script and print-date script are the only ones; the preview's
            // reload script is never built in.
            #expect(html.components(separatedBy: "<script").count == 3, "\(path): two scripts")
            #expect(html.contains("assets/zoeken.js\" defer></script>"), "\(path): the search script")
            #expect(html.contains("assets/afdrukken.js\" defer></script>"), "\(path): the print-date script")
            #expect(!html.contains("/_plansite/"), "\(path): a build never injects the reload script")
            #expect(!html.contains("Optional(") && !html.contains(" nil "), "\(path) shows a Swift optional")
        }
        #expect(count == 36)  // 28, zoeken/, gemeenten/ with a page for each of the three gemeenten, a page for each of the three gremia
    }

    @Test func fullDocumentHoldsEveryPageInOrderWithInPageLinks() throws {
        let html = try page(Self.document + "volledig/index.html")
        let order = ["id=\"inleiding\"", "id=\"opgave-1\"", "id=\"opgave-2\"", "id=\"begrippenlijst\"", "id=\"verantwoording\""]
        let positions = order.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        #expect(html.contains("id=\"inleiding--residentiele-zorg\""))
        #expect(html.contains("<a href=\"#begrippenlijst\">bijlage 1</a>"))
        #expect(html.contains("<a href=\"#opgave-1\">Opgave 1 Jeugdhulp dichtbij</a>"))
        #expect(!html.contains("Alles over"), "on volledig an entity heading is its own place")
    }

    @Test func entityPagesShowContributionsAndMentions() throws {
        let opgave = try page(Self.document + "opgave-1/index.html")
        #expect(opgave.contains("<h2 id=\"draagt-bij-aan\">Draagt bij aan</h2>"))
        #expect(opgave.contains("href=\"../hervormingsagenda/#maatregel-1-1\">Maatregel 1.1</a>"))
        #expect(opgave.contains("<h2 id=\"genoemd-in\">Genoemd in</h2>"))
        #expect(opgave.contains("<a href=\"../inleiding/\">1 Inleiding</a>"))
        let actielijn = try page(Self.document + "actielijn-2-1/index.html")
        #expect(actielijn.contains("Maatregel 1.1</a>"))
        let viaWhole = try page(Self.document + "actielijn-1-1/index.html")
        #expect(viaWhole.contains("(via de hele opgave 1)"))
        // Its opgave is its chapter page: named once.
        #expect(viaWhole.contains("<p class=\"entiteit-plaats\">Uit <a href=\"../opgave-1/#actielijn-1-1\">"))
        #expect(!viaWhole.contains("</a> in <a"))
    }

    @Test func maatregelTablesHaveCaptionHeadersAndLinkedCells() throws {
        let html = try page(Self.document + "hervormingsagenda/index.html")
        #expect(html.contains("<caption id=\"tabel-maatregel-1-1\">Bijdrage per opgave aan maatregel 1.1</caption>"))
        // The header carries the opgave's title; each cell repeats number and title for the
        // phone, where the table stacks into one block per opgave.
        #expect(html.contains("<th scope=\"col\"><a href=\"../opgave-2/\">Opgave 2</a> <span class=\"kolom-titel\">"))
        #expect(html.contains("<td><p class=\"kolom-kop\"><a href=\"../opgave-2/\">Opgave 2</a> "))
        #expect(html.contains("<a href=\"../actielijn-2-1/\">Actielijn 2.1</a>"))
        let national = try page("hervormingsagenda/maatregel-2-2/index.html")
        #expect(national.contains("Nog geen enkel document beantwoordt deze maatregel."))
        #expect(national.contains("Nog niet beantwoord door"))
    }

    @Test func siteFurnitureIsComplete() throws {
        let sitemap = try page("sitemap.xml")
        #expect(sitemap.contains("<loc>https://voorbeeld.example/regio-voorbeeld/regioprogramma-2024/inleiding/</loc>"))
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 35) // every page but 404.html
        #expect(sitemap.contains("<lastmod>"))
        #expect(try page("robots.txt").contains("Sitemap: https://voorbeeld.example/sitemap.xml"))
        let notFound = try page("404.html")
        #expect(notFound.contains("href=\"https://voorbeeld.example/assets/plansite.css\""))
        #expect(try page("toegankelijkheid/index.html").contains("WCAG"))
        #expect(FileManager.default.fileExists(atPath: try Self.built.get().appendingPathComponent("assets/favicon.svg").path))
        let data = try JSONSerialization.jsonObject(with: Data(try page("data/regio-voorbeeld/regioprogramma-2024.json").utf8)) as? [String: Any]
        #expect((data?["entiteiten"] as? [[String: Any]])?.count == 5)
    }

    /// Raw HTML outside the allow-list is shown as text with a warning, never executed.
    @Test func disallowedRawHTMLIsEscapedWithAWarning() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(TestSupport.minimalSite(extra: [
            "content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\n---\n\nTekst <span style=\"color:red\">rood</span> en H<sub>2</sub>O.\n\n<script>alert(1)</script>\n",
        ]), into: root)
        let result = try TestSupport.run(["build"], in: root)
        #expect(result.status == 0)
        #expect(result.stderr.contains("content/regio-a/plan-2024/01-inleiding.md:5:7: waarschuwing[HTML001]"))
        #expect(result.stderr.contains("content/regio-a/plan-2024/01-inleiding.md:7:1: waarschuwing[HTML001]"))
        let html = try TestSupport.read(root.appendingPathComponent("site/regio-a/plan-2024/inleiding/index.html"))
        #expect(html.contains("&lt;span style=\"color:red\"&gt;rood&lt;/span&gt;"))
        #expect(html.contains("H<sub>2</sub>O"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        let strict = try TestSupport.run(["build", "--strict", "--output", "strikt"], in: root)
        #expect(strict.status == 1)
    }

    /// A build keeps no source text after the parse (it reads back the files its printed
    /// diagnostics quote), yet every printed diagnostic still quotes its line: a warning's
    /// always, an info's with `--verbose`, and an error's in a build that stops on it.
    @Test func printedDiagnosticsQuoteTheirLinesAfterTheSourcesAreLetGo() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(TestSupport.minimalSite(extra: [
            "content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\n---\n\nTekst <span style=\"color:red\">rood</span>.\n",
        ]), into: root)
        let warned = try TestSupport.run(["build"], in: root)
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("01-inleiding.md:5:7: waarschuwing[HTML001]"))
        #expect(warned.stderr.contains("    5 | Tekst <span style=\"color:red\">rood</span>.\n      |       ^"), "\(warned.stderr)")

        let verbose = try TestSupport.run(["build", "--verbose", "--content", TestSupport.exampleContent.path, "--output", root.appendingPathComponent("voorbeeld").path], in: root)
        #expect(verbose.status == 0)
        #expect(verbose.stderr.contains("hervormingsagenda.yaml:26:13: info[HA009]"))
        #expect(verbose.stderr.contains("   26 |       - id: \"2.1\"\n      |             ^"), "\(verbose.stderr)")

        try TestSupport.write(["content/regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\n---\n\nEen noot[^weg] zonder tekst.\n"], into: root)
        let failed = try TestSupport.run(["build"], in: root)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("01-inleiding.md:5:10: fout[FN001]"), "\(failed.stderr)")
        #expect(failed.stderr.contains("    5 | Een noot[^weg] zonder tekst.\n      |          ^\n"), "\(failed.stderr)")
    }

    @Test func aSiteThemeOverridesATemplateAndFallsBackForTheRest() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        var files = TestSupport.minimalSite()
        files["content/site.yaml"] = "titel: Testsite\nbasis-url: https://test.example/\nontwerp: regio\n"
        files["themes/regio/404.mustache"] = "<h1>Eigen 404</h1>\n"
        files["themes/regio/assets/plansite.css"] = ":root { --kleur-primair: #800000; }\n"
        try TestSupport.write(files, into: root)
        let result = try TestSupport.run(["build"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try TestSupport.read(root.appendingPathComponent("site/404.html")).contains("<h1>Eigen 404</h1>"))
        #expect(try TestSupport.read(root.appendingPathComponent("site/assets/plansite.css")).contains("#800000"))
        #expect(try TestSupport.read(root.appendingPathComponent("site/index.html")).contains("class=\"skiplink\""))
    }

    /// The overview of the gremia is one template (`gremia`) wherever it stands, on the
    /// overlegvormen page or in a chapter with `toon: overlegvormen`: a site theme that
    /// overrides it changes both, and the page around it keeps its default template.
    @Test func aSiteThemeOverridesAPartSharedByPages() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        var files = TestSupport.minimalSite(extra: [
            "content/regio-a/overlegvormen.yaml": "gremia:\n  - id: rpo\n    naam: Portefeuillehoudersoverleg\n    afkorting: RPO\n",
            "content/regio-a/plan-2024/02-overleg.md": "---\ntitel: Overleg\nnummer: \"2\"\ntoon: overlegvormen\n---\n\nDe overleggen.\n",
        ])
        files["content/site.yaml"] = "titel: Testsite\nbasis-url: https://test.example/\nontwerp: regio\n"
        files["themes/regio/gremia.mustache"] = "<ul class=\"eigen\">{{#gremia}}<li>{{naam}}</li>{{/gremia}}</ul>\n"
        try TestSupport.write(files, into: root)
        let result = try TestSupport.run(["build"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let own = "<ul class=\"eigen\"><li>Portefeuillehoudersoverleg</li></ul>"
        let page = try TestSupport.read(root.appendingPathComponent("site/regio-a/overlegvormen/index.html"))
        #expect(page.contains(own))
        #expect(page.contains("<p class=\"inleiding\">De overleggen en organen van Regio A,"))
        #expect(!page.contains("Alle overlegvormen"))
        let chapter = try TestSupport.read(root.appendingPathComponent("site/regio-a/plan-2024/overleg/index.html"))
        #expect(chapter.contains(own))
    }

    @Test func conceptDocumentsAreLeftOutUnlessAsked() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(TestSupport.minimalSite(extra: [
            "content/regio-a/ontwerp-2025/document.yaml": "titel: Ontwerpplan 2025\nsoort: anders\nniveaus: []\nstatus: concept\n",
            "content/regio-a/ontwerp-2025/01-tekst.md": "---\ntitel: Tekst\n---\n\nNog niet vastgesteld.\n",
        ]), into: root)
        let plain = try TestSupport.run(["build"], in: root)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site/regio-a/ontwerp-2025").path))
        #expect(!(try TestSupport.read(root.appendingPathComponent("site/regio-a/index.html"))).contains("Ontwerpplan 2025"))
        let withConcept = try TestSupport.run(["build", "--concept", "--output", "preview"], in: root)
        #expect(withConcept.status == 0)
        let html = try TestSupport.read(root.appendingPathComponent("preview/regio-a/ontwerp-2025/tekst/index.html"))
        #expect(html.contains("<strong>Concept.</strong> Dit document is nog niet vastgesteld."))
        #expect(html.contains("Ontwerpplan 2025 · concept"))
    }

    /// Links go up only to the folder two pages share: a document's pages link to each other
    /// as `../x/`, to their region as `../../`, and to other regions from the root; every
    /// link, resolved against its page, is the target's URL.
    @Test func linksTakeTheShortestRelativePath() {
        #expect(RelativeURL.href(to: "r/d/b/", from: "r/d/a/") == "../b/")
        #expect(RelativeURL.href(to: "r/d/b/", fragment: "x", from: "r/d/a/") == "../b/#x")
        #expect(RelativeURL.href(to: "r/", from: "r/d/a/") == "../../")
        #expect(RelativeURL.href(to: "r2/d/", from: "r/d/a/") == "../../../r2/d/")
        #expect(RelativeURL.href(to: "", from: "r/d/a/") == "../../../")
        #expect(RelativeURL.href(to: "r/d/a/", from: "r/d/a/") == "./")
        #expect(RelativeURL.href(to: "gemeenten/x/", from: "gemeenten/") == "x/")
        #expect(RelativeURL.href(to: "r/d/", from: "") == "r/d/")
        // "r/dd/" shares no folder with "r/d/" beyond "r/".
        #expect(RelativeURL.href(to: "r/dd/", from: "r/d/a/") == "../../dd/")
        for (from, to) in [("r/d/a/", "r/dd/x/"), ("a/b/c/d/", "a/b/e/"), ("x/", "x/y/z/"), ("x/y/", ""), ("", "q/")] {
            let resolved = URL(string: RelativeURL.href(to: to, from: from), relativeTo: URL(string: "https://h/" + from))?.absoluteString
            #expect(resolved == "https://h/" + to, "\(from) → \(to)")
        }
    }

    @Test func entityPagesLinkToTheirNeighbours() throws {
        let html = try page(Self.document + "actielijn-1-2/index.html")
        #expect(html.contains("<li class=\"vorige\"><a href=\"../actielijn-1-1/\" rel=\"prev\">"))
        #expect(html.contains("<li class=\"volgende\"><a href=\"../actielijn-2-1/\" rel=\"next\">"))
    }
}
