import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// Writes HTML from plansite's Markdown tree. It never decides where a link goes: the page
/// renderer hands it what the references are (`Hooks`) and, when it knows the page, where
/// they point from there (`HTMLPlacement`); without a page it leaves those places open
/// (`UnplacedHTML`), so one rendering of a chapter serves its page and `volledig/`.
struct MarkdownHTML {
    /// What the text's references are, the same on every page that shows it; where they
    /// point from a page is the placement's (`HTMLPlacement`).
    struct Hooks {
        /// Where a link goes (nil: the link could not be resolved, show its text).
        var link: (Link) -> LinkTarget?
        /// The entity an attribute names (`actielijn:4.1`), for its label and its place.
        var entity: (String) -> Entity?
        /// The first uses of begrippen on the page being written, by the linkable text they
        /// are in (`BegripUse.text`, counted as `BegripUse.forEachLinkableText` counts): only
        /// where a whole Markdown page is written from its start, so the count agrees.
        var begripUses: [Int: [BegripUse]] = [:]
        /// Where a begrip links to and what it means, for its first use.
        var begrip: (BegripRef) -> BegripLink? = { _ in nil }
    }

    /// Where a link goes: an address as it is (external, or a test's), or a place in the site
    /// whose href depends on the page.
    enum LinkTarget {
        case fixed(href: String, label: String)
        case target(ResolvedTarget)

        /// The text a link without its own text shows.
        var label: String {
            switch self {
            case .fixed(_, let label): label
            case .target(let target): target.label
            }
        }
    }

    /// A begrip as its first use on a page shows it: a link to its entry with its meaning.
    struct BegripLink {
        /// The begrippen page and the entry's id on it.
        var entryURL: String
        var entryID: String
        /// The element id of the meaning shown on hover and focus (`aria-describedby`).
        var uitlegID: String
        var term: String
        var afkorting: String?
        /// "RAO: Regionaal Ambtelijk Overleg. …", plain text.
        var uitleg: String
    }

    var hooks: Hooks
    /// The page being written, when known: its holes are filled as they come. Without one the
    /// text keeps them, for each page that shows it to fill (`UnplacedHTML`).
    let placement: HTMLPlacement?
    var out = UnplacedHTML()
    /// Footnote labels in order of first reference, and how often each was referenced.
    private(set) var footnoteOrder: [String] = []
    private var footnoteRefCount: [String: Int] = [:]
    private var footnoteDefinitions: [String: [Block]] = [:]
    /// Each note's place, from 1: cmark-gfm numbers the notes in the order of first reference
    /// (reading the file as written, a note's own references where the note is defined) and
    /// leaves the definitions in that order at the end of its tree, the unused ones removed,
    /// so a note's place is the place of its definition.
    private var footnotePlaces: [String: Int] = [:]
    /// The last heading's text and the tables so far, for the label of an uncaptioned table
    /// (`MarkdownHTML+Table.swift`).
    var lastHeadingText = ""
    var tableCount = 0
    /// The raw HTML tags of the inline run being written.
    private var balance = RawHTMLBalance()
    /// Whether the text being written may hold a begrip's link: inside a paragraph, outside
    /// a link and the footnotes (`BegripUse.forEachLinkableText`).
    private var inParagraph = false
    private var inLink = false
    private var inFootnotes = false
    /// The linkable texts written so far.
    private var linkableTexts = 0

    /// - Parameter capacity: reserved for the HTML at once. A chapter's text takes a page's
    ///   worth (the default), so its string is not grown a dozen times; a YAML field's text,
    ///   a few hundred bytes, takes none: its string is kept in the page's view, and at 16 KB
    ///   each the fields of the pages being rendered held 13 MB at the 100× build's peak.
    init(hooks: Hooks, placement: HTMLPlacement?, capacity: Int = 16_384) {
        self.hooks = hooks
        self.placement = placement
        out.text.reserveCapacity(capacity)
    }

    /// The HTML written so far, for a renderer that was given its page (no holes left).
    var html: String { out.text }

    /// Writes what depends on the page: now, when the page is known, else as a hole.
    mutating func write(_ hole: UnplacedHTML.Hole) {
        if let placement {
            placement.fill(hole, into: &out.text)
        } else {
            out.append(hole)
        }
    }

