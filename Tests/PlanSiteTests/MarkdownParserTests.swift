import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// `MarkdownParser.parse` on real snippets: positions in the file's own lines and character
/// columns, attributes, footnotes, tables and raw HTML.
@Suite struct MarkdownParserTests {
    static let path = "content/r/d/01-a.md"

    /// Parses a whole file the way the loader does: front matter split off, offset applied.
    static func parse(_ text: String) -> [Block] {
        let file = SourceFile(relativePath: "r/d/01-a.md", displayPath: path, text: text)
        guard case .success(let split) = FrontMatterSplit.split(file) else { return [] }
        var diagnostics: [Diagnostic] = []
        return MarkdownParser.parse(split.body, file: file, lineOffset: split.bodyLineOffset, into: &diagnostics)
    }

    static func at(_ line: Int, _ column: Int) -> PlanSite.SourceLocation {
        PlanSite.SourceLocation(file: path, line: line, column: column)
    }

    /// Every link in reading order, with nested blocks walked.
    static func links(_ blocks: [Block]) -> [Link] {
        var out: [Link] = []
        func inlines(_ list: [Inline]) {
            for inline in list {
                switch inline {
                case .link(let l), .image(let l):
                    out.append(l)
                    inlines(l.children)
                case .emphasis(let c), .strong(let c), .strikethrough(let c): inlines(c)
                default: break
                }
            }
        }
        func walk(_ list: [Block]) {
            for block in list {
                switch block {
                case .paragraph(let i, _): inlines(i)
                case .heading(let h): inlines(h.inlines)
                case .blockQuote(let b): walk(b)
                case .list(let l): for item in l.items { walk(item.blocks) }
                case .table(let t):
                    for c in t.header { inlines(c) }
                    for row in t.rows { for c in row { inlines(c) } }
                case .footnoteDefinition(let f): walk(f.blocks)
                default: break
                }
            }
        }
        walk(blocks)
        return out
    }

    static func headings(_ blocks: [Block]) -> [Heading] {
        blocks.compactMap { if case .heading(let h) = $0 { return h } else { return nil } }
    }

    // MARK: - Link locations

    @Test func linkLocationCountsCharactersNotBytes() throws {
        let blocks = Self.parse("Zie ééndrachtig 👍🏽 [tekst](actielijn:4.1) nu.\n")
        let link = try #require(Self.links(blocks).first)
        #expect(link.destination == "actielijn:4.1")
        #expect(link.children.plainText == "tekst")
        #expect(link.location == Self.at(1, 19))
    }

    @Test func linkLocationAfterFrontMatter() throws {
        let blocks = Self.parse("---\ntitel: Één\nnummer: \"1\"\n---\n\nDe cliënt [](opgave:1) en [b](opgave:2).\n")
        let links = Self.links(blocks)
        #expect(links.map(\.destination) == ["opgave:1", "opgave:2"])
        #expect(links.map(\.location) == [Self.at(6, 11), Self.at(6, 27)])
        #expect(links[0].children.isEmpty)
    }

    @Test func twoLinksWithTheSameDestinationOnOneLine() {
        let links = Self.links(Self.parse("[a](x.md) én [b](x.md)\n"))
        #expect(links.map(\.location) == [Self.at(1, 1), Self.at(1, 14)])
    }

    @Test func linkLocationInListItems() {
        let links = Self.links(Self.parse("- eerste\n- zie [x](opgave:1)\n  1. geneste [y](opgave:2)\n"))
        #expect(links.map(\.destination) == ["opgave:1", "opgave:2"])
        #expect(links.map(\.location) == [Self.at(2, 7), Self.at(3, 14)])
    }

    @Test func linkLocationInBlockQuote() {
        let links = Self.links(Self.parse("> Citaat met één [link](opgave:3).\n"))
        #expect(links.map(\.location) == [Self.at(1, 18)])
    }

    @Test func linkLocationInTableCell() {
        let links = Self.links(Self.parse("| a | b |\n|---|---|\n| één | zie [x](opgave:1) |\n"))
        #expect(links.map(\.destination) == ["opgave:1"])
        #expect(links.map(\.location) == [Self.at(3, 13)])
    }

    @Test func linkLocationOnIndentedContinuationLine() {
        let links = Self.links(Self.parse("Dit is een alinea\n    met [x](opgave:1) erin.\n"))
        #expect(links.map(\.location) == [Self.at(2, 9)])
    }

