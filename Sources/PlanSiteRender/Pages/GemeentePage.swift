import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `gemeenten/<slug>/`: one gemeente, wherever the plans name it. The regions that list it
/// and their documents; every place in every document that names it, quoted short with the
/// name marked and linked to exactly that place (`GemeentePlace.anchor`); the table rows
/// that name it with their column headers (a budget or a figure per gemeente); and the
/// gremia that name it among their members. Everything it shows the resolved plan found
/// (`ResolvedPlan.gemeenten`); this file only lays it out.
struct GemeentePage: TemplatePage {
    static let template = "gemeente"

    var slug: String
    var route: Route { .gemeente(slug) }
    /// The places that name it (the preview re-renders the page when they change).
    var reads: [PageInput] { [.gemeente(slug)] }

    static func pages(of site: Site, at scope: PageScope) -> [GemeentePage] {
        guard scope == .site else { return [] }
        return GemeenteNames(regions: site.regions.map(\.config)).gemeenten.map { GemeentePage(slug: $0.slug) }
    }

    /// How many places, as the pages say it: "genoemd op 3 plaatsen".
    static func placesText(_ count: Int) -> String {
        switch count {
        case 0: "niet genoemd in de tekst"
        case 1: "genoemd op 1 plaats"
        default: "genoemd op \(count) plaatsen"
        }
    }

    /// Characters of context kept on each side of a name in a quote.
    static let quoteContext = 70

    func view(in context: RenderContext) -> PageView<GemeenteView>? {
        guard let gemeente = context.plan.gemeente(slug: slug) else { return nil }
        let url = route.url
        let site = context.site
        let regions = gemeente.regions.map { r in
            let region = site.regions[r]
            return GemeenteView.Region(regio: region.config.naam, href: RelativeURL.href(to: region.url, from: url),
                                       documents: context.documentList(region, from: url))
        }
        // The places, grouped by document in site order.
        var documents: [GemeenteView.Document] = []
        var rows: [GemeenteView.TableRow] = []
        for ref in gemeente.places {
            let document = site.regions[ref.page.region].documents[ref.page.document]
            let page = document.pages[ref.page.page]
            let place = context.plan.place(ref)
            let href = RelativeURL.href(to: page.url, fragment: place.anchor, from: url)
            let item = GemeenteView.Place(href: href, where: Self.whereText(page: page, place: place), kind: Self.kindLabel(place.kind),
                                          quote: Self.quote(place, gemeente: slug))
            let key = document.key
            if documents.last?.key != key {
                documents.append(GemeenteView.Document(key: key, id: ElementID.documentPlaces(region: document.regionSlug, document: document.slug).value,
                                                       titel: document.config.titel, regio: site.regions[ref.page.region].config.naam,
                                                       href: RelativeURL.href(to: document.url, from: url), places: []))
            }
            documents[documents.count - 1].places.append(item)
            // Figures from the plans themselves: the verantwoording's tables are about the text.
            if place.kind == .tableRow, page.kind != .verantwoording, let table = place.table,
               let row = Self.figures(table, place: place, gemeente: slug) {
                rows.append(GemeenteView.TableRow(label: table.label, href: href, document: document.config.titel, cells: row))
            }
        }
        let gremia = gemeente.gremia.map { membership in
            let region = site.regions[membership.gremium.region]
            let gremium = context.plan.gremium(membership.gremium)
            return GemeenteView.Gremium(naam: gremium.naam, afkorting: gremium.afkorting,
                                        href: RelativeURL.href(to: Route.overlegvormen(region: region.slug).url,
                                                               fragment: ElementID.gremium(gremium.id.value).value, from: url),
                                        regio: region.config.naam,
                                        how: membership.how == .member ? "\(gemeente.naam) is lid" : "draagt de naam")
        }
        let view = GemeenteView(
            naam: gemeente.naam, andereNamen: gemeente.andereNamen.isEmpty ? nil : gemeente.andereNamen.joined(separator: ", "),
            summary: Self.placesText(gemeente.places.count) + (documents.count > 1 ? " in \(documents.count) documenten" : ""),
            regions: regions, documents: documents, rows: rows, gremia: gremia,
            indexHref: RelativeURL.href(to: Route.gemeenten.url, from: url))
        let layout = context.layout(pageURL: url, title: "Gemeente \(gemeente.naam)",
                                    breadcrumbs: [("Gemeenten", Route.gemeenten.url), (gemeente.naam, url)],
                                    description: "Waar de plannen de gemeente \(gemeente.naam) noemen.")
        return PageView(main: view, layout: layout)
    }

