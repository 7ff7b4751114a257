import Foundation
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// The region's glossary: its own page, and inside a bijlage with `toon: begrippen` (both
/// show the list with `begrippenlijst.mustache`).
struct BegrippenPage: TemplatePage {
    static let template = "begrippen"

    var region: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [BegrippenPage] {
        guard case .region(let r) = scope, !site.regions[r].begrippen.isEmpty else { return [] }
        return [BegrippenPage(region: r, route: .begrippen(region: site.regions[r].slug))]
    }

    var reads: [PageInput] { [] }

    func view(in context: RenderContext) -> PageView<BegrippenView>? {
        let region = context.site.regions[self.region]
        let url = route.url
        let title = "Begrippen en afkortingen"
        var layout = context.layout(pageURL: url, title: title,
                                    breadcrumbs: [(region.config.naam, region.url), (title, url)], region: self.region)
        let view = BegrippenView(title: title, regio: region.config.naam, lijst: context.begrippenListView(self.region, pageURL: url))
        // The A–Z list is the page's contents: its letter headings are not listed again.
        layout.listsRenderedSections = false
        layout.hasMenu = true
        return PageView(main: view, layout: layout)
    }
}

/// What `begrippen.mustache` reads: the page's heading and introduction around the list,
/// which it shows with the `begrippenlijst` partial.
struct BegrippenView: TemplateView {
    var title: String
    var regio: String
    var lijst: BegrippenListView

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .regio: regio
        case .lijst: lijst
        default: nil
        }
    }
}

/// What `begrippenlijst.mustache` reads: a region's begrippen, by abbreviation or term,
/// grouped by their first letter under an A–Z jump list.
struct BegrippenListView: TemplateView {
    let begrippen: [Entry]
    /// The entries by letter, in the entries' order (which is sorted); made once, as the
    /// template reads them twice (the jump list and the sections).
    let letters: [Letter]
    /// The level of each letter's heading: 2 on the glossary page, one deeper inside a
    /// whole-document section.
    let headingLevel: Int

    /// The begrippen under one letter ("A"; "0–9" for those beginning with a digit).
    struct Letter: TemplateView {
        var letter: String
        var anchor: String
        var begrippen: [Entry]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .letter: letter
            case .anchor: anchor
            case .begrippen: begrippen
            default: nil
            }
        }
    }

    init(begrippen: [Entry], headingLevel: Int = 2) {
        self.begrippen = begrippen
        self.headingLevel = headingLevel
        var letters: [Letter] = []
        for entry in begrippen {
            let letter = Self.letter(of: entry.afkorting ?? entry.term)
            if letters.last?.letter == letter {
                letters[letters.count - 1].begrippen.append(entry)
            } else {
                letters.append(Letter(letter: letter, anchor: ElementID.begrippenLetter(Slug.make(letter)).value, begrippen: [entry]))
            }
        }
        self.letters = letters
    }

    /// Only a first character beyond ASCII is folded (through Foundation, 5,000 instructions
    /// a begrip, for every begrippen list of the site; the whole name took 8,000).
    static func letter(of name: String) -> String {
        guard let initial = name.first else { return "#" }
        if initial.isASCII {
            if initial.isNumber { return "0–9" }
            return initial.isLetter ? initial.uppercased() : "#"
        }
        guard let first = String(initial).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).first else { return "#" }
        if first.isNumber { return "0–9" }
        return first.isLetter ? first.uppercased() : "#"
    }

    struct Entry: TemplateView {
        var anchor: String
        var term: String
        /// Only when it differs from the term, so a term is not followed by itself.
        var afkorting: String?
        /// The `betekenis` field as HTML (Markdown).
        var betekenis: String
        var hoortBij: LinkView?

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .anchor: anchor
            case .term: term
            case .afkorting: afkorting
            case .betekenis: betekenis
            case .hoortBij: hoortBij
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .begrippen: begrippen
        case .letters: letters
        case .headingLevel: headingLevel
        default: nil
        }
    }
}

extension RenderContext {
    /// The region's begrippen as HTML, for a bijlage with `toon: begrippen`.
    func begrippenList(_ r: Int, pageURL: String, headingLevel: Int = 2) -> String {
        theme.render("begrippenlijst", begrippenListView(r, pageURL: pageURL, headingLevel: headingLevel))
    }

    func begrippenListView(_ r: Int, pageURL: String, headingLevel: Int = 2) -> BegrippenListView {
        let reference = ReferenceContext(region: r)
        // Each name lowered once, not twice per comparison.
        let sorted = plan.begrippen[r].map { resolved -> (ResolvedBegrip, key: String) in
            let begrip = plan.begrip(resolved.ref)
            return (resolved, (begrip.afkorting ?? begrip.term).localizedLowercase)
        }.sorted { $0.key < $1.key }.map(\.0)
        return BegrippenListView(begrippen: sorted.map { resolved in
            let begrip = plan.begrip(resolved.ref)
            var hoortBij: LinkView?
            if case .target(let target, _)? = resolved.hoortBij?.resolution {
                hoortBij = LinkView(title: target.label, href: RelativeURL.href(to: target.url, fragment: target.fragment, from: pageURL))
            }
            return BegrippenListView.Entry(
                anchor: ElementID.begrip(begrip.id.value).value, term: begrip.term,
                afkorting: begrip.afkorting == begrip.term ? nil : begrip.afkorting,
                betekenis: rich(begrip.betekenis, pageURL: pageURL, context: reference), hoortBij: hoortBij)
        }, headingLevel: headingLevel)
    }
}