    @Test func linkLocationOnContinuationLineInList() {
        let links = Self.links(Self.parse("- Eerste regel\n  tweede ë [x](opgave:2)\n"))
        #expect(links.map(\.location) == [Self.at(2, 12)])
    }

    @Test func linkTextSpanningTwoLinesIsReportedAtItsBracket() {
        let links = Self.links(Self.parse("Zie één [de lange\ntekst](opgave:1) hier.\n"))
        #expect(links.map(\.destination) == ["opgave:1"])
        #expect(links.map(\.location) == [Self.at(1, 9)])
    }

    @Test func imageLocationIsItsExclamationMark() {
        let links = Self.links(Self.parse("Een kaart: ![Kaart van de regio](kaart.png)\n"))
        #expect(links.map(\.location) == [Self.at(1, 12)])
        #expect(links.first?.children.plainText == "Kaart van de regio")
    }

    // MARK: - Headings

    @Test func headingAttributeIsStripped() throws {
        let blocks = Self.parse("## Leeswijzer {#eigen-anker}\n\n### Het ontlasten van kwetsbare gezinnen {#actielijn:4.1}\n\n## Zonder anker\n")
        let headings = Self.headings(blocks)
        #expect(headings.map(\.level) == [2, 3, 2])
        #expect(headings.map(\.inlines.plainText) == ["Leeswijzer", "Het ontlasten van kwetsbare gezinnen", "Zonder anker"])
        #expect(headings.map { $0.attribute?.value } == ["eigen-anker", "actielijn:4.1", nil])
        #expect(headings.map(\.location) == [Self.at(1, 1), Self.at(3, 1), Self.at(5, 1)])
        #expect(headings[1].attribute?.location == Self.at(3, 1))
    }

    @Test func headingAttributeAfterInlineMarkupKeepsTheSpace() {
        let headings = Self.headings(Self.parse("## *Nadruk* en meer {#x}\n"))
        #expect(headings.first?.attribute?.value == "x")
        #expect(headings.first?.inlines.plainText == "Nadruk en meer")
    }

    @Test func braceTextThatIsNotAnAttributeStays() {
        let headings = Self.headings(Self.parse("## Over {# niet} en {x}\n"))
        #expect(headings.first?.attribute == nil)
        #expect(headings.first?.inlines.plainText == "Over {# niet} en {x}")
    }

    @Test func headingLocationAfterFrontMatter() {
        let headings = Self.headings(Self.parse("---\ntitel: A\n---\n\n## Terugblik {#terugblik}\n"))
        #expect(headings.map(\.location) == [Self.at(5, 1)])
        #expect(headings.map { $0.attribute?.value } == ["terugblik"])
    }

    // MARK: - List items

    @Test func listItemAttribute() throws {
        let blocks = Self.parse("Inspanningen:\n\n- {#inspanning:1.2.3} Verkennen van de inkoop\n- Gewoon punt\n")
        guard case .list(let list)? = blocks.last else {
            Issue.record("expected a list")
            return
        }
        #expect(list.ordered == false)
        #expect(list.items.count == 2)
        #expect(list.items[0].attribute?.value == "inspanning:1.2.3")
        #expect(list.items[0].attribute?.location == Self.at(3, 3))
        #expect(list.items[0].location == Self.at(3, 1))
        guard case .paragraph(let first, _)? = list.items[0].blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(first.plainText == "Verkennen van de inkoop")
        #expect(list.items[1].attribute == nil)
    }

    @Test func orderedListItemAttribute() {
        guard case .list(let list)? = Self.parse("3. {#actie:2.1} Eerste actie\n4. Tweede\n").first else {
            Issue.record("expected a list")
            return
        }
        #expect(list.ordered)
        #expect(list.start == 3)
        #expect(list.items[0].attribute?.value == "actie:2.1")
        #expect(list.items[0].attribute?.location == Self.at(1, 4))
    }

    // MARK: - Footnotes