    mutating func render(_ blocks: [Block]) {
        knowFootnotes(in: blocks)
        for block in blocks { render(block) }
    }

    /// Makes the footnote definitions among `blocks` known, each with its place, without
    /// rendering them: an entity's page shows only part of its chapter, whose definitions
    /// sit elsewhere and whose notes keep the chapter's numbers.
    mutating func knowFootnotes(in blocks: [Block]) {
        for block in blocks {
            guard case .footnoteDefinition(let d) = block else { continue }
            footnoteDefinitions[d.label] = d.blocks
            if footnotePlaces[d.label] == nil { footnotePlaces[d.label] = footnotePlaces.count + 1 }
        }
    }

    private mutating func render(_ block: Block) {
        switch block {
        case .paragraph(let inlines, let id):
            if let id {
                out += "<p id=\""
                write(.id(id))
                out += "\">"
            } else {
                out += "<p>"
            }
            renderParagraph(inlines)
            out += "</p>\n"
        case .heading(let heading):
            renderHeading(heading)
        case .blockQuote(let children):
            out += "<blockquote>\n"
            for child in children { render(child) }
            out += "</blockquote>\n"
        case .list(let list):
            renderList(list)
        case .codeBlock(let info, let code):
            out += "<pre><code\(Self.languageClass(info))>" + HTMLEscape.text(code) + "</code></pre>\n"
        case .html(let html, let location):
            let rendered = RawHTMLPolicy.renderBlock(html, at: location).trimmed(.whitespacesAndNewlines)
            if !rendered.isEmpty { out += "<p>" + rendered + "</p>\n" }
        case .thematicBreak:
            out += "<hr>\n"
        case .table(let table):
            renderTable(table)
        case .footnoteDefinition:
            break
        }
    }

    private mutating func renderHeading(_ heading: Heading) {
        let text = heading.inlines.plainText
        lastHeadingText = text
        let entity = heading.attribute.flatMap { hooks.entity($0.value) }
        // The heading is named by its own text: the link to it ("anker"), inside it so that
        // it shows on hover and focus, would otherwise be read as part of its name.
        let name = entity.map { $0.label + " " + text } ?? text
        out += "<h"
        write(.headingLevel(heading.level))
        out += " id=\""
        write(.id(heading.id))
        out += "\" aria-label=\"\(HTMLEscape.attribute(name))\">"
        if let entity {
            out += "<span class=\"entiteit-label\">\(HTMLEscape.text(entity.label))</span> "
        }
        render(heading.inlines)
        out += "<a class=\"anker\" href=\""
        write(.onPage(heading.id))
        out += "\" aria-label=\"Link naar dit kopje\"></a></h"
        write(.headingLevel(heading.level))
        out += ">\n"
        if let entity { write(.entityPageLink(entity)) }
        if let thema = heading.answeredThema {
            write(.agenda(thema: thema, headingLevel: heading.level))
        }
    }

    private mutating func renderList(_ list: MarkdownList) {
        let tag = list.ordered ? "ol" : "ul"
        if list.lettered {
            out += "<ol type=\"a\">\n"
        } else {
            out += list.ordered && list.start != 1 ? "<ol start=\"\(list.start)\">\n" : "<\(tag)>\n"
        }
        for item in list.items {
            if let id = item.id {
                out += "<li id=\""
                write(.id(id))
                out += "\" class=\"entiteit-item\">"
            } else if let id = item.placeID {
                out += "<li id=\""
                write(.id(id))
                out += "\">"
            } else {
                out += "<li>"
            }
            var first = true
            for block in item.blocks {
                if first, let attribute = item.attribute?.value, let entity = hooks.entity(attribute) {
                    out += "<a class=\"entiteit-label\" href=\""
                    write(.entity(entity))
                    out += "\">\(HTMLEscape.text(entity.label))</a> "
                }
                if list.tight, case .paragraph(let inlines, _) = block {
                    renderParagraph(inlines)
                } else {
                    render(block)
                }
                first = false
            }
            out += "</li>\n"
        }
        out += "</\(tag)>\n"
    }

