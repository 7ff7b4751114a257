import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The gemeente pages on the bundled content as the `plansite` binary builds it, held to a
/// scan of the chapters' Markdown that shares no code with plansite: every whole, capitalised
/// naming of a gemeente in a chapter is marked on that gemeente's page in a quote linked to
/// the chapter's page, at an id that page has.
@Suite(.serialized) struct GemeentePageTests {
    static let built: Result<URL, Error> = Result {
        let root = try TestSupport.sharedScratch("gemeenten")
        let site = root.appendingPathComponent("site")
        let result = try TestSupport.run(["build", "--content", TestSupport.bundledContent.path, "--output", site.path], in: root)
        guard result.status == 0 else { throw BuildFailure(message: result.stderr) }
        return site
    }

    struct BuildFailure: Error { var message: String }

    /// The regions' gemeenten and other names, read from the YAML by hand.
    struct Gemeente {
        var naam: String
        var slug: String
        var names: [String]
    }

    static func gemeenten() throws -> [Gemeente] {
        var out: [Gemeente] = []
        let regions = try FileManager.default.contentsOfDirectory(atPath: TestSupport.bundledContent.path).sorted()
        for region in regions {
            let path = TestSupport.bundledContent.appendingPathComponent(region + "/regio.yaml")
            guard let text = try? String(contentsOf: path, encoding: .utf8) else { continue }
            var listed: [String] = []
            var others: [String: [String]] = [:]
            var section = ""
            for line in text.components(separatedBy: "\n") {
                if !line.hasPrefix(" ") { section = line }
                if section.hasPrefix("gemeenten:"), line.hasPrefix("  - ") { listed.append(String(line.dropFirst(4))) }
                if section.hasPrefix("andere-namen:"), line.hasPrefix("  "), let colon = line.range(of: ": [") {
                    let key = line[line.index(line.startIndex, offsetBy: 2)..<colon.lowerBound]
                    others[String(key)] = line[colon.upperBound...].dropLast().components(separatedBy: ", ")
                }
            }
            for naam in listed where !out.contains(where: { $0.naam == naam }) {
                let slug = naam.lowercased().replacingOccurrences(of: " ", with: "-")
                out.append(Gemeente(naam: naam, slug: slug, names: [naam] + (others[naam] ?? [])))
            }
        }
        return out
    }

    /// The region names, which a gemeente's name inside them does not count ("Rijk van Nijmegen").
    static func regionNames() throws -> [String] {
        let regions = try FileManager.default.contentsOfDirectory(atPath: TestSupport.bundledContent.path)
        return regions.compactMap { region in
            let path = TestSupport.bundledContent.appendingPathComponent(region + "/regio.yaml")
            guard let text = try? String(contentsOf: path, encoding: .utf8) else { return nil }
            return text.components(separatedBy: "\n").first { $0.hasPrefix("naam: ") }.map { String($0.dropFirst(6)) }
        }
    }

