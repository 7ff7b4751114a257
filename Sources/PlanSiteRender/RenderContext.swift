import Foundation
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// What every page renderer shares in one build: the resolved plan (every reference,
/// agenda cell, `werkt-aan`, `hoort-bij` and `vervangt` as the index stage resolved it, which
/// render reads instead of resolving strings again), the backlinks ("genoemd in"), the theme.
///
/// A class: the Markdown hooks, the agenda views and every page's helpers hold on to it, and
/// as a struct each of those copies retained every array and dictionary of the plan, the
/// site and the resolver inside it (`swift_retain` and `swift_release` were a fifth of a
/// build's CPU at 100×; with the context a class, 40 % fewer of their samples).
final class RenderContext: Sendable {
    let plan: ResolvedPlan
    /// The plan's site.
    let site: Site
    let theme: Theme
    /// For the links of texts the plan does not walk (see `hooks`).
    let resolver: ReferenceResolver
    /// Target key → the pages that link to it, in site order.
    let mentions: [String: [Mention]]
    /// Injected before `</body>` by the preview server; empty in a build.
    let reloadScript: String
    /// Rendered document contents lists, shared by the pages that show the same one.
    let contentsLists = FragmentCache<String>()
    /// A document's contents entries as the pages of one folder link them (`contentsList`).
    let contentsEntries = FragmentCache<SharedContentsEntries>()
    /// What a begrip's first use says on hover (`BegripUitleg`), by region and begrip id:
    /// made at every first use, it was 0.6 % of a 10× build's instructions (8,466 first uses
    /// of a few hundred begrippen).
    let begripUitleg = FragmentCache<String>()
    /// Each chapter's text before it is placed (`unplacedChapter`), by document and page.
    let chapterTexts = FragmentCache<UnplacedChapter>()
    /// Asked by the long pieces of work (the search index) between their parts; false when
    /// the preview no longer wants what it renders (a newer save came), so they stop early.
    let stillWanted: @Sendable () -> Bool

    typealias Mention = MentionIndex.Mention

    /// A context for rendering the plan's site.
    /// - Parameter mentions: the "genoemd in" lists when worked out beforehand (`MentionIndex`,
    ///   which the preview keeps up to date part by part, so rendering a few pages after an
    ///   edit does not join every list of the site again); nil makes them from the plan.
    init(plan: ResolvedPlan, theme: Theme, reloadScript: String = "", mentions: [String: [Mention]]? = nil,
         stillWanted: @escaping @Sendable () -> Bool = { true }) {
        self.plan = plan
        self.site = plan.site
        self.theme = theme
        self.resolver = ReferenceResolver(site: plan.site)
        self.reloadScript = reloadScript
        self.mentions = mentions ?? MentionIndex(plan: plan).merged
        self.stillWanted = stillWanted
    }

    // MARK: - Shared layout

