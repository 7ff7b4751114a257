import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The contract for tests outside the code (issue 16): on a chapter or bijlage page (and the
/// verantwoording), the HTML made from the file's Markdown, with its footnotes, is the whole
/// content of one element with the class `tekst`, and nothing plansite adds around the text
/// (status line, navigation, contents, backlinks, a `toon` list) is inside it. Held on the
/// bundled content as the `plansite` binary builds it.
@Suite(.serialized) struct TekstContractTests {
    static let built: Result<URL, Error> = Result {
        let root = try TestSupport.sharedScratch("tekst")
        let site = root.appendingPathComponent("site")
        let result = try TestSupport.run(["build", "--content", TestSupport.bundledContent.path, "--output", site.path], in: root)
        guard result.status == 0 else { throw BuildFailure(message: result.stderr) }
        return site
    }

    struct BuildFailure: Error { var message: String }

    /// The inner HTML of every element that has the class `tekst` (a `div`, as the default
    /// theme writes it), found by counting the `div`s nested in it.
    static func tekstElements(_ html: String) -> [Substring] {
        var found: [Substring] = []
        var rest = html[...]
        while let open = rest.range(of: "<div class=\"tekst\">") {
            var depth = 1
            var cursor = open.upperBound
            while depth > 0, let next = rest[cursor...].range(of: "<div|</div>", options: .regularExpression) {
                depth += rest[next].hasPrefix("</") ? -1 : 1
                cursor = next.upperBound
                if depth == 0 {
                    found.append(rest[open.upperBound..<next.lowerBound])
                }
            }
            rest = rest[cursor...]
        }
        return found
    }

    @Test("On every chapter, bijlage and verantwoording page, .tekst holds exactly the Markdown's HTML and its footnotes")
    func tekstIsTheMarkdownAndItsFootnotes() throws {
        let site = try Self.built.get()
        let outcome = SiteBuild(options: .init(content: TestSupport.bundledContent.path, output: "/nonexistent")).check()
        let plan = try #require(outcome.plan)
        let renderer = try #require(outcome.renderer)
        let context = RenderContext(plan: plan, theme: renderer.theme)
        var pages = 0
        var withFootnotes = 0
        var withToon = 0
        for (r, region) in plan.site.regions.enumerated() {
            for (d, document) in region.documents.enumerated() {
                for (p, page) in document.pages.enumerated() {
                    pages += 1
                    let html = try TestSupport.read(site.appendingPathComponent(page.route.file))
                    let tekst = Self.tekstElements(html)
                    #expect(html.components(separatedBy: "class=\"tekst\"").count == 2 && tekst.count == 1,
                            "\(page.url): \(tekst.count) elements with the class tekst")
                    guard let inner = tekst.first else { continue }
                    let markdown = context.html(page.blocks, pageURL: page.url, context: ReferenceContext(region: r, document: d, page: p))
                    let shown = inner.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n", omittingEmptySubsequences: false)
                    let made = markdown.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n", omittingEmptySubsequences: false)
                    let firstDifference = zip(shown, made).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(shown.count, made.count)
                    let same = shown == made
                    #expect(same, """
                        \(page.url): .tekst is not the Markdown's HTML with its footnotes; from line \(firstDifference + 1):
                        .tekst:   \(shown.dropFirst(firstDifference).first ?? "(end)")
                        Markdown: \(made.dropFirst(firstDifference).first ?? "(end)")
                        """)
                    if markdown.contains("<section class=\"voetnoten\"") {
                        withFootnotes += 1
                        #expect(!html.replacingOccurrences(of: String(inner), with: "").contains("class=\"voetnoten\""),
                                "\(page.url): footnotes outside .tekst")
                    }
                    for outside in ["melding-concept", "vorige-volgende", "kruimelpad", "document-inhoud", "op-deze-pagina",
                                    "class=\"vermeldingen\"", "class=\"bijdragen\"", "class=\"versie\"", "<h1"] {
                        #expect(!inner.contains(outside), "\(page.url): \(outside) is inside .tekst")
                    }
                    if let toon = page.frontMatter.toon?.value {
                        withToon += 1
                        let list = toon == "begrippen" ? "<dl class=\"begrippen\">" : "class=\"gremium"
                        let after = html[(html.range(of: String(inner))?.upperBound ?? html.startIndex)...]
                        #expect(!inner.contains(list) && after.contains(list), "\(page.url): the \(toon) list is not after .tekst")
                    }
                }
            }
        }
        // The bundled content has the cases this is about: footnotes, toon lists, and pages
        // with the pager and the document's status.
        #expect(pages > 40)
        #expect(withFootnotes > 0)
        #expect(withToon > 0)
    }

    @Test("A page with footnotes, a pager and backlinks: footnotes inside .tekst, the rest outside")
    func footnotesInsidePagerAndBacklinksOutside() throws {
        let site = try Self.built.get()
        let folder = site.appendingPathComponent("rivierenland/regiovisie-2023")
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var checked = 0
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix("index.html") else { continue }
            let html = try TestSupport.read(folder.appendingPathComponent(path))
            guard let inner = Self.tekstElements(html).first, inner.contains("<section class=\"voetnoten\""),
                  html.contains("class=\"vorige-volgende\"") else { continue }
            checked += 1
            #expect(inner.contains("<sup class=\"voetnoot-ref\">"))
            #expect(!inner.contains("vorige-volgende") && !inner.contains("class=\"versie\""), "\(path)")
            let after = html[(html.range(of: String(inner))?.upperBound ?? html.endIndex)...]
            #expect(after.contains("class=\"vorige-volgende\""), "\(path): the pager follows the text")
        }
        #expect(checked > 0)
    }
}
