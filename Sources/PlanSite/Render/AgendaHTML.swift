/// The Hervormingsagenda as one document answers it: per maatregel the printed plans' table
/// (one column per top-level entity), and the matrix of all maatregelen × columns.
struct AgendaHTML {
    let context: RenderContext
    let region: Int
    let document: Int
    let pageURL: String
    var full: FullDocumentMapping?

    init(context: RenderContext, region: Int, document: Int, pageURL: String, full: FullDocumentMapping? = nil) {
        self.context = context
        self.region = region
        self.document = document
        self.pageURL = pageURL
        self.full = full
    }

    var doc: Document { context.site.regions[region].documents[document] }
    var reference: ReferenceContext { ReferenceContext(region: region, document: document) }

    func id(_ raw: String) -> String { full?.prefixed(raw) ?? raw }

    func answer(_ maatregel: String) -> DocumentAgenda.Answer? {
        doc.agenda?.maatregelen.first { $0.maatregel.value == maatregel }
    }

    /// The top-level entities, the columns of every table, in numeric order.
    var columns: [Entity] {
        doc.topEntities.sorted { (Int($0.number) ?? 0, $0.number) < (Int($1.number) ?? 0, $1.number) }
    }

    func href(_ entity: Entity) -> String {
        if let full { return "#" + (full.localAnchor(forEntity: entity) ?? entity.anchor) }
        return RelativeURL.href(to: entity.url, from: pageURL)
    }

    func rich(_ text: RichText?, inline: Bool = false) -> String {
        guard let text else { return "" }
        var renderer = MarkdownHTML(hooks: context.hooks(pageURL: pageURL, context: reference, full: full))
        if inline, let inlines = text.inlineContent { renderer.render(inlines); return renderer.out }
        renderer.render(text.blocks)
        return renderer.out
    }

    /// What a chapter shows after a `{#ha-thema:N}` heading.
    func themaAnswers(_ themaID: String, headingLevel: Int) -> String {
        guard let thema = context.site.national?.thema(themaID) else { return "" }
        var out = rich(thema.tekst)
        if let answer = doc.agenda?.themas.first(where: { $0.thema.value == themaID }) {
            out += themaAnswer(answer)
        }
        for maatregel in thema.maatregelen {
            out += maatregelSection(maatregel, headingLevel: headingLevel)
        }
        return out
    }

    func themaAnswer(_ answer: DocumentAgenda.ThemaAnswer) -> String {
        var out = "<div class=\"thema-antwoord\">"
        out += rich(answer.toelichting)
        let entities = answer.onderdelen.compactMap { ref in doc.entities.first { $0.number == ref.value } }
        if !entities.isEmpty {
            out += "<p>Hieraan werkt: " + entities.map { "<a href=\"\(HTMLEscape.attribute(href($0)))\">\(HTMLEscape.text($0.fullTitle))</a>" }.joined(separator: "; ") + ".</p>"
        }
        return out + "</div>\n"
    }

    func maatregelSection(_ maatregel: NationalAgenda.Maatregel, headingLevel: Int) -> String {
        let mid = maatregel.id.value
        let sectionID = id(ElementID.maatregel(mid).value)
        let level = min(6, headingLevel)
        var out = "<section class=\"maatregel\" id=\"\(HTMLEscape.attribute(sectionID))\" aria-labelledby=\"\(HTMLEscape.attribute(sectionID))-titel\">\n"
        out += "<h\(level) id=\"\(HTMLEscape.attribute(sectionID))-titel\">Maatregel \(HTMLEscape.text(mid)) \(HTMLEscape.text(maatregel.titel))</h\(level)>\n"
        out += rich(maatregel.tekst)
        if let national = Optional(RelativeURL.href(to: Route.nationalMaatregel(mid).url, from: pageURL)), full == nil {
            out += "<p class=\"maatregel-landelijk\"><a href=\"\(HTMLEscape.attribute(national))\">Antwoorden van alle regio's op maatregel \(HTMLEscape.text(mid))</a></p>\n"
        }
        if let answer = answer(mid) {
            out += rich(answer.toelichting)
            if !answer.cells.isEmpty { out += table(maatregel, answer) }
        }
        return out + "</section>\n"
    }