    /// The layout every page starts from.
    /// - Parameter root: the way to the site root; 404.html, shown at any path, uses the
    ///   absolute `basis-url` instead of a relative one.
    /// - Parameter region: the region a page outside a document belongs to (a document's
    ///   pages belong to its region), named in the page's `<title>`.
    /// - Parameter fullContents: whether the page shows its document's whole contents list
    ///   (`inhoud`) or a link to it on the document's page (`inhoud-kort`). Entity pages,
    ///   two in three pages of a site, link: the list was a third of their bytes, and the
    ///   breadcrumbs and the pager already lead through the document.
    func layout(pageURL: String, title: String, breadcrumbs: [(String, String)], region: Int? = nil, document: (Int, Int)? = nil, currentTOC: String? = nil,
                onThisPage: [HeadingAnchor] = [], pager: (prev: (String, String)?, next: (String, String)?)? = nil, description: String? = nil,
                fullContents: Bool = true, root fixedRoot: String? = nil) -> LayoutView {
        let root = fixedRoot ?? RelativeURL.root(from: pageURL)
        let home = fixedRoot ?? RelativeURL.href(to: Route.home.url, from: pageURL)
        var crumbs = [LinkView(title: "Home", href: home)]
        for crumb in breadcrumbs.dropLast() {
            crumbs.append(LinkView(title: crumb.0, href: RelativeURL.href(to: crumb.1, from: pageURL)))
        }
        let visible = onThisPage.filter { $0.level == 2 || $0.level == 3 }
        var layout = LayoutView(
            title: title, headTitle: headTitle(title, region: document?.0 ?? region, document: document), siteTitle: site.config.titel, root: root, home: home,
            agendaHref: root + Route.nationalAgenda.url, gemeentenHref: root + Route.gemeenten.url,
            hasGemeenten: site.regions.contains { !$0.config.gemeenten.isEmpty }, accessibilityHref: root + Route.accessibility.url, sitemapHref: root + Route.sitemap.url,
            searchHref: root + Route.search.url,
            breadcrumbs: crumbs, currentTitle: breadcrumbs.last?.0 ?? "Home", hasBreadcrumbs: !breadcrumbs.isEmpty,
            hasAgenda: site.national != nil, reloadScript: reloadScript, description: description,
            onThisPage: visible.count >= 2 ? visible.map { OnThisPageItem(id: $0.id, text: $0.text, level: $0.level) } : nil,
            hasOnThisPage: visible.count >= 2, listsRenderedSections: document == nil)
        if let (r, d) = document {
            let doc = site.regions[r].documents[d]
            let frame = DocumentFrameView(title: doc.config.titel, href: RelativeURL.href(to: doc.url, from: pageURL),
                                          volledigHref: RelativeURL.href(to: doc.fullURL, from: pageURL), status: doc.config.status,
                                          isConcept: doc.config.status == "concept", versie: doc.config.versie.map(DocumentConfig.versieLabel))
            if fullContents {
                frame.contents = contentsList(doc, frame, pageURL: pageURL, current: currentTOC)
            } else {
                frame.contentsHref = RelativeURL.href(to: doc.url, fragment: ElementID.documentContents.value, from: pageURL)
                frame.contents = contentsLink(doc, frame, pageURL: pageURL)
            }
            frame.documentStatus = documentStatus(SymbolTable.DocumentAddress(region: r, document: d), pageURL: pageURL)
            layout.doc = frame
        }
        if let pager, pager.prev != nil || pager.next != nil {
            layout.pager = PagerView(prev: pager.prev.map { LinkView(title: $0.0, href: RelativeURL.href(to: $0.1, from: pageURL)) },
                                     next: pager.next.map { LinkView(title: $0.0, href: RelativeURL.href(to: $0.1, from: pageURL)) })
        }
        return layout
    }

    /// What the browser's tab, a bookmark and a search engine show: the page, its document
    /// and its region ("1 Inleiding – Regioprogramma Jeugd 2023–2028 – Rijk van Nijmegen"),
    /// or the page and the site outside a region. A part the page's own title already is
    /// (a document's own page) is not repeated.
    func headTitle(_ title: String, region: Int?, document: (Int, Int)?) -> String {
        var parts = [title]
        if let (r, d) = document { parts.append(site.regions[r].documents[d].config.titel) }
        if let region { parts.append(site.regions[region].config.naam) } else { parts.append(site.config.titel) }
        return parts.reduce(into: [String]()) { kept, part in if kept.last != part { kept.append(part) } }.joined(separator: " – ")
    }

    /// The document's status line and banner as the page at `pageURL` shows them.
    func documentStatus(_ address: SymbolTable.DocumentAddress, pageURL: String) -> DocumentStatusView {
        let doc = plan.document(address)
        let links = plan.documentLinks[address.region][address.document]
        let link = { [self] (resolved: ResolvedDocumentLinks.Link?) -> LinkView? in
            guard let target = resolved?.document.map({ plan.document($0) }) else { return nil }
            return LinkView(title: target.config.titel, href: RelativeURL.href(to: target.url, from: pageURL))
        }
        let isConcept = doc.config.status == "concept"
        return DocumentStatusView(line: DocumentStatusView.line(doc.config), isConcept: isConcept,
                                  vervangenDoor: link(links.vervangenDoor), geldend: isConcept ? link(links.vervangt) : nil)
    }