    /// A paragraph's inline content, whose texts may hold a begrip's first use.
    private mutating func renderParagraph(_ inlines: [Inline]) {
        let outer = inParagraph
        inParagraph = true
        render(inlines)
        inParagraph = outer
    }

    /// One run of inline content; raw HTML tags are paired within it (`RawHTMLBalance`).
    mutating func render(_ inlines: [Inline]) {
        let outer = balance
        balance = RawHTMLBalance()
        for inline in inlines { render(inline) }
        out += balance.finish()
        balance = outer
    }

    private mutating func render(_ inline: Inline) {
        switch inline {
        case .text(let t):
            guard inParagraph, !inLink, !inFootnotes else {
                out += HTMLEscape.text(t)
                return
            }
            let index = linkableTexts
            linkableTexts += 1
            if let uses = hooks.begripUses[index] {
                renderText(t, linking: uses)
            } else {
                out += HTMLEscape.text(t)
            }
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br>\n"
        case .code(let c): out += "<code>" + HTMLEscape.text(c) + "</code>"
        case .html(let h, let location): out += balance.take(h, at: location)
        case .emphasis(let c): out += "<em>"; render(c); out += "</em>"
        case .strong(let c): out += "<strong>"; render(c); out += "</strong>"
        case .strikethrough(let c): out += "<del>"; render(c); out += "</del>"
        case .link(let link):
            guard let target = hooks.link(link) else {
                render(link.children)
                return
            }
            switch target {
            case .fixed(let href, _):
                let external = href.hasPrefix("http://") || href.hasPrefix("https://")
                out += "<a href=\"\(Self.href(href))\"\(external ? " class=\"extern\"" : "")"
            case .target(let place):
                // An href to a page of the site: relative, never external.
                out += "<a href=\""
                write(.target(place))
                out += "\""
            }
            if !link.title.isEmpty { out += " title=\"\(HTMLEscape.attribute(link.title))\"" }
            out += ">"
            if link.children.plainText.trimmed().isEmpty {
                out += HTMLEscape.text(target.label)
            } else {
                let outer = inLink
                inLink = true
                render(link.children)
                inLink = outer
            }
            out += "</a>"
        case .image(let link) where link.marksMissingFigure:
            // Where the source lost a figure: said in the text, with what it showed.
            out += "<span class=\"figuur-ontbreekt\" role=\"note\">Afbeelding ontbreekt in de bron: \(HTMLEscape.text(link.children.plainText))</span>"
        case .image(let link):
            out += "<img src=\""
            switch hooks.link(link) {
            case .target(let place)?: write(.target(place))
            case .fixed(let href, _)?: out += Self.href(href)
            case nil: out += Self.href(link.destination)
            }
            out += "\" alt=\"\(HTMLEscape.attribute(link.children.plainText))\""
            if !link.title.isEmpty { out += " title=\"\(HTMLEscape.attribute(link.title))\"" }
            out += " loading=\"lazy\">"
        case .footnoteReference(let label, _):
            let count = (footnoteRefCount[label] ?? 0) + 1
            footnoteRefCount[label] = count
            if count == 1 { footnoteOrder.append(label) }
            let number = footnoteNumber(label)
            out += "<sup class=\"voetnoot-ref\"><a href=\"#\(HTMLEscape.attribute(ElementID.footnote(label).value))\" id=\""
            write(.id(ElementID.footnoteReference(label).value))
            out += (count > 1 ? "-\(count)" : "") + "\" aria-label=\"Voetnoot \(HTMLEscape.attribute(number))\">\(HTMLEscape.text(number))</a></sup>"
        }
    }

    /// The number a reader sees for a footnote. A label of digits is the number the source
    /// printed (`[^7]` is note 7, as in the PDF); any other label is numbered by the order of
    /// first reference, as cmark-gfm numbers every note: its place in the file.
    private func footnoteNumber(_ label: String) -> String {
        if Self.isPrintedNumber(label) { return label }
        return String(footnotePlace(label))
    }

    /// A note's place in the file; a note without a known definition (never the case for a
    /// reference cmark-gfm made) comes after the others, in order of first reference.
    private func footnotePlace(_ label: String) -> Int {
        footnotePlaces[label] ?? footnotePlaces.count + (footnoteOrder.firstIndex(of: label) ?? footnoteOrder.count) + 1
    }

    static func isPrintedNumber(_ label: String) -> Bool {
        !label.isEmpty && label.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The footnotes referenced so far, in the file's order (as cmark-gfm lists them), each
    /// with its number and how often it was referenced; the renderer starts afresh after. A
    /// note may refer to another note: the notes are rendered in turn, each adding the notes
    /// it refers to, so that every reference is counted before its way back is written.
    mutating func footnotes() -> UnplacedFootnotes {
        guard !footnoteOrder.isEmpty else { return UnplacedFootnotes(notes: []) }
        // Footnotes are not where a begrip is first used (`BegripUse.forEachLinkableText`).
        inFootnotes = true
        defer { inFootnotes = false }
        let text = out
        var bodies: [String: UnplacedHTML] = [:]
        var index = 0
        while index < footnoteOrder.count {
            let label = footnoteOrder[index]
            index += 1
            guard bodies[label] == nil, let blocks = footnoteDefinitions[label] else { continue }
            out = UnplacedHTML()
            for block in blocks { render(block) }
            bodies[label] = out
        }
        out = text
        var notes: [UnplacedFootnotes.Note] = []
        for label in footnoteOrder.sorted(by: { footnotePlace($0) < footnotePlace($1) }) {
            guard let body = bodies[label] else { continue }
            notes.append(UnplacedFootnotes.Note(label: label, number: footnoteNumber(label), references: footnoteRefCount[label] ?? 1, body: body))
        }
        footnoteOrder = []
        footnoteRefCount = [:]
        footnotePlaces = [:]
        return UnplacedFootnotes(notes: notes)
    }

    /// A link or image address as cmark-gfm writes it: percent-encoded, then escaped for HTML.
    static func href(_ address: String) -> String {
        HTMLEscape.attribute(HrefEscape.href(address))
    }

    /// `class="language-…"` from a fenced code block's info string: its first word, as
    /// cmark-gfm writes it (and as syntax highlighters look for it).
    static func languageClass(_ info: String) -> String {
        let language = info.prefix { !" \t\n\r\u{0B}\u{0C}".contains($0) }
        return language.isEmpty ? "" : " class=\"language-\(HTMLEscape.attribute(String(language)))\""
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}

extension MarkdownHTML {
    /// A text with the first uses of begrippen in it: each name a link to its entry, an
    /// afkorting as `<abbr>`, with the meaning beside it, shown on hover and focus. A use
    /// whose place does not hold a whole name of the text (never, while the index and the
    /// renderer count the same texts) is left as text.
    mutating func renderText(_ text: String, linking uses: [BegripUse]) {
        let bytes = Array(text.utf8)
        var cursor = 0
        for use in uses.sorted(by: { $0.utf8.lowerBound < $1.utf8.lowerBound }) {
            guard use.utf8.lowerBound >= cursor, use.utf8.upperBound <= bytes.count, let link = hooks.begrip(use.begrip) else { continue }
            out += HTMLEscape.text(String(decoding: bytes[cursor..<use.utf8.lowerBound], as: UTF8.self))
            let name = String(decoding: bytes[use.utf8], as: UTF8.self)
            out += "<span class=\"begrip\"><a href=\""
            write(.page(url: link.entryURL, fragment: link.entryID))
            out += "\" aria-describedby=\""
            write(.id(link.uitlegID))
            out += "\">"
            if name == link.afkorting, link.afkorting != link.term {
                out += "<abbr title=\"\(HTMLEscape.attribute(link.term))\">\(HTMLEscape.text(name))</abbr>"
            } else {
                out += HTMLEscape.text(name)
            }
            out += "</a><span class=\"begrip-uitleg\" id=\""
            write(.id(link.uitlegID))
            out += "\" role=\"tooltip\">\(HTMLEscape.text(link.uitleg))</span></span>"
            cursor = use.utf8.upperBound
        }
        out += HTMLEscape.text(String(decoding: bytes[cursor...], as: UTF8.self))
    }
}