    /// A chapter's Markdown reduced to the words a reader sees: no front matter, no link
    /// addresses, no `{#…}` attributes, no footnote labels, white space runs made one space.
    static func readerText(_ markdown: String) -> String {
        var body = markdown
        if body.hasPrefix("---\n"), let end = body.range(of: "\n---\n", range: body.index(body.startIndex, offsetBy: 3)..<body.endIndex) {
            body = String(body[end.upperBound...])
        }
        let patterns = [#"\]\([^)]*\)"#, #"\{#[^}]*\}"#, #"\[\^[^\]]*\]"#, #"<[^>]+>"#, #"\*\*|__"#]
        for pattern in patterns { body = body.replacingOccurrences(of: pattern, with: "]", options: .regularExpression) }
        body = body.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        return body.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    /// How often `name` stands in `text` as a whole word with its capitals, outside a region's name.
    static func count(_ name: String, in text: String, regionNames: [String]) -> Int {
        var text = text
        for region in regionNames {
            for form in [region, region.prefix(1).lowercased() + region.dropFirst()] {
                text = text.replacingOccurrences(of: form, with: String(repeating: "_", count: form.count))
            }
        }
        let escaped = NSRegularExpression.escapedPattern(for: name)
        let regex = try? NSRegularExpression(pattern: #"(?<![\p{L}\p{N}])"# + escaped + #"(?![\p{L}\p{N}])"#)
        return regex?.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) ?? 0
    }

    /// Every chapter, bijlage and verantwoording file of the bundled content, by the page URL
    /// it becomes (the slug rule: the file name without its number prefix).
    static func chapters() throws -> [(url: String, text: String)] {
        let root = TestSupport.bundledContent
        var out: [(String, String)] = []
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        for file in files.sorted() {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            let parts = file.components(separatedBy: "/")
            guard parts.count >= 3 else { continue }
            let name = (parts.last ?? "").replacingOccurrences(of: #"^\d+-"#, with: "", options: .regularExpression).replacingOccurrences(of: ".md", with: "")
            var url = parts[0] + "/" + parts[1] + "/" + name + "/"
            if let id = text.range(of: #"(?m)^id: *"?([a-z]+):([0-9.]+)"?"#, options: .regularExpression) {
                let key = text[id].replacingOccurrences(of: #"^id: *"?"#, with: "", options: .regularExpression).replacingOccurrences(of: "\"", with: "")
                url = parts[0] + "/" + parts[1] + "/" + ElementID.entity(key: key) + "/"
            }
            out.append((url, readerText(text)))
        }
        return out
    }

    /// A quote counts characters and cuts the text's UTF-8: text with é, ë, ’ and – (read
    /// scalar by scalar) and text with a combining mark and a flag (read by grapheme) must both
    /// mark exactly the name and keep the words around it whole.
    @Test func quotesMarkTheNameInTextBeyondASCII() {
        let lead = String(repeating: "Coördinatie van één ‘regio’ – ", count: 4)
        let texts = [lead + "met Zaltbommel en Culemborg – samen " + lead,
                     String(repeating: "Coo\u{308}rdinatie 🇳🇱 ", count: 8) + "met Zaltbommel en Culemborg " + String(repeating: "e\u{301}e\u{301}n ", count: 30)]
        for text in texts {
            let characters = Array(text)
            let name = Array("Zaltbommel")
            guard let start = (0...(characters.count - name.count)).first(where: { Array(characters[$0..<($0 + name.count)]) == name }) else {
                Issue.record("no name in \(text)")
                continue
            }
            let place = GemeentePlace(kind: .paragraph, anchor: "p", text: text,
                                      names: [NamedSpan(gemeente: "zaltbommel", start: start, count: name.count)], section: nil)
            let segments = GemeentePage.quote(place, gemeente: "zaltbommel")
            #expect(segments.filter(\.mark).map(\.text) == ["Zaltbommel"])
            let joined = segments.map(\.text).joined()
            #expect(joined.hasPrefix("\u{2026} ") && joined.hasSuffix(" \u{2026}"), "\(joined)")
            let inner = joined.dropFirst(2).dropLast(2)
            #expect(text.contains(inner), "\(joined)")
            #expect(inner.contains("met Zaltbommel en Culemborg"))
        }
    }

    /// The quotes on a gemeente page: each place's link target and its marked names.
    static func quotes(_ html: String) -> [(href: String, marks: [String])] {
        let pattern = #"<li><a href="([^"]+)">[^<]*</a> <span class="kenmerk">[^<]*</span>\n<p class="citaat">(.*?)</p></li>"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            guard let href = Range(match.range(at: 1), in: html), let quote = Range(match.range(at: 2), in: html) else { return nil }
            let found = String(html[quote]).components(separatedBy: "<mark>").dropFirst().compactMap { $0.components(separatedBy: "</mark>").first }
            return (String(html[href]), found.map(HTMLToken.decoded))
        }
    }

    /// `../../rivierenland/regiovisie-2023/inleiding/#plaats-1` from `gemeenten/<slug>/` → page URL and id.
    static func target(_ href: String) -> (url: String, id: String) {
        let parts = href.components(separatedBy: "#")
        return (parts[0].replacingOccurrences(of: "../../", with: ""), parts.count > 1 ? parts[1] : "")
    }

    @Test("Every whole, capitalised naming of a gemeente in a chapter is marked on its page, linked to that chapter")
    func everyNamingInTheChaptersIsListed() throws {
        let site = try Self.built.get()
        let chapters = try Self.chapters()
        let regions = try Self.regionNames()
        var total = 0
        for gemeente in try Self.gemeenten() {
            let html = try TestSupport.read(site.appendingPathComponent("gemeenten/" + gemeente.slug + "/index.html"))
            let quotes = Self.quotes(html)
            for chapter in chapters {
                let expected = gemeente.names.reduce(0) { $0 + Self.count($1, in: chapter.text, regionNames: regions) }
                let marked = quotes.filter { Self.target($0.href).url == chapter.url }.reduce(0) { $0 + $1.marks.count }
                #expect(marked == expected, "\(gemeente.naam) in \(chapter.url): \(expected) in the Markdown, \(marked) marked")
                total += expected
            }
            for quote in quotes { #expect(quote.marks.allSatisfy(gemeente.names.contains), "\(gemeente.naam): \(quote.marks)") }
        }
        #expect(total > 200)
    }

    @Test("Lower-case \"buren\" is a word, not the gemeente Buren; a variant from andere-namen is found")
    func wordsAndVariants() throws {
        let site = try Self.built.get()
        // Centraal Gelderland's lokale visies write "de buren" (neighbours).
        let visies = try TestSupport.read(site.appendingPathComponent("centraal-gelderland/regiovisie-2021/lokale-visies-op-het-sociaal-domein/index.html"))
        #expect(visies.contains("buren"))
        let buren = try TestSupport.read(site.appendingPathComponent("gemeenten/buren/index.html"))
        #expect(!buren.contains("lokale-visies-op-het-sociaal-domein"))
        #expect(!Self.quotes(buren).flatMap(\.marks).contains("buren"))
        // Rivierenland's verantwoording quotes the source's "Nederbetuwe" and "Neder Betuwe".
        let nederBetuwe = try TestSupport.read(site.appendingPathComponent("gemeenten/neder-betuwe/index.html"))
        let marks = Self.quotes(nederBetuwe).flatMap(\.marks)
        #expect(marks.contains("Nederbetuwe") && marks.contains("Neder Betuwe"))
        // Rijk van Nijmegen writes both "Berg & Dal" and "Berg en Dal".
        let bergEnDal = Self.quotes(try TestSupport.read(site.appendingPathComponent("gemeenten/berg-en-dal/index.html"))).flatMap(\.marks)
        #expect(bergEnDal.contains("Berg & Dal") && bergEnDal.contains("Berg en Dal"))
        // "Rijk van Nijmegen" names the region, not the gemeente.
        let nijmegen = try TestSupport.read(site.appendingPathComponent("gemeenten/nijmegen/index.html"))
        #expect(!nijmegen.contains("<mark>Nijmegen</mark> werken"))
    }

    @Test("Each quote links to an element id that its target page has")
    func everyQuoteLandsOnAnId() throws {
        let site = try Self.built.get()
        var checked = 0
        for gemeente in try Self.gemeenten() {
            let html = try TestSupport.read(site.appendingPathComponent("gemeenten/" + gemeente.slug + "/index.html"))
            for quote in Self.quotes(html) {
                let (url, id) = Self.target(quote.href)
                #expect(!id.isEmpty)
                let page = try TestSupport.read(site.appendingPathComponent(url + "index.html"))
                #expect(page.contains(" id=\"\(id)\""), "\(quote.href) on \(gemeente.slug)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test("The index lists every gemeente per region; region and home pages link to the gemeente pages")
    func indexAndLinks() throws {
        let site = try Self.built.get()
        let index = try TestSupport.read(site.appendingPathComponent("gemeenten/index.html"))
        for gemeente in try Self.gemeenten() {
            #expect(index.contains("href=\"\(gemeente.slug)/\">\(HTMLEscape.text(gemeente.naam))</a>"), "\(gemeente.naam)")
        }
        let region = try TestSupport.read(site.appendingPathComponent("rivierenland/index.html"))
        #expect(region.contains("href=\"../gemeenten/west-maas-en-waal/\">West Maas en Waal</a>"))
        #expect(region.contains("href=\"../gemeenten/\""))
        let home = try TestSupport.read(site.appendingPathComponent("index.html"))
        #expect(home.contains("href=\"gemeenten/\""))
    }

    // MARK: - The view alone

    @Test("A gemeente's view: its region, a budget-like row with its column headers, its gremia")
    func viewOfOneGemeente() throws {
        let built = try PageViewTests.bundled()
        let page = GemeentePage(slug: "putten")
        let view = try #require(page.view(in: built.context)).main
        #expect(view.naam == "Putten")
        #expect(view.regions.map(\.regio) == ["Noord-Veluwe"])
        #expect(page.reads == [.gemeente("putten")])
        // Noord-Veluwe's netwerkorganisatie lists Putten among its members; the
        // contractmanagement names it in its name.
        #expect(view.gremia.contains { $0.naam == "Regionale netwerkorganisatie" && $0.how == "Putten is lid" })
        #expect(view.gremia.contains { $0.naam == "Contractmanagement van de gemeente Putten" && $0.how == "draagt de naam" })
        let places = view.documents.flatMap(\.places)
        #expect(!places.isEmpty && places.allSatisfy { $0.quote.contains { $0.mark && $0.text == "Putten" } })
        // Rivierenland's table of jeugdhulpgebruik per gemeente: Tiel's row with its header.
        let tiel = try #require(GemeentePage(slug: "tiel").view(in: built.context)).main
        let row = try #require(tiel.rows.first)
        #expect(row.cells.map(\.value) == ["Tiel", "18,4%"])
        #expect(row.cells.first?.header == "Gemeente")
    }

    @Test("A quote keeps about 70 characters around each naming and marks only the gemeente")
    func quoteShortening() {
        let text = String(repeating: "woord ", count: 30) + "in Tiel en Buren " + String(repeating: "nog ", count: 40)
        let names = GemeenteNames(regions: [RegionConfig(naam: "R", gemeenten: ["Tiel", "Buren"])]).find(in: text)
        let place = GemeentePlace(kind: .paragraph, anchor: "plaats-1", text: text, names: names, section: nil)
        let quote = GemeentePage.quote(place, gemeente: "tiel")
        #expect(quote.filter(\.mark).map(\.text) == ["Tiel"])
        let whole = quote.map(\.text).joined()
        #expect(whole.hasPrefix("\u{2026} ") && whole.hasSuffix(" \u{2026}"))
        #expect(whole.count < 170)
        #expect(whole.contains("Buren"))
    }

    @Test("A quote counts characters, not bytes, in text with accents")
    func quoteCountsCharacters() {
        let names = GemeenteNames(regions: [RegionConfig(naam: "R", gemeenten: ["Tiel"])])
        func quoted(_ filler: String) -> [String] {
            let text = String(repeating: filler + " ", count: 30) + "in Tiel " + String(repeating: filler + " ", count: 30)
            let place = GemeentePlace(kind: .paragraph, anchor: "plaats-1", text: text, names: names.find(in: text), section: nil)
            return GemeentePage.quote(place, gemeente: "tiel").map { ($0.mark ? "*" : "") + $0.text }
        }
        // The ASCII text is cut from its bytes, the other from its characters: the same cuts.
        let ascii = quoted("cafe"), accented = quoted("café")
        #expect(ascii.contains("*Tiel") && accented.contains("*Tiel"))
        #expect(accented == ascii.map { $0.replacingOccurrences(of: "cafe", with: "café") })
    }

    // MARK: - Finding names

    @Test("Names are whole capitalised words, multi-word names whole, the longest first; region names are read over")
    func findingNames() {
        let names = GemeenteNames(regions: [
            RegionConfig(naam: "Rivierenland", gemeenten: ["Buren", "West Maas en Waal", "Neder-Betuwe"], andereNamen: ["Neder-Betuwe": ["Nederbetuwe"]]),
            RegionConfig(naam: "Rijk van Nijmegen", gemeenten: ["Nijmegen", "Berg en Dal"], andereNamen: ["Berg en Dal": ["Berg & Dal"]]),
        ])
        func found(_ text: String) -> [String] {
            names.find(in: text).map { String(Array(text)[$0.start..<($0.start + $0.count)]) }
        }
        #expect(found("de buren van Buren") == ["Buren"])
        #expect(found("Burens en Burenland") == [])
        #expect(found("In West Maas en Waal en Maas en Waal") == ["West Maas en Waal"])
        #expect(found("Nederbetuwe, Neder-Betuwe") == ["Nederbetuwe", "Neder-Betuwe"])
        #expect(found("het rijk van Nijmegen en Rijk van Nijmegen, maar Nijmegen zelf") == ["Nijmegen"])
        #expect(found("Berg & Dal en Berg en Dal") == ["Berg & Dal", "Berg en Dal"])
        #expect(names.find(in: "Berg & Dal").map(\.gemeente) == ["berg-en-dal"])
    }

    // MARK: - Diagnostics

    @Test("GEM001: an other name for a gemeente the region does not list, at its line and column")
    func unknownGemeente() throws {
        let checked = try CheckTests.check(["content/regio-a/regio.yaml": "naam: Regio A\ngemeenten: [Aadorp, Bedorp]\nandere-namen:\n  Aadrop: [Aa-dorp]\n"])
        let found = checked.only(.gemeenteUnknown)
        #expect(found.map(\.location) == [checked.at("regio-a/regio.yaml", 4, 3)])
        #expect(found.first?.hint == "bedoelde je `Aadorp`?")
        #expect(found.first?.message.contains("niet onder `gemeenten`") == true)
        #expect(checked.others(than: .gemeenteUnknown).isEmpty)
    }

    @Test("GEM002: a name the region already uses, listed twice or as another's other name, at its line and column")
    func nameTwice() throws {
        let checked = try CheckTests.check(["content/regio-a/regio.yaml": """
            naam: Regio A
            gemeenten:
              - Aadorp
              - Bedorp
              - Aadorp
            andere-namen:
              Aadorp: [Aa-dorp, Bedorp]
              Bedorp: [Aa-dorp]

            """])
        let found = checked.only(.gemeenteNameTwice)
        #expect(found.map(\.location) == [checked.at("regio-a/regio.yaml", 5, 5), checked.at("regio-a/regio.yaml", 7, 21),
                                          checked.at("regio-a/regio.yaml", 8, 12)])
        #expect(found.map(\.message) == [
            "de gemeente `Aadorp` staat twee keer onder `gemeenten`",
            "`Bedorp` bij `Aadorp` in `andere-namen` is al de naam van een gemeente van de regio (regel 4)",
            "`Aa-dorp` bij `Bedorp` in `andere-namen` is al een andere naam van Aadorp (regel 7)",
        ])
        #expect(checked.others(than: .gemeenteNameTwice).isEmpty)
    }

    @Test("A region folder named like a folder plansite makes at the root is refused")
    func reservedRegionFolder() throws {
        let checked = try CheckTests.check(["content/gemeenten/regio.yaml": "naam: Gemeenten\ngemeenten: [Cedorp]\n"])
        #expect(checked.only(.markdownReservedSlug).contains { $0.location.file.hasSuffix("content/gemeenten") })
    }
}
