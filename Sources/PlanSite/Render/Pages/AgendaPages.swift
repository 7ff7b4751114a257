/// The Hervormingsagenda pages: per document (its answers, and the matrix), and national
/// (per thema and per maatregel, every document's answer side by side).
struct DocumentAgendaPage: SitePage {
    var region: Int
    var document: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [DocumentAgendaPage] {
        guard case .document(let r, let d) = scope else { return [] }
        let doc = site.regions[r].documents[d]
        guard doc.agenda != nil else { return [] }
        return [DocumentAgendaPage(region: r, document: d, route: .documentAgenda(region: doc.regionSlug, document: doc.slug))]
    }

    var reads: [PageInput] { [] }

    func render(in context: RenderContext) -> OutputFile? {
        context.documentAgendaPage(region, document)
    }
}

struct MatrixPage: SitePage {
    var region: Int
    var document: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [MatrixPage] {
        guard case .document(let r, let d) = scope else { return [] }
        let doc = site.regions[r].documents[d]
        guard doc.agenda != nil else { return [] }
        return [MatrixPage(region: r, document: d, route: .matrix(region: doc.regionSlug, document: doc.slug))]
    }

    var reads: [PageInput] { [] }

    func render(in context: RenderContext) -> OutputFile? {
        context.matrixPage(region, document)
    }
}

struct NationalAgendaPage: SitePage {
    static func pages(of site: Site, at scope: PageScope) -> [NationalAgendaPage] {
        scope == .national && site.national != nil ? [NationalAgendaPage()] : []
    }

    var route: Route { .nationalAgenda }
    var reads: [PageInput] { [] }

    func render(in context: RenderContext) -> OutputFile? {
        context.nationalIndexPage()
    }
}

struct NationalThemaPage: SitePage {
    var thema: Int
    var route: Route

    static func pages(of site: Site, at scope: PageScope) -> [NationalThemaPage] {
        guard scope == .national, let national = site.national else { return [] }
        return national.themas.indices.map { NationalThemaPage(thema: $0, route: .nationalThema(national.themas[$0].id.value)) }
    }

    var reads: [PageInput] { [] }

    func render(in context: RenderContext) -> OutputFile? {
        context.nationalThemaPage(thema)
    }
}

struct NationalMaatregelPage: SitePage {
    var maatregel: String
    var route: Route { .nationalMaatregel(maatregel) }
    var reads: [PageInput] { [.mentions(MentionKey.national(kind: "maatregel", id: maatregel))] }

    static func pages(of site: Site, at scope: PageScope) -> [NationalMaatregelPage] {
        guard scope == .national, let national = site.national else { return [] }
        return national.maatregelen.map { NationalMaatregelPage(maatregel: $0.id.value) }
    }

    func render(in context: RenderContext) -> OutputFile? {
        context.site.national?.maatregel(maatregel).map(context.nationalMaatregelPage)
    }
}

extension RenderContext {
    func documentAgendaPage(_ r: Int, _ d: Int) -> OutputFile {
        let region = site.regions[r]
        let doc = region.documents[d]
        let url = doc.agendaURL
        let agenda = AgendaHTML(context: self, region: r, document: d, pageURL: url)
        var body = "<p class=\"inleiding\">Hoe \(HTMLEscape.text(doc.config.titel)) bijdraagt aan de maatregelen van de Hervormingsagenda Jeugd.</p>\n"
        body += "<p><a href=\"\(HTMLEscape.attribute(RelativeURL.shortest(to: doc.matrixURL, from: url)))\">Alle maatregelen en \(HTMLEscape.text(doc.config.niveaus.first.map { $0.value.lowercased() + "n" } ?? "onderdelen")) in één tabel</a></p>\n"
        var onThisPage: [HeadingAnchor] = []
        for thema in site.national?.themas ?? [] {
            let id = ElementID.thema(thema.id.value).value
            body += "<h2 id=\"\(HTMLEscape.attribute(id))\">Thema \(HTMLEscape.text(thema.id.value)) \(HTMLEscape.text(thema.titel))</h2>\n"
            onThisPage.append(HeadingAnchor(id: id, level: 2, text: "Thema \(thema.id.value)", location: thema.id.location))
            if let answer = doc.agenda?.themas.first(where: { $0.thema.value == thema.id.value }) { body += agenda.themaAnswer(answer) }
            for maatregel in thema.maatregelen { body += agenda.maatregelSection(maatregel, headingLevel: 3) }
        }
        let title = "Hervormingsagenda Jeugd"
        let layout = self.layout(pageURL: url, title: "\(title) – \(doc.config.titel)",
                                 breadcrumbs: [(region.config.naam, region.url), (doc.config.titel, doc.url), (title, url)],
                                 document: (r, d), currentTOC: url, onThisPage: onThisPage, pager: neighbours(doc, of: url))
        return OutputFile(path: Route.file(forURL: url), text: page("simple", SimpleView(title: title, body: body), layout: layout))
    }

