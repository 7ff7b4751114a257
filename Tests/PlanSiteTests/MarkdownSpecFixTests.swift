import Testing
@testable import PlanSiteRender
@testable import PlanSiteLoad
@testable import PlanSiteModel

/// The differences from cmark-gfm that issue 16 found, each on the GFM spec's own example,
/// with the exact HTML plansite now writes (its markup rules included: see
/// docs/content-format.md, "Markdown compared with cmark-gfm").
@Suite struct MarkdownSpecFixTests {
    /// plansite's HTML for a spec example, after checking that the fixture holds the
    /// Markdown this test is about.
    static func html(_ file: String, _ number: Int, markdown: String) throws -> String {
        let example = try #require(try GFMSpecExample.example(file, number))
        #expect(example.markdown == markdown, "the fixture's \(example) is not the example this test quotes")
        return GFMSpecExample.plansiteHTML(example.markdown)
    }

    @Test("A fenced code block keeps its language as class=\"language-…\" (spec example 112)")
    func codeBlockLanguage() throws {
        let html = try Self.html("spec", 112, markdown: "```ruby\ndef foo(x)\n  return 3\nend\n```\n")
        #expect(html == "<pre><code class=\"language-ruby\">def foo(x)\n  return 3\nend\n</code></pre>\n")
    }

    @Test("Only the info string's first word is the language, unescaped (spec examples 113 and 330)")
    func codeBlockLanguageFirstWord() throws {
        let ruby = try Self.html("spec", 113, markdown: "~~~~    ruby startline=3 $%@#$\ndef foo(x)\n  return 3\nend\n~~~~~~~\n")
        #expect(ruby == "<pre><code class=\"language-ruby\">def foo(x)\n  return 3\nend\n</code></pre>\n")
        let entity = try Self.html("spec", 330, markdown: "``` f&ouml;&ouml;\nfoo\n```\n")
        #expect(entity == "<pre><code class=\"language-föö\">foo\n</code></pre>\n")
    }

    @Test("An image keeps its title (spec example 580)")
    func imageTitle() throws {
        let html = try Self.html("spec", 580, markdown: "![foo](/url \"title\")\n")
        #expect(html == "<p><img src=\"/url\" alt=\"foo\" title=\"title\" loading=\"lazy\"></p>\n")
    }

    @Test("A link address is percent-encoded as cmark-gfm encodes it (spec example 611)")
    func externalAddressEncoded() throws {
        let html = try Self.html("spec", 611, markdown: "<http://example.com/\\[\\>\n")
        #expect(html == "<p><a href=\"http://example.com/%5C%5B%5C\" class=\"extern\">http://example.com/\\[\\</a></p>\n")
    }

    @Test("Escapes already in an address stay, other bytes are encoded, & is escaped for HTML (spec examples 511, 512, 175)")
    func addressEncoding() throws {
        #expect(try Self.html("spec", 511, markdown: "[link](foo%20b&auml;)\n") == "<p><a href=\"foo%20b%C3%A4\">link</a></p>\n")
        #expect(try Self.html("spec", 512, markdown: "[link](\"title\")\n") == "<p><a href=\"%22title%22\">link</a></p>\n")
        #expect(try Self.html("spec", 175, markdown: "[ΑΓΩ]: /φου\n\n[αγω]\n") == "<p><a href=\"/%CF%86%CE%BF%CF%85\">αγω</a></p>\n")
        #expect(HrefEscape.href("https://example.com/?a=1&b='2' ~x") == "https://example.com/?a=1&b='2'%20~x")
        #expect(MarkdownHTML.href("?a=1&b=2") == "?a=1&amp;b=2")
    }