    /// The document's contents list: the frame (template `inhoud`) around one entry per
    /// chapter (template `inhoud-item`). The frame is the same for every page in the same folder
    /// with the same current chapter, such as all entity pages of a chapter; an entry is the
    /// same wherever its link and current state are. Each is rendered once: rendered per page,
    /// the list was the largest part of every layout.
    func contentsList(_ document: Document, _ frame: DocumentFrameView, pageURL: String, current: String?) -> String {
        // A link to the page itself is "./", so a page the list links to has its own list.
        let listed = pageURL == document.url || pageURL == document.fullURL || pageURL == document.agendaURL
            || document.pages.contains { $0.url == pageURL }
        let key = "\(current ?? "")|\(RelativeURL.folder(of: pageURL))|\(listed ? pageURL : "")"
        return contentsLists.value(in: document.key, for: key) {
            var items = ""
            var aboutItems = ""
            // Every page of a folder links an entry alike, unless the entry is the page itself
            // or below it ("./", "sub/"): those, and the current one, are rendered for the page.
            // (Looked up entry by entry, each page of a document did as much work as it has
            // entries, a fiftieth of a build at 100×.)
            let shared = contentsEntries.value(in: document.key, for: String(RelativeURL.folder(of: pageURL))) {
                SharedContentsEntries(madeFrom: pageURL, entries: tableOfContents(document, from: pageURL, current: nil).map { entry in
                    (entry, theme.render("inhoud-item", ContentsItemView(title: entry.title, href: entry.href, level: entry.level, current: false)))
                })
            }
            for (entry, sharedHTML) in shared.entries {
                let own = entry.url == current || entry.url.hasUTF8Prefix(pageURL) || entry.url.hasUTF8Prefix(shared.madeFrom)
                let html = own ? theme.render("inhoud-item", ContentsItemView(title: entry.title, href: RelativeURL.href(to: entry.url, from: pageURL),
                                                                               level: entry.level, current: entry.url == current))
                    : sharedHTML
                if entry.isAbout { aboutItems += html } else { items += html }
            }
            // The frame is shared by reference (a view class): its entries are set for the list alone.
            frame.items = items
            frame.aboutItems = aboutItems
            let html = theme.render("inhoud", frame)
            // Inserted as a block on its own line in the layout.
            return BlockHTML.withoutFinalNewline(html)
        }
    }

    /// The link to the document's contents (template `inhoud-kort`), the same for every page
    /// of the document's folder that shows it.
    func contentsLink(_ document: Document, _ frame: DocumentFrameView, pageURL: String) -> String {
        contentsLists.value(in: document.key, for: "kort|\(RelativeURL.folder(of: pageURL))") {
            let html = theme.render("inhoud-kort", frame)
            return BlockHTML.withoutFinalNewline(html)
        }
    }

    struct ContentsEntry {
        var title: String
        var url: String
        var href: String
        var level: Int
        var current: Bool
        /// About the edition, not part of the plan: the verantwoording.
        var isAbout = false
    }

    /// The document's contents: chapters nested by `nummer`, then generated pages.
    func tableOfContents(_ document: Document, from pageURL: String, current: String?) -> [ContentsEntry] {
        var entries: [ContentsEntry] = []
        for page in document.pages {
            let level = page.kind == .chapter ? min(3, (page.nummer?.split(separator: ".").count ?? 1)) : 1
            entries.append(ContentsEntry(title: page.displayTitle, url: page.url, href: RelativeURL.href(to: page.url, from: pageURL),
                                         level: level, current: page.url == current, isAbout: page.kind == .verantwoording))
        }
        if document.agenda != nil {
            let url = document.agendaURL
            entries.append(ContentsEntry(title: "Hervormingsagenda", url: url, href: RelativeURL.href(to: url, from: pageURL), level: 1, current: url == current))
        }
        return entries
    }

    /// The chapter pages in reading order, for previous/next.
    func neighbours(_ document: Document, of url: String) -> (prev: (String, String)?, next: (String, String)?) {
        // The pages are read in place and only the two neighbours' titles are made: mapping
        // every page to its title and URL copied each page, for every page of the document.
        let pages = document.pages
        let agendaURL = document.agenda != nil ? document.agendaURL : nil
        let count = pages.count + (agendaURL == nil ? 0 : 1)
        func entry(_ i: Int) -> (String, String) {
            i < pages.count ? (pages[i].displayTitle, pages[i].url) : ("Hervormingsagenda", agendaURL ?? "")
        }
        guard let i = (0..<count).first(where: { $0 < pages.count ? pages[$0].url == url : agendaURL == url }) else { return (nil, nil) }
        return (i > 0 ? entry(i - 1) : nil, i + 1 < count ? entry(i + 1) : nil)
    }

