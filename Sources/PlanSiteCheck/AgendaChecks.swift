import Foundation
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// `HA`: a document's answers to the Hervormingsagenda name maatregelen, columns and
/// onderdelen that exist, each onderdeel in its own column, and answer printed-twice
/// maatregelen the same way.
enum AgendaChecks {
    static func check(_ plan: ResolvedPlan) -> [Diagnostic] {
        let national = plan.site.national
        // Documents are checked independently, over the cores.
        var diagnostics = plan.agendas.parallelMap { check($0, in: plan, national: national) }.flatMap { $0 }
        diagnostics += notAnswered(plan)
        if let national {
            diagnostics += unknownHeadingThemas(in: plan.site, national: national)
            var seen: Set<String> = []
            for maatregel in national.maatregelen {
                if !seen.insert(maatregel.id.value).inserted {
                    diagnostics.append(Diagnostic(.haDuplicateMaatregel, at: maatregel.id.location, "maatregel \(maatregel.id.value) staat twee keer in de landelijke lijst",
                                                  hint: "gebruik `zelfde-als` voor een maatregel die de bron twee keer noemt"))
                }
                if let other = maatregel.zelfdeAls, national.maatregel(other.value) == nil {
                    diagnostics.append(Diagnostic(.haUnknownMaatregel, at: other.location, "`zelfde-als`: maatregel \(other.value) bestaat niet",
                                                  hint: EditDistance.suggestion(other.value, in: national.maatregelen.map(\.id.value))))
                }
            }
        }
        return diagnostics
    }