    @Test("A table with only a header row has no <tbody> (spec example 205)")
    func headerOnlyTable() throws {
        let html = try Self.html("spec", 205, markdown: "| abc | def |\n| --- | --- |\n")
        #expect(html == """
            <div class="tabel-scroll" role="region" tabindex="0" aria-label="Tabel 1">
            <table>
            <thead><tr><th scope="col">abc</th><th scope="col">def</th></tr></thead>
            </table>
            </div>

            """)
    }

    @Test("A footnote with a non-numeric label shows its number in order of first reference (regression example 21)")
    func footnoteNumbers() throws {
        let html = try Self.html("regression", 21, markdown: """
            This is some text. It has two footnotes references, side-by-side without any spaces,[^footnote1][^footnote2] which are definitely not link references.

            [^footnote1]: Hello.

            [^footnote2]: Goodbye.

            """)
        #expect(html == """
            <p>This is some text. It has two footnotes references, side-by-side without any spaces,\
            <sup class="voetnoot-ref"><a href="#voetnoot-footnote1" id="voetnoot-ref-footnote1" aria-label="Voetnoot 1">1</a></sup>\
            <sup class="voetnoot-ref"><a href="#voetnoot-footnote2" id="voetnoot-ref-footnote2" aria-label="Voetnoot 2">2</a></sup> \
            which are definitely not link references.</p>
            <section class="voetnoten" aria-labelledby="voetnoten">
            <h2 id="voetnoten">Voetnoten</h2>
            <ol>
            <li id="voetnoot-footnote1" value="1"><p>Hello. <a class="voetnoot-terug" href="#voetnoot-ref-footnote1" aria-label="Terug naar de tekst bij voetnoot 1">\u{21A9}\u{FE0E}</a></p></li>
            <li id="voetnoot-footnote2" value="2"><p>Goodbye. <a class="voetnoot-terug" href="#voetnoot-ref-footnote2" aria-label="Terug naar de tekst bij voetnoot 2">\u{21A9}\u{FE0E}</a></p></li>
            </ol>
            </section>

            """)
    }

    @Test("A note referred to only from another note is listed after it, numbered next (regression example 20)")
    func nestedFootnote() throws {
        let html = try Self.html("regression", 20, markdown: """
            This is some text. It has a citation.[^citation]

            [^another-citation]: My second citation.

            [^citation]: This is a long winded parapgraph that also has another citation.[^another-citation]

            """)
        #expect(html.contains("<li id=\"voetnoot-citation\" value=\"1\"><p>This is a long winded parapgraph that also has another citation.<sup class=\"voetnoot-ref\"><a href=\"#voetnoot-another-citation\" id=\"voetnoot-ref-another-citation\" aria-label=\"Voetnoot 2\">2</a></sup> <a class=\"voetnoot-terug\""))
        #expect(html.contains("<li id=\"voetnoot-another-citation\" value=\"2\"><p>My second citation. <a class=\"voetnoot-terug\" href=\"#voetnoot-ref-another-citation\""))
    }

    @Test("A label of digits keeps the number the source printed; other labels count every note before them")
    func printedNumbersAndOrder() {
        let html = GFMSpecExample.plansiteHTML("Eerst[^7], dan[^bron] en weer[^7].\n\n[^7]: Zeven.\n[^bron]: Een bron.\n")
        #expect(html.contains("aria-label=\"Voetnoot 7\">7</a></sup>, dan<sup class=\"voetnoot-ref\"><a href=\"#voetnoot-bron\" id=\"voetnoot-ref-bron\" aria-label=\"Voetnoot 2\">2</a>"))
        #expect(html.contains("id=\"voetnoot-ref-7-2\" aria-label=\"Voetnoot 7\">7</a>"))
        #expect(html.contains("<li id=\"voetnoot-7\" value=\"7\">"))
        #expect(html.contains("<li id=\"voetnoot-bron\" value=\"2\">"))
    }

    @Test("Notes are numbered and listed in the file's order, as cmark-gfm does, also when a note defined before the text refers to another")
    func footnotesInTheFilesOrder() {
        let markdown = "[^y]: Over [^z].\n\n[^z]: Zet.\n\nTekst[^y] en[^x].\n\n[^x]: Iks.\n"
        let html = GFMSpecExample.plansiteHTML(markdown)
        #expect(html.contains("aria-label=\"Voetnoot 2\">2</a></sup> en<sup class=\"voetnoot-ref\"><a href=\"#voetnoot-x\" id=\"voetnoot-ref-x\" aria-label=\"Voetnoot 3\">3</a>"))
        let items = html.components(separatedBy: "<li id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(items == ["voetnoot-z", "voetnoot-y", "voetnoot-x"])
        #expect(GFMSpecNormalisation.plansite(html) == GFMSpecNormalisation.reference(MarkdownParser.referenceHTML(markdown)))
    }

    @Test("A page that shows part of a file (an entity's page) gives each note the number the whole file gives it")
    func partOfAFileKeepsTheNumbers() {
        let file = "Eerst[^a].\n\n### Deel\n\nDan[^b].\n\n[^a]: Aa.\n[^b]: Bee.\n"
        var diagnostics: [Diagnostic] = []
        let blocks = MarkdownParser.parse(file, file: SourceFile(relativePath: "a.md", displayPath: "a.md", text: file), lineOffset: 0, into: &diagnostics)
        let placement = HTMLPlacement(pageURL: "")
        var renderer = MarkdownHTML(hooks: MarkdownHTML.Hooks(link: { _ in nil }, entity: { _ in nil }), placement: placement)
        renderer.knowFootnotes(in: blocks)
        renderer.render(Array(blocks[2...3]))
        let html = renderer.html + renderer.footnotes().section(placedBy: placement)
        #expect(html.contains("aria-label=\"Voetnoot 2\">2</a></sup>"))
        #expect(html.contains("<li id=\"voetnoot-b\" value=\"2\"><p>Bee."))
        #expect(!html.contains("voetnoot-a"))
    }
}
