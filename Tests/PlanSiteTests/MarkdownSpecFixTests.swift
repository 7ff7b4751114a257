import Testing
@testable import PlanSiteRender
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
}