    /// A page: its own template rendered from its view, inside the layout.
    func page(_ template: String, _ view: some TemplateView, layout: LayoutView) -> String {
        var full = layout
        // Room reserved for the page as written (the median page is 6 kB, its main part less):
        // a page's output grown from empty was copied a dozen times on the way.
        full.main = theme.render(template, view, within: PageFrameView(documentStatus: layout.doc?.documentStatus), reserving: 8_192)
        if full.description == nil { full.description = MetaDescription.firstParagraph(of: full.main) }
        if full.onThisPage == nil, full.listsRenderedSections {
            // One section is worth a jump too: on a phone it skips the text above it.
            let sections = RenderedHeadings.sections(of: full.main)
            if !sections.isEmpty {
                full.onThisPage = sections
                full.hasOnThisPage = true
            }
        }
        full.hasMenu = full.hasMenu || full.doc != nil || full.hasOnThisPage
        return theme.render("layout", full, reserving: full.main.utf8.count + 8_192)
    }

    // MARK: - Markdown

    /// Hooks for rendering Markdown that is shown on `pageURL` and written in `context`.
    /// A link is shown as the plan resolved it where it is written. Only a text shown in a
    /// context the plan's references do not walk (`Site.linkOccurrences`) has its links
    /// resolved here, by the same resolver, so both give the same answer: the national
    /// maatregel and thema texts on a document's Hervormingsagenda page are rendered from
    /// that document (`AgendaViews.rich`), while the plan walks them once, nationally, so
    /// their links are mentions of the national pages only. (The bundled content has no such
    /// link: every link it renders comes from the plan.)
    /// - Parameter begripUses: the first uses of begrippen in the blocks about to be written,
    ///   given only where a whole Markdown page is written (`ResolvedPlan.begripUses`).
    func hooks(context: ReferenceContext, begripUses: [BegripUse] = []) -> MarkdownHTML.Hooks {
        let document = context.region.flatMap { r in context.document.map { site.regions[r].documents[$0] } }
        return MarkdownHTML.Hooks(
            link: { [self] link in
                switch plan.resolution(of: link.destination, from: context)?.resolution ?? resolver.resolve(link.destination, from: context) {
                case .external: return .fixed(href: link.destination, label: link.destination)
                case .problem: return nil
                case .target(let t): return .target(t)
                }
            },
            entity: { attribute in document?.entity(attribute) },
            begripUses: Dictionary(grouping: begripUses, by: \.text),
            begrip: { [self] ref in
                let region = site.regions[ref.region]
                let begrip = region.begrippen[ref.index]
                return MarkdownHTML.BegripLink(
                    entryURL: region.begrippenURL, entryID: ElementID.begrip(begrip.id.value).value,
                    uitlegID: ElementID.begripUitleg(begrip.id.value).value, term: begrip.term, afkorting: begrip.afkorting,
                    uitleg: begripUitleg.value(in: region.slug, for: begrip.id.value) {
                        BegripUitleg.text(begrip, betekenis: plan.begrippen[ref.region][ref.index].betekenisText)
                    })
            })
    }

    /// The whole Markdown page `context` names, as every page that shows it writes it: with
    /// its begrippen's first uses.
    func pageHooks(context: ReferenceContext) -> MarkdownHTML.Hooks {
        guard let r = context.region, let d = context.document, let p = context.page else { return hooks(context: context) }
        return hooks(context: context, begripUses: plan.begripUses(region: r, document: d, page: p))
    }

    /// The page `pageURL` as the place of Markdown written in `context`: a heading
    /// `{#ha-thema:N}` gets the document's answers to the thema, as this page shows them.
    func placement(pageURL: String, context: ReferenceContext, full: FullDocumentMapping? = nil, levelShift: Int = 0) -> HTMLPlacement {
        HTMLPlacement(pageURL: pageURL, full: full, levelShift: levelShift, agenda: { [self] thema, level in
            guard let r = context.region, let d = context.document else { return "" }
            return AgendaViews(context: self, region: r, document: d, pageURL: pageURL, full: full).themaAnswers(thema, headingLevel: level + 1)
        })
    }

    /// A renderer for a YAML field's Markdown written in `context` and shown on `pageURL`,
    /// which fills what depends on the page as it writes; short texts, so nothing is reserved.
    func markdown(pageURL: String, context: ReferenceContext, full: FullDocumentMapping? = nil) -> MarkdownHTML {
        MarkdownHTML(hooks: hooks(context: context), placement: placement(pageURL: pageURL, context: context, full: full), capacity: 0)
    }