    @Test func footnoteReferencesAndDefinitions() {
        let blocks = Self.parse("Tekst[^12] en één[^noot].\n\n[^12]: Eerste noot.\n\n[^noot]: Tweede noot.\n")
        guard case .paragraph(let inlines, _)? = blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        var references: [(String, PlanSite.SourceLocation)] = []
        for inline in inlines {
            if case .footnoteReference(let label, let location) = inline { references.append((label, location)) }
        }
        #expect(references.map(\.0) == ["12", "noot"])
        // The `[` of each reference.
        #expect(references.map(\.1) == [Self.at(1, 6), Self.at(1, 18)])
        let definitions = blocks.compactMap { block -> FootnoteDefinition? in
            if case .footnoteDefinition(let d) = block { return d } else { return nil }
        }
        #expect(definitions.map(\.label) == ["12", "noot"])
        #expect(definitions.map(\.location) == [Self.at(3, 1), Self.at(5, 1)])
        #expect(definitions.map { d -> String in
            if case .paragraph(let i, _)? = d.blocks.first { return i.plainText } else { return "" }
        } == ["Eerste noot.", "Tweede noot."])
    }

    /// cmark-gfm matches `[^Noot]` with `[^noot]:` (GFM's label rules): the reference takes
    /// the label of the definition it was matched with. A definition in a block quote has
    /// its label after the quote's marker.
    @Test func footnoteReferencesTakeTheirDefinitionsLabel() {
        let blocks = Self.parse("> [^bron]: In een citaat.\n\nTekst[^Noot] en[^BRON].\n\n[^noot]: De noot.\n")
        var references: [(String, PlanSite.SourceLocation)] = []
        var definitions: [FootnoteDefinition] = []
        for block in blocks {
            if case .paragraph(let inlines, _) = block {
                for inline in inlines {
                    if case .footnoteReference(let label, let location) = inline { references.append((label, location)) }
                }
            }
            if case .footnoteDefinition(let d) = block { definitions.append(d) }
        }
        #expect(references.map(\.0) == ["noot", "bron"])
        #expect(references.map(\.1) == [Self.at(3, 6), Self.at(3, 16)])
        #expect(definitions.map(\.label) == ["noot", "bron"])
        #expect(definitions.map(\.location) == [Self.at(5, 1), Self.at(1, 3)])
    }

    // MARK: - Tables

    @Test func tableHeaderRowsAndAlignment() throws {
        let blocks = Self.parse("Intro\n\n| Gemeente | Inwoners | Midden | Vrij |\n|:---|---:|:---:|---|\n| Dijkhoven | 9.800 | *x* | a |\n| Molenbroek | 4.100 | y | b |\n")
        guard case .table(let table)? = blocks.last else {
            Issue.record("expected a table")
            return
        }
        #expect(table.alignments == [.left, .right, .center, .none])
        #expect(table.header.map(\.plainText) == ["Gemeente", "Inwoners", "Midden", "Vrij"])
        #expect(table.rows.map { $0.map(\.plainText) } == [["Dijkhoven", "9.800", "x", "a"], ["Molenbroek", "4.100", "y", "b"]])
        #expect(table.location == Self.at(3, 1))
    }

    // MARK: - Raw HTML

    @Test func inlineHTMLWithLocation() {
        let blocks = Self.parse("Oppervlak 240 km<sup>2</sup> en één<span>x</span>.\n")
        guard case .paragraph(let inlines, _)? = blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        var html: [(String, PlanSite.SourceLocation)] = []
        for inline in inlines {
            if case .html(let h, let location) = inline { html.append((h, location)) }
        }
        #expect(html.map(\.0) == ["<sup>", "</sup>", "<span>", "</span>"])
        #expect(html.map(\.1) == [Self.at(1, 17), Self.at(1, 23), Self.at(1, 36), Self.at(1, 43)])
    }

    @Test func htmlBlockWithLocation() {
        let blocks = Self.parse("---\ntitel: A\n---\nTekst.\n\n<div class=\"x\">\nblok\n</div>\n")
        guard case .html(let html, let location)? = blocks.last else {
            Issue.record("expected an HTML block")
            return
        }
        #expect(html == "<div class=\"x\">\nblok\n</div>\n")
        #expect(location == Self.at(6, 1))
    }

    // MARK: - Fragments

    @Test func fragmentPositionsAreTheYAMLValues() throws {
        let at = PlanSite.SourceLocation(file: "hervormingsagenda.yaml", line: 7, column: 10)
        var diagnostics: [Diagnostic] = []
        let text = MarkdownParser.parseFragment(Located("Via [actielijn 1.2](actielijn:1.2) en meer.", at: at), into: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(text.text == "Via [actielijn 1.2](actielijn:1.2) en meer.")
        #expect(text.location == at)
        let links = Self.links(text.blocks)
        #expect(links.map(\.destination) == ["actielijn:1.2"])
        #expect(links.map(\.location) == [at])
        #expect(text.inlineContent?.plainText == "Via actielijn 1.2 en meer.")
    }
}