    /// `HA007` for a heading that answers a thema the agenda does not have (`{#ha-thema:9}`):
    /// it took the id, and the thema's tables that belong under it went nowhere.
    static func unknownHeadingThemas(in site: Site, national: NationalAgenda) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading):
                    guard let id = heading.answeredThema, let attribute = heading.attribute else { continue }
                    if national.thema(id) == nil {
                        diagnostics.append(Diagnostic(.haUnknownThema, at: attribute.location, "thema \(id) bestaat niet in de Hervormingsagenda",
                                                      hint: EditDistance.suggestion(id, in: national.themas.map(\.id.value), format: { "`{#ha-thema:\($0)}`" })
                                                        ?? "thema's: \(national.themas.map(\.id.value).joined(separator: ", "))"))
                    }
                case .blockQuote(let inner): walk(inner)
                default: break
                }
            }
        }
        for region in site.regions {
            for document in region.documents {
                for page in document.pages { walk(page.blocks) }
            }
        }
        return diagnostics
    }

    /// `HA009`, the one check that reads every document's mapping at once: the national
    /// maatregelen no document answers. Also run alone by the preview after a mapping is
    /// saved (`SiteChecker.acrossMappings`).
    static func notAnswered(_ plan: ResolvedPlan) -> [Diagnostic] {
        guard let national = plan.site.national else { return [] }
        var answered: Set<String> = []
        for agenda in plan.agendas {
            for answer in agenda.answers where answer.isKnown && !answer.cells.isEmpty { answered.insert(answer.maatregel.value) }
        }
        return national.maatregelen.filter { !answered.contains($0.id.value) }.map { maatregel in
            Diagnostic(.haNotAnswered, at: maatregel.id.location, "maatregel \(maatregel.id.value) wordt door geen enkel document beantwoord")
        }
    }

    /// Whether this family reports `code`: the `HA` codes are the mapping's.
    static func reports(_ code: DiagnosticCode) -> Bool {
        code.rawValue.hasPrefix("HA")
    }

    /// The codes `notAnswered(_:)` reports.
    static let acrossMappingsCodes: Set<DiagnosticCode> = [.haNotAnswered]

    static func isWellFormed(_ number: String) -> Bool {
        ResolvedPlan.isWellFormed(number)
    }

    /// One document's agenda, read resolved from the plan: which maatregelen, columns and
    /// onderdelen exist is decided there; this turns what did not resolve into diagnostics.
    static func check(_ agenda: ResolvedAgenda, in plan: ResolvedPlan, national: NationalAgenda?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard let national else {
            if let first = agenda.answers.first {
                diagnostics.append(Diagnostic(.haUnknownMaatregel, at: first.maatregel.location, "er is geen landelijke hervormingsagenda.yaml om naar te verwijzen",
                                              hint: "maak hervormingsagenda/hervormingsagenda.yaml in de inhoudsmap"))
            }
            return diagnostics
        }
        let document = plan.document(agenda.document)
        let top = document.entities.filter { $0.level == 1 }
        let columnNumbers = top.map(\.number)
        let topName = document.config.niveaus.first?.value.lowercased() ?? "onderdeel"
        let lower = document.entities.filter { $0.level > 1 }
        let lowerNumbers = Set(lower.map(\.number))
        var touched: Set<String> = []
        let titles = foldedTitles(document)
        let begrippen = BegripOwner.all(in: plan, for: agenda.document)
        var cellsByMaatregel: [String: [DocumentAgenda.Cell]] = [:]

        func checkOnderdeel(_ onderdeel: ResolvedOnderdeel, column: String?) {
            let value = onderdeel.number
            let location = onderdeel.written.location
            switch onderdeel.resolution {
            case .malformed:
                let pieces = value.split(whereSeparator: { "/,; ".contains($0) }).map(String.init)
                var guess: [String] = []
                var prefix = ""
                for piece in pieces {
                    if piece.contains(".") { guess.append(piece); prefix = String(piece.split(separator: ".").first ?? "") }
                    else if !prefix.isEmpty { guess.append(prefix + "." + piece) }
                    else { guess.append(piece) }
                }
                let distinct = guess.uniqued().filter { lowerNumbers.contains($0) }
                diagnostics.append(Diagnostic(.haMalformedReference, at: location, "`\(value)` is geen geldige verwijzing naar een onderdeel",
                                              hint: distinct.isEmpty ? "schrijf elk onderdeel apart, zoals [\"2.1\", \"2.2\"]" : "schrijf elk onderdeel apart: [\(distinct.map { "\"\($0)\"" }.joined(separator: ", "))]"))
            case .unknown:
                let inColumn = column.map { c in lower.filter { $0.number.hasPrefix(c + ".") }.map(\.number) } ?? lower.map(\.number)
                diagnostics.append(Diagnostic(.haUnknownOnderdeel, at: location, "onderdeel \(value) bestaat niet in \(document.slug)",
                                              hint: EditDistance.suggestion(value, in: inColumn, format: { $0 }) ?? (inColumn.isEmpty ? nil : "bestaand: \(inColumn.joined(separator: ", "))")))
            case .entity(let ref):
                let entity = plan.entity(ref)
                touched.insert(entity.number)
                guard let column else { return }
                let owner = String(entity.number.split(separator: ".").first ?? "")
                if owner != column {
                    let last = entity.number.split(separator: ".").dropFirst().joined(separator: ".")
                    let sameInColumn = column + "." + last
                    let alternative = lowerNumbers.contains(sameInColumn) ? ", of bedoelde je \(sameInColumn)?" : ""
                    diagnostics.append(Diagnostic(.haOnderdeelInOtherColumn, at: location,
                                                  "onderdeel \(entity.number) hoort bij \(topName) \(owner), maar staat in de kolom van \(topName) \(column)",
                                                  hint: "verplaats \(entity.number) naar kolom \(owner)\(alternative)"))
                }
            }
        }

        for thema in agenda.themas {
            if !thema.isKnown {
                diagnostics.append(Diagnostic(.haUnknownThema, at: thema.thema.location, "thema \(thema.thema.value) bestaat niet in de Hervormingsagenda",
                                              hint: EditDistance.suggestion(thema.thema.value, in: national.themas.map(\.id.value), format: { $0 }) ?? "thema's: \(national.themas.map(\.id.value).joined(separator: ", "))"))
            }
            for onderdeel in thema.onderdelen { checkOnderdeel(onderdeel, column: nil) }
        }

        for answer in agenda.answers {
            let id = answer.maatregel.value
            guard answer.isKnown else {
                diagnostics.append(Diagnostic(.haUnknownMaatregel, at: answer.maatregel.location, "maatregel \(id) bestaat niet in de Hervormingsagenda",
                                              hint: EditDistance.suggestion(id, in: national.maatregelen.map(\.id.value), format: { $0 })))
                continue
            }
            cellsByMaatregel[id] = answer.answer.cells
            for resolved in answer.cells {
                let cell = resolved.cell
                let column = cell.column.value
                guard resolved.column != nil else {
                    diagnostics.append(Diagnostic(.haUnknownColumn, at: cell.column.location, "kolom \(column) bestaat niet: \(document.slug) heeft geen \(topName) \(column)",
                                                  hint: EditDistance.suggestion(column, in: columnNumbers, format: { $0 }) ?? "kolommen: \(columnNumbers.joined(separator: ", "))"))
                    continue
                }
                touched.insert(column)
                if cell.geheel { for e in lower where e.number.hasPrefix(column + ".") { touched.insert(e.number) } }
                for onderdeel in resolved.onderdelen { checkOnderdeel(onderdeel, column: column) }
                diagnostics += begripWarnings(cell, column: column, topName: topName, begrippen: begrippen)
                diagnostics += labelWarnings(cell, column: column, titles: titles)
            }
        }

        // Printed twice: both answers must be the same.
        for maatregel in national.maatregelen {
            guard let other = maatregel.zelfdeAls?.value,
                  let mine = cellsByMaatregel[maatregel.id.value], let theirs = cellsByMaatregel[other],
                  let at = agenda.answers.first(where: { $0.maatregel.value == maatregel.id.value })?.maatregel.location else { continue }
            if signature(mine) != signature(theirs) {
                let firstLine = agenda.answers.first { $0.maatregel.value == other }?.maatregel.location.line ?? 0
                diagnostics.append(Diagnostic(.haZelfdeAlsDiffers, at: at,
                                              "maatregel \(maatregel.id.value) is dezelfde als \(other), maar de cellen verschillen",
                                              hint: "maak de cellen gelijk aan die van \(other) (regel \(firstLine)), of verwijder een van beide"))
            }
        }

        for entity in document.entities where !touched.contains(entity.number) {
            diagnostics.append(Diagnostic(.haEntityAnswersNone, at: entity.location, "\(entity.label) draagt volgens hervormingsagenda.yaml aan geen enkele maatregel bij"))
        }
        return diagnostics
    }

    /// A cell set in a form that ignores order and positions.
    static func signature(_ cells: [DocumentAgenda.Cell]) -> [String] {
        cells.map { cell in
            let onderdelen = (cell.onderdelen.map(\.value) + cell.perOnderdeel.map(\.onderdeel.value)).sorted()
            let texts = ([cell.tekst?.text ?? ""] + cell.perOnderdeel.map(\.tekst.text)).joined(separator: "|")
            return "\(cell.column.value)|\(cell.geheel)|\(onderdelen.joined(separator: ","))|\(texts)"
        }.sorted()
    }

    /// A begrip that belongs to an entity of another column, named in a cell's text.
    static func begripWarnings(_ cell: DocumentAgenda.Cell, column: String, topName: String, begrippen: [BegripOwner]) -> [Diagnostic] {
        let texts: [RichText] = (cell.tekst.map { [$0] } ?? []) + cell.perOnderdeel.map(\.tekst)
        guard !texts.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        let lowered = texts.map { $0.text.lowercased() }
        let linked = texts.map { linkDestinations(in: $0.text) }
        for begrip in begrippen where begrip.owner != column {
            for (i, text) in texts.enumerated() {
                let lower = lowered[i]
                // A mention written as a link to the begrip or its entity is deliberate.
                if !linked[i].isDisjoint(with: begrip.links) { continue }
                // Short names (afkortingen) must match their case; longer ones need not.
                guard let name = begrip.names.first(where: { $0.count <= 6 ? contains(text.text, word: $0) : contains(lower, word: $0.lowercased()) }) else { continue }
                diagnostics.append(Diagnostic(.haBegripInOtherColumn, at: text.location,
                                              "\(name) hoort bij \(begrip.reference) (\(topName) \(begrip.owner)), maar wordt genoemd in de kolom van \(topName) \(column)",
                                              hint: "staat deze tekst in de goede kolom? Anders hoort hij in kolom \(begrip.owner)"))
                break
            }
        }
        return diagnostics
    }

    /// A begrip whose `hoort-bij` resolved (in the resolved plan) to an entity of this
    /// document, worked out once per document rather than once per cell.
    struct BegripOwner {
        var reference: String
        /// The top-level number (column) the entity belongs to.
        var owner: String
        var names: [String]
        /// Link destinations that make a mention deliberate.
        var links: Set<String>

        static func all(in plan: ResolvedPlan, for document: SymbolTable.DocumentAddress) -> [BegripOwner] {
            plan.begrippen[document.region].compactMap { resolved in
                guard let hoortBij = resolved.hoortBij, let ref = resolved.entity, ref.document == document else { return nil }
                let begrip = plan.begrip(resolved.ref)
                let entity = plan.entity(ref)
                return BegripOwner(reference: entity.key, owner: String(entity.number.split(separator: ".").first ?? ""),
                                   names: [begrip.afkorting, begrip.term].compactMap { $0 }.filter { $0.count >= 2 },
                                   links: ["begrip:\(begrip.id.value)", entity.key, hoortBij.written.value])
            }
        }
    }

    /// A cell whose text quotes the title of an onderdeel of its column that its `onderdelen`
    /// do not list: the printed plans label a cell with the words of the actielijn meant,
    /// so a number that disagrees with the label is likely a typo ("4.1" for "4.4").
    static func labelWarnings(_ cell: DocumentAgenda.Cell, column: String, titles allTitles: [(Entity, String)]) -> [Diagnostic] {
        guard let tekst = cell.tekst, !cell.onderdelen.isEmpty else { return [] }
        let listed = Set(cell.onderdelen.map(\.value))
        let folded = { (s: String) in Slug.make(s).replacingCharacter("-", with: " ") }
        let titles = allTitles.filter { $0.0.number.hasPrefix(column + ".") }
        let fragments = tekst.text.split(whereSeparator: { ".;\n".contains($0) }).map { folded(String($0)) }.filter { $0.split(separator: " ").count >= 2 }
        var diagnostics: [Diagnostic] = []
        for fragment in fragments {
            let matches = titles.filter { $0.1.range(ofUTF8: " " + fragment + " ") != nil }
            guard matches.count == 1, let entity = matches.first?.0, !listed.contains(entity.number) else { continue }
            let unmatched = cell.onderdelen.map(\.value).filter { number in
                guard let title = titles.first(where: { $0.0.number == number })?.1 else { return true }
                return !fragments.contains { title.range(ofUTF8: " " + $0 + " ") != nil }
            }
            let guess = unmatched.isEmpty
                ? "voeg \(entity.number) toe aan `onderdelen` als de tekst klopt"
                : "bedoelde je \(entity.number) in plaats van \(unmatched.joined(separator: " of "))? Klopt de tekst, voeg dan \(entity.number) toe"
            diagnostics.append(Diagnostic(.haTextNamesOtherOnderdeel, at: cell.onderdelen.first?.location ?? tekst.location,
                                          "de tekst van deze cel noemt \u{2018}\(fragment)\u{2019} uit \(entity.label), maar `onderdelen` is [\(cell.onderdelen.map { "\"\($0.value)\"" }.joined(separator: ", "))]",
                                          hint: guess))
            break
        }
        return diagnostics
    }

    /// Lower-level entity titles folded for matching (" dekkend zorglandschap "), per document.
    static func foldedTitles(_ document: Document) -> [(Entity, String)] {
        document.entities.filter { $0.level > 1 }.map { ($0, " " + Slug.make($0.title).replacingCharacter("-", with: " ") + " ") }
    }

    /// The destinations of the Markdown links written in `text` (`[...](destination)`).
    static func linkDestinations(in text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = text[...]
        while let open = rest.firstRange(of: "](") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: ")") else { break }
            found.insert(String(after[..<close]))
            rest = after[close...]
        }
        return found
    }

    /// `word` in `text` as a whole word: not directly after or before a letter. Searched in
    /// UTF-8 bytes; this runs for every begrip in every cell of every mapping.
    static func contains(_ text: String, word: String) -> Bool {
        var text = text
        var word = word
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
                guard let h = haystack.baseAddress, let n = needle.baseAddress, !needle.isEmpty else { return false }
                var start = 0
                while start + needle.count <= haystack.count {
                    // The first byte by memchr (`firstOffset`), then the rest by memcmp.
                    guard let i = haystack.firstOffset(of: needle[0], in: start..<(haystack.count - needle.count + 1)) else { return false }
                    guard memcmp(h + i, n, needle.count) == 0 else {
                        start = i + 1
                        continue
                    }
                    let end = i + needle.count
                    if !isLetter(endingAt: i, in: haystack) && !isLetter(startingAt: end, in: haystack) { return true }
                    start = i + 1
                }
                return false
            }
        }
    }

    /// Whether the character that ends just before byte `i` is a letter.
    private static func isLetter(endingAt i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return false }
        var start = i - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isLetter(bytes[start..<i])
    }

    /// Whether the character that starts at byte `i` is a letter.
    private static func isLetter(startingAt i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i < bytes.count else { return false }
        var end = i + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return isLetter(bytes[i..<end])
    }

    private static func isLetter(_ scalarBytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if scalarBytes.count == 1, let byte = scalarBytes.first {
            return (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        }
        return String(decoding: scalarBytes, as: UTF8.self).first?.isLetter ?? false
    }
}