    /// A chapter's text and notes as each page that shows the whole of it has them before
    /// they are placed: its own page and `volledig/` (which the page registry lists after the
    /// chapters, so that it finds them here).
    func unplacedChapter(_ r: Int, _ d: Int, _ p: Int) -> UnplacedChapter {
        let doc = site.regions[r].documents[d]
        return chapterTexts.value(in: doc.url, for: String(p)) {
            var renderer = MarkdownHTML(hooks: pageHooks(context: ReferenceContext(region: r, document: d, page: p)), placement: nil)
            renderer.render(doc.pages[p].blocks)
            return UnplacedChapter(body: renderer.out, footnotes: renderer.footnotes())
        }
    }

    /// A whole Markdown page's blocks as its page shows them.
    func html(_ blocks: [Block], pageURL: String, context: ReferenceContext) -> String {
        let placement = placement(pageURL: pageURL, context: context)
        var renderer = MarkdownHTML(hooks: pageHooks(context: context), placement: placement)
        renderer.render(blocks)
        return renderer.html + renderer.footnotes().section(placedBy: placement)
    }

    /// A YAML Markdown field; a single paragraph is rendered without `<p>` when `inline`.
    func rich(_ text: RichText?, pageURL: String, context: ReferenceContext, inline: Bool = false) -> String {
        guard let text else { return "" }
        var renderer = markdown(pageURL: pageURL, context: context)
        if inline, let inlines = text.inlineContent {
            renderer.render(inlines)
            return renderer.html
        }
        renderer.render(text.blocks)
        return renderer.html
    }

    /// "Genoemd in" as HTML (`genoemd-in.mustache`): the pages that link to the target `key`
    /// (a `MentionKey`), for its own page.
    func mentionsHTML(_ key: String, pageURL: String, headingLevel: Int = 2) -> String {
        let list = (mentions[key] ?? []).map { LinkView(title: $0.title, href: RelativeURL.href(to: $0.url, from: pageURL)) }
        return theme.render("genoemd-in", MentionsView(headingLevel: headingLevel, hasMentions: !list.isEmpty, mentions: list))
    }
}

extension DocumentConfig {
    /// The version as the status line shows it after a `·`: "versie 1.2", or the editor's
    /// own words when they say "versie" already ("publicatieversie van 19-09-2023", which
    /// read "versie publicatieversie …").
    static func versieLabel(_ versie: String) -> String {
        versie.lowercased().contains("versie") ? versie : "versie " + versie
    }

    var soortLabel: String {
        switch soort {
        case "uitvoeringsplan": "Regionaal uitvoeringsplan"
        case "regiovisie": "Regiovisie"
        case "regioprogramma": "Regioprogramma"
        case "regionale-uitvoering": "Regionale uitvoering"
        default: "Document"
        }
    }

    /// The period ("2023–2028"), or the year of a document that covers none.
    var periodeText: String? {
        guard let van = periodeVan else { return jaar.map(String.init) }
        guard let tot = periodeTot, tot != van else { return String(van) }
        return "\(van)–\(tot)"
    }
}

/// A document's contents entries, each rendered as linked from `madeFrom`: right for every
/// page of its folder but for entries at or below that page or the page itself.
struct SharedContentsEntries {
    var madeFrom: String
    var entries: [(entry: RenderContext.ContentsEntry, html: String)]
}

/// Rendered fragments by group and key, filled by whichever render worker needs one first.
final class FragmentCache<Value>: @unchecked Sendable {
    /// Group (a document; a region for the begrippen's hover texts) → key → fragment; the
    /// groups in the order they were first filled, the oldest dropped first.
    private var groups: [String: [String: Value]] = [:]
    private var order: [String] = []
    private let lock = NSLock()

    /// Groups kept: pages are rendered in site order, so a document's fragments are asked
    /// for while its pages are rendered and seldom after. Kept for every document they made
    /// 23 MB at 100×; a group dropped too soon is only rendered again.
    static var groupsKept: Int { 16 }

    func value(in group: String, for key: String, render: () -> Value) -> Value {
        lock.lock()
        if let known = groups[group]?[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        // Rendered outside the lock; two workers may both render it, with the same result.
        let made = render()
        lock.lock()
        if groups[group] == nil {
            order.append(group)
            if order.count > Self.groupsKept { groups[order.removeFirst()] = nil }
        }
        groups[group, default: [:]][key] = made
        lock.unlock()
        return made
    }
}