    /// `idSuffix` keeps the caption id unique where several documents' tables share a page.
    func table(_ maatregel: NationalAgenda.Maatregel, _ answer: DocumentAgenda.Answer, idSuffix: String = "") -> String {
        let mid = maatregel.id.value
        let captionID = id("tabel-" + ElementID.maatregel(mid).value) + idSuffix
        let columns = self.columns
        let niveau = columns.first?.niveau.lowercased() ?? "onderdeel"
        var out = "<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(HTMLEscape.attribute(captionID))\">\n<table class=\"maatregel-tabel\">\n"
        out += "<caption id=\"\(HTMLEscape.attribute(captionID))\">Bijdrage per \(HTMLEscape.text(niveau)) aan maatregel \(HTMLEscape.text(mid))</caption>\n<thead><tr>"
        for column in columns {
            out += "<th scope=\"col\"><a href=\"\(HTMLEscape.attribute(href(column)))\">\(HTMLEscape.text(column.label))</a></th>"
        }
        out += "</tr></thead>\n<tbody><tr>"
        for column in columns {
            let cells = answer.cells.filter { $0.column.value == column.number }
            out += "<td>"
            out += cells.map(cellHTML).joined(separator: "")
            out += "</td>"
        }
        out += "</tr></tbody>\n</table>\n</div>\n"
        return out
    }

    func cellHTML(_ cell: DocumentAgenda.Cell) -> String {
        var parts: [String] = []
        if cell.geheel, let column = doc.entities.first(where: { $0.level == 1 && $0.number == cell.column.value }) {
            parts.append("<p><a href=\"\(HTMLEscape.attribute(href(column)))\">Hele \(HTMLEscape.text(column.label.lowercasedFirst))</a></p>")
        }
        if !cell.onderdelen.isEmpty || !cell.perOnderdeel.isEmpty {
            var items: [String] = []
            var numbers = cell.onderdelen.map(\.value)
            for (o, _) in cell.perOnderdeel where !numbers.contains(o.value) { numbers.append(o.value) }
            for number in numbers {
                let text = cell.perOnderdeel.first { $0.onderdeel.value == number }.map { ": " + rich($0.tekst, inline: true) } ?? ""
                if let entity = doc.entities.first(where: { $0.number == number && $0.level > 1 }) {
                    items.append("<li><a href=\"\(HTMLEscape.attribute(href(entity)))\">\(HTMLEscape.text(entity.label))</a>\(text)</li>")
                } else {
                    items.append("<li>\(HTMLEscape.text(number))\(text)</li>")
                }
            }
            parts.append("<ul>" + items.joined() + "</ul>")
        }
        if let tekst = cell.tekst { parts.append("<p>" + rich(tekst, inline: true) + "</p>") }
        return parts.joined()
    }

    /// All maatregelen × columns: which column answers which maatregel.
    func matrix() -> String {
        guard let national = context.site.national else { return "" }
        let columns = self.columns
        var out = "<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"matrix-titel\">\n<table class=\"matrix\">\n"
        out += "<caption id=\"matrix-titel\">Maatregelen van de Hervormingsagenda en de \(HTMLEscape.text((columns.first?.niveau.lowercased() ?? "onderdelen"))) die eraan bijdragen</caption>\n"
        out += "<thead><tr><th scope=\"col\">Maatregel</th>"
        for column in columns { out += "<th scope=\"col\"><a href=\"\(HTMLEscape.attribute(href(column)))\">\(HTMLEscape.text(column.label))</a></th>" }
        out += "</tr></thead>\n<tbody>\n"
        let agendaURL = doc.agendaURL
        for maatregel in national.maatregelen {
            let mid = maatregel.id.value
            let anchor = ElementID.maatregel(mid).value
            out += "<tr><th scope=\"row\"><a href=\"\(HTMLEscape.attribute(RelativeURL.href(to: agendaURL, fragment: anchor, from: pageURL)))\">\(HTMLEscape.text(mid))</a> \(HTMLEscape.text(maatregel.titel))</th>"
            let answer = self.answer(mid)
            for column in columns {
                let cells = answer?.cells.filter { $0.column.value == column.number } ?? []
                if cells.isEmpty {
                    out += "<td><span class=\"visually-hidden\">geen bijdrage</span></td>"
                } else if cells.contains(where: \.geheel) {
                    out += "<td class=\"geheel\">geheel</td>"
                } else {
                    let numbers = cells.flatMap { $0.onderdelen.map(\.value) + $0.perOnderdeel.map(\.onderdeel.value) }
                    out += "<td>" + (numbers.isEmpty ? "ja" : HTMLEscape.text(numbers.uniqued().joined(separator: ", "))) + "</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>\n"
    }
}