    /// "3.2 Opgave 2 › Het ontlasten van kwetsbare gezinnen": the page and the section.
    static func whereText(page: Page, place: GemeentePlace) -> String {
        guard let section = place.section, section != page.titel, section != page.displayTitle else { return page.displayTitle }
        return page.displayTitle + " \u{203A} " + section
    }

    static func kindLabel(_ kind: GemeentePlace.Kind) -> String {
        switch kind {
        case .heading: "kop"
        case .paragraph: "alinea"
        case .listItem: "opsomming"
        case .tableHeader: "tabelkop"
        case .tableRow: "tabelrij"
        case .caption: "tabeltitel"
        case .footnote: "voetnoot"
        }
    }

    /// The place's text around each naming of `gemeente`, the name marked: windows of
    /// `quoteContext` characters each side, cut at a space, joined by "…" where text is left out.
    static func quote(_ place: GemeentePlace, gemeente: String) -> [GemeenteView.Segment] {
        let spans = place.names.filter { $0.gemeente == gemeente }
        let text = place.text
        // Offsets count characters; the text is cut from its UTF-8, where each character
        // starts. In ASCII text, nearly every place of a Dutch plan, a character is a byte;
        // in the rest nearly always a scalar (`SeparateScalars`: é, ë, ’, – need no grapheme
        // breaking, which was a percent of a build's instructions here).
        // (Made an array of characters and put back together character by character, the
        // quotes were half of a gemeente page's render time at 100×.)
        let utf8 = Array(text.utf8)
        var starts: [Int]? = nil
        if !utf8.withUnsafeBufferPointer(ByteWord.allASCII) {
            var found = utf8.withUnsafeBufferPointer { SeparateScalars.starts($0) }
                ?? text.indices.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
            found.append(utf8.count)
            starts = found
        }
        let characters = (starts?.count).map { $0 - 1 } ?? utf8.count
        let byte = { (character: Int) in starts?[character] ?? character }
        return quote(count: characters, spans: spans,
                     isSpace: { utf8[byte($0)] == UInt8(ascii: " ") && byte($0 + 1) == byte($0) + 1 },
                     string: { String(decoding: utf8[byte($0.lowerBound)..<byte($0.upperBound)], as: UTF8.self) })
    }

    /// `quote` over a text of `count` characters.
    private static func quote(count: Int, spans: [NamedSpan], isSpace: (Int) -> Bool, string: (Range<Int>) -> String) -> [GemeenteView.Segment] {
        var windows: [(start: Int, end: Int)] = []
        for span in spans {
            var start = max(0, span.start - quoteContext)
            var end = min(count, span.start + span.count + quoteContext)
            if start > 0 { while start < span.start, !isSpace(start - 1) { start += 1 } }
            if end < count { while end > span.start + span.count, !isSpace(end) { end -= 1 } }
            if let last = windows.last, start <= last.end {
                windows[windows.count - 1].end = max(last.end, end)
            } else {
                windows.append((start, end))
            }
        }
        var out: [GemeenteView.Segment] = []
        func plain(_ s: String) {
            guard !s.isEmpty else { return }
            if let last = out.last, !last.mark { out[out.count - 1].text += s } else { out.append(.init(text: s, mark: false)) }
        }
        for (w, window) in windows.enumerated() {
            plain(window.start > 0 ? (w == 0 ? "\u{2026} " : " \u{2026} ") : "")
            var at = window.start
            for span in spans where span.start >= window.start && span.start + span.count <= window.end {
                plain(string(at..<span.start))
                out.append(.init(text: string(span.start..<(span.start + span.count)), mark: true))
                at = span.start + span.count
            }
            plain(string(at..<window.end))
        }
        if let last = windows.last, last.end < count { plain(" \u{2026}") }
        return out
    }