    func matrixPage(_ r: Int, _ d: Int) -> OutputFile {
        let region = site.regions[r]
        let doc = region.documents[d]
        let url = doc.matrixURL
        let agenda = AgendaHTML(context: self, region: r, document: d, pageURL: url)
        let body = "<p class=\"inleiding\">Per maatregel van de Hervormingsagenda Jeugd: welke onderdelen van \(HTMLEscape.text(doc.config.titel)) eraan bijdragen. “geheel” betekent het hele onderdeel; getallen noemen de onderdelen.</p>\n" + agenda.matrix()
        let title = "Matrix: maatregelen en onderdelen"
        let layout = self.layout(pageURL: url, title: "\(title) – \(doc.config.titel)",
                                 breadcrumbs: [(region.config.naam, region.url), (doc.config.titel, doc.url), ("Hervormingsagenda Jeugd", doc.agendaURL), ("Matrix", url)],
                                 document: (r, d), currentTOC: doc.agendaURL)
        return OutputFile(path: Route.file(forURL: url), text: page("simple", SimpleView(title: title, body: body), layout: layout))
    }

    /// Documents that publish a mapping, in site order.
    var answeringDocuments: [(Int, Int)] {
        site.regions.indices.flatMap { r in site.regions[r].documents.indices.compactMap { d in site.regions[r].documents[d].agenda == nil ? nil : (r, d) } }
    }

    var silentDocuments: [Document] {
        site.regions.flatMap { $0.documents.filter { $0.agenda == nil } }
    }

    func nationalIndexPage() -> OutputFile? {
        guard let national = site.national else { return nil }
        let url = Route.nationalAgenda.url
        var body = "<p class=\"inleiding\">De Hervormingsagenda Jeugd 2023–2028 in \(national.themas.count) thema's en \(national.maatregelen.count) maatregelen, met de antwoorden van de regio's.</p>\n"
        for thema in national.themas {
            body += "<h2 id=\"\(HTMLEscape.attribute(ElementID.thema(thema.id.value).value))\"><a href=\"\(HTMLEscape.attribute(RelativeURL.shortest(to: Route.nationalThema(thema.id.value).url, from: url)))\">Thema \(HTMLEscape.text(thema.id.value)) \(HTMLEscape.text(thema.titel))</a></h2>\n<ul>\n"
            for m in thema.maatregelen {
                let count = answers(to: m.id.value).count
                body += "<li><a href=\"\(HTMLEscape.attribute(RelativeURL.shortest(to: Route.nationalMaatregel(m.id.value).url, from: url)))\">Maatregel \(HTMLEscape.text(m.id.value))</a> \(HTMLEscape.text(m.titel)) <span class=\"kenmerk\">(\(count) \(count == 1 ? "antwoord" : "antwoorden"))</span></li>\n"
            }
            body += "</ul>\n"
        }
        let layout = self.layout(pageURL: url, title: "Hervormingsagenda Jeugd", breadcrumbs: [("Hervormingsagenda Jeugd", url)])
        return OutputFile(path: Route.file(forURL: url), text: page("simple", SimpleView(title: "Hervormingsagenda Jeugd", body: body), layout: layout))
    }

    /// The documents that answer a maatregel with cells or a toelichting.
    func answers(to maatregel: String) -> [(Int, Int, DocumentAgenda.Answer)] {
        answeringDocuments.compactMap { r, d in
            guard let answer = site.regions[r].documents[d].agenda?.maatregelen.first(where: { $0.maatregel.value == maatregel }),
                  !answer.cells.isEmpty || answer.toelichting != nil else { return nil }
            return (r, d, answer)
        }
    }