    /// A table row's cells with their column headers, when a cell other than the one that
    /// names the gemeente holds a figure (an amount, a percentage, a year); nil otherwise.
    static func figures(_ table: TableContext, place: GemeentePlace, gemeente: String) -> [GemeenteView.Cell]? {
        // Where each cell lies in the row's text (cells joined by " · ").
        var ranges: [Range<Int>] = []
        var start = 0
        for cell in table.cells {
            ranges.append(start..<(start + cell.count))
            start += cell.count + 3
        }
        let naming = Set(place.names.filter { $0.gemeente == gemeente }.compactMap { span in ranges.firstIndex { $0.contains(span.start) } })
        // A figure: digits with at most a unit around them ("€ 100", "10,5%", "2021", "€ 1,2 mln").
        let isFigure = { (cell: String) in cell.contains(where: \.isNumber) && cell.filter(\.isLetter).count <= 4 }
        let hasFigure = table.cells.indices.contains { !naming.contains($0) && isFigure(table.cells[$0]) }
        guard hasFigure else { return nil }
        return table.cells.enumerated().map { c, cell in
            GemeenteView.Cell(header: c < table.headers.count && !table.headers[c].isEmpty ? table.headers[c] : "Kolom \(c + 1)",
                              value: cell.isEmpty ? "\u{2013}" : cell)
        }
    }
}

/// What `gemeente.mustache` reads.
struct GemeenteView: TemplateView {
    var naam: String
    var andereNamen: String?
    var summary: String
    var regions: [Region]
    var documents: [Document]
    var rows: [TableRow]
    var gremia: [Gremium]
    var indexHref: String

    struct Region: TemplateView {
        var regio: String
        var href: String
        var documents: [DocumentListItem]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .regio: regio
            case .href: href
            case .documents: documents
            default: nil
            }
        }
    }

    struct Document: TemplateView {
        var key: String
        /// The id of its heading (`ElementID.documentPlaces`).
        var id: String
        var titel: String
        var regio: String
        var href: String
        var places: [Place]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .key: key
            case .id: id
            case .titel: titel
            case .regio: regio
            case .href: href
            case .places: places
            default: nil
            }
        }
    }

    struct Place: TemplateView {
        var href: String
        var `where`: String
        var kind: String
        var quote: [Segment]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .href: href
            case .`where`: `where`
            case .kind: kind
            case .quote: quote
            default: nil
            }
        }
    }

    /// A piece of a quote; `mark` for the gemeente's name.
    struct Segment: TemplateView {
        var text: String
        var mark: Bool

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .text: text
            case .mark: mark
            default: nil
            }
        }
    }

    struct TableRow: TemplateView {
        var label: String
        var href: String
        var document: String
        var cells: [Cell]

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .label: label
            case .href: href
            case .document: document
            case .cells: cells
            default: nil
            }
        }
    }

    struct Cell: TemplateView {
        var header: String
        var value: String

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .header: header
            case .value: value
            default: nil
            }
        }
    }

    struct Gremium: TemplateView {
        var naam: String
        var afkorting: String?
        var href: String
        var regio: String
        var how: String

        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
            switch field {
            case .naam: naam
            case .afkorting: afkorting
            case .href: href
            case .regio: regio
            case .how: how
            default: nil
            }
        }
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .naam: naam
        case .andereNamen: andereNamen
        case .summary: summary
        case .regions: regions
        case .documents: documents
        case .rows: rows
        case .gremia: gremia
        case .indexHref: indexHref
        default: nil
        }
    }
}