    func nationalThemaPage(_ t: Int) -> OutputFile? {
        guard let national = site.national else { return nil }
        let thema = national.themas[t]
        let url = Route.nationalThema(thema.id.value).url
        var body = rich(thema.tekst, pageURL: url, context: ReferenceContext.national)
        body += "<h2>Maatregelen</h2>\n<ul>\n"
        for m in thema.maatregelen {
            body += "<li><a href=\"\(HTMLEscape.attribute(RelativeURL.shortest(to: Route.nationalMaatregel(m.id.value).url, from: url)))\">Maatregel \(HTMLEscape.text(m.id.value))</a> \(HTMLEscape.text(m.titel))</li>\n"
        }
        body += "</ul>\n<h2>Wat de regio's over dit thema zeggen</h2>\n"
        var any = false
        for (r, d) in answeringDocuments {
            let doc = site.regions[r].documents[d]
            guard let answer = doc.agenda?.themas.first(where: { $0.thema.value == thema.id.value }) else { continue }
            any = true
            let agenda = AgendaHTML(context: self, region: r, document: d, pageURL: url)
            body += "<h3>\(HTMLEscape.text(site.regions[r].config.naam)): <a href=\"\(HTMLEscape.attribute(RelativeURL.href(to: doc.agendaURL, fragment: ElementID.thema(thema.id.value).value, from: url)))\">\(HTMLEscape.text(doc.config.titel))</a></h3>\n"
            body += agenda.themaAnswer(answer)
        }
        if !any { body += "<p>Geen document koppelt zich op het niveau van dit thema; zie de maatregelen.</p>\n" }
        let title = "Thema \(thema.id.value) \(thema.titel)"
        let layout = self.layout(pageURL: url, title: title, breadcrumbs: [("Hervormingsagenda Jeugd", Route.nationalAgenda.url), ("Thema \(thema.id.value)", url)])
        return OutputFile(path: Route.file(forURL: url), text: page("simple", SimpleView(title: title, body: body), layout: layout))
    }

    func nationalMaatregelPage(_ maatregel: NationalAgenda.Maatregel) -> OutputFile {
        let mid = maatregel.id.value
        let url = Route.nationalMaatregel(mid).url
        var body = "<p><a href=\"\(HTMLEscape.attribute(RelativeURL.shortest(to: Route.nationalThema(maatregel.themaID).url, from: url)))\">Thema \(HTMLEscape.text(maatregel.themaID))</a></p>\n"
        body += rich(maatregel.tekst, pageURL: url, context: ReferenceContext.national)
        body += "<h2 id=\"antwoorden\">Antwoorden van de regio's</h2>\n"
        let answered = answers(to: mid)
        for (r, d, answer) in answered {
            let doc = site.regions[r].documents[d]
            let agenda = AgendaHTML(context: self, region: r, document: d, pageURL: url)
            body += "<section class=\"maatregel-antwoord\" aria-labelledby=\"\(HTMLEscape.attribute("antwoord-" + doc.regionSlug + "-" + doc.slug))\">\n"
            body += "<h3 id=\"antwoord-\(doc.regionSlug)-\(doc.slug)\">\(HTMLEscape.text(site.regions[r].config.naam)): <a href=\"\(HTMLEscape.attribute(RelativeURL.href(to: doc.agendaURL, fragment: ElementID.maatregel(mid).value, from: url)))\">\(HTMLEscape.text(doc.config.titel))</a></h3>\n"
            body += agenda.rich(answer.toelichting)
            if !answer.cells.isEmpty { body += agenda.table(maatregel, answer, idSuffix: "-\(doc.regionSlug)-\(doc.slug)") }
            body += "</section>\n"
        }
        if answered.isEmpty { body += "<p>Nog geen enkel document beantwoordt deze maatregel.</p>\n" }
        let notAnswered = answeringDocuments.filter { r, d in !answered.contains { $0.0 == r && $0.1 == d } }.map { site.regions[$0.0].documents[$0.1] }
        let silent = notAnswered + silentDocuments
        if !silent.isEmpty {
            body += "<h2 id=\"niet-beantwoord\">Nog niet beantwoord door</h2>\n<ul>\n"
            for doc in silent {
                let why = doc.agenda == nil ? " (dit document koppelt niet aan de Hervormingsagenda)" : ""
                body += "<li><a href=\"\(HTMLEscape.attribute(RelativeURL.href(to: doc.url, from: url)))\">\(HTMLEscape.text(doc.config.titel))</a> van \(HTMLEscape.text(site.regions.first { $0.slug == doc.regionSlug }?.config.naam ?? doc.regionSlug))\(why)</li>\n"
            }
            body += "</ul>\n"
        }
        body += mentionsHTML(MentionKey.national(kind: "maatregel", id: mid), pageURL: url)
        let title = "Maatregel \(mid) \(maatregel.titel)"
        let layout = self.layout(pageURL: url, title: "Maatregel \(mid)",
                                 breadcrumbs: [("Hervormingsagenda Jeugd", Route.nationalAgenda.url), ("Thema \(maatregel.themaID)", Route.nationalThema(maatregel.themaID).url), ("Maatregel \(mid)", url)])
        return OutputFile(path: Route.file(forURL: url), text: page("simple", SimpleView(title: title, body: body), layout: layout))
    }
}
