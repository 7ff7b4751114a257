import PlanSiteModel
import PlanSiteLoad
import Foundation

/// Where a reference is written: which region, document and page (document nil for a
/// region's YAML; region nil for the national files and site.yaml).
public struct ReferenceContext: Sendable, Hashable {
    public var region: Int?
    public var document: Int?
    public var page: Int?

    /// The national files and site.yaml: no region, no document.
    public static let national = ReferenceContext(region: nil)

    public init(region: Int?, document: Int? = nil, page: Int? = nil) {
        self.region = region
        self.document = document
        self.page = page
    }
}

/// A reference that resolved: the site-relative URL of the target page, the anchor on it,
/// the text for an empty link, and a key that identifies the target for "genoemd in".
public struct ResolvedTarget: Sendable, Hashable {
    public var url: String
    public var fragment: String?
    public var label: String
    public var key: String

    public init(url: String, fragment: String? = nil, label: String, key: String) {
        self.url = url
        self.fragment = fragment
        self.label = label
        self.key = key
    }
}

public struct ReferenceProblem: Sendable, Error {
    public var code: DiagnosticCode
    public var message: String
    public var hint: String?

    public init(code: DiagnosticCode, message: String, hint: String? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    /// The diagnostic for this problem where the reference is written. A missing file behind
    /// an image (`![...](kaart.png)`) is `REF008`, not `REF003`.
    public func diagnostic(at location: SourceLocation, image: Bool = false) -> Diagnostic {
        Diagnostic(image && code == .refMissingFile ? .refImageMissing : code, at: location, message, hint: hint)
    }

    /// `REF003`: a relative link to a file that is not there.
    static func missingFile(_ path: String, hint: String?) -> ReferenceProblem {
        ReferenceProblem(code: .refMissingFile, message: "het bestand `\(path)` bestaat niet", hint: hint)
    }

    /// `REF003`: a relative link whose path names no page or image, in the words
    /// `LinkPathAdvice` found for it (a YAML file, a page's web address).
    static func notAPage(_ words: LinkPathAdvice.Words) -> ReferenceProblem {
        ReferenceProblem(code: .refMissingFile, message: words.message, hint: words.hint)
    }

    /// `REF006`: a path that starts with `/`, or climbs above the content folder.
    static func outsideContent(_ words: LinkPathAdvice.Words) -> ReferenceProblem {
        ReferenceProblem(code: .refOutsideContent, message: words.message, hint: words.hint)
    }

    /// `REF009`: a document name (`@plan-2099`, `vervangt: ...`) that names no document;
    /// the hint is the nearest of `known`, or with `listing` all of them.
    public static func unknownDocument(_ name: String, among known: some Collection<String>, listing: Bool = false) -> ReferenceProblem {
        let nearest = EditDistance.suggestion(name, in: known)
        return ReferenceProblem(code: .refUnknownDocument, message: "het document `\(name)` bestaat niet",
                                hint: nearest ?? (listing ? (known.isEmpty ? "deze regio heeft (nog) geen document met een document.yaml" : "documenten: \(known.sorted().joined(separator: ", "))") : nil))
    }

    /// `GR001`: a gremium id (`gremium:rpo`, `legt-verantwoording-af-aan`) that is not in
    /// the region's overlegvormen.yaml, named as `file` in the message.
    public static func unknownGremium(_ id: String, in file: String, among ids: some Sequence<String>) -> ReferenceProblem {
        ReferenceProblem(code: .grUnknownGremium, message: "gremium `\(id)` bestaat niet in \(file)",
                         hint: EditDistance.suggestion(id, in: ids))
    }
}

public enum Resolution: Sendable {
    case external
    case target(ResolvedTarget)
    case problem(ReferenceProblem)
}

/// A resolution with the target also as a typed value of the plan (`PlanTarget`): what the
/// resolved plan keeps, so its readers never parse a URL or key back.
public enum PlanResolution: Sendable {
    case external
    case target(ResolvedTarget, PlanTarget)
    case problem(ReferenceProblem)

    public var resolution: Resolution {
        switch self {
        case .external: return .external
        case .target(let target, _): return .target(target)
        case .problem(let problem): return .problem(problem)
        }
    }

    /// The typed target, when the reference resolved to one.
    public var target: PlanTarget? {
        if case .target(_, let typed) = self { return typed }
        return nil
    }
}

/// Resolves every reference form of the contract against the indexed site. Pure: the
/// check stage turns problems into diagnostics, the render stage turns targets into links.
public struct ReferenceResolver: Sendable {
    public let site: Site

    public init(site: Site) { self.site = site }

    static let externalSchemes: Set<String> = ["http", "https", "mailto", "tel", "ftp"]
    static let nationalKinds = ["maatregel", "ha-thema"]
    static let regionKinds = ["gremium", "begrip"]
    /// A region's own pages as a whole: `overlegvormen:` (the own region), `begrippen:rivierenland`.
    static let regionPageKinds = ["overlegvormen", "begrippen"]
    static let pageKinds = ["bijlage", "hoofdstuk"]

    public func resolve(_ destination: String, from context: ReferenceContext) -> Resolution {
        resolveInPlan(destination, from: context).resolution
    }

    /// `resolve` with the typed target kept (`PlanResolution`).
    public func resolveInPlan(_ destination: String, from context: ReferenceContext) -> PlanResolution {
        var reference = destination.trimmed()
        var fragment: String?
        if let hash = reference.firstIndex(ofASCII: "#") {
            let raw = String(reference[reference.index(after: hash)...])
            fragment = raw.utf8.contains(UInt8(ascii: "%")) ? raw.removingPercentEncoding : raw
            reference = String(reference[..<hash])
        }
        if reference.isEmpty {
            return inPage(fragment ?? "", context: context)
        }
        if let colon = reference.firstIndex(ofASCII: ":"), Self.isScheme(reference[..<colon]) {
            let scheme = String(reference[..<colon])
            if Self.externalSchemes.contains(scheme.lowercased()) { return .external }
            return typed(kind: scheme, rest: String(reference[reference.index(after: colon)...]), fragment: fragment, context: context)
        }
        if reference.hasPrefix("//") { return .external }
        return relative(reference, fragment: fragment, context: context)
    }

    static func isScheme(_ text: Substring) -> Bool {
        // ASCII (every scheme in practice) is checked by bytes; anything else by characters.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            func letter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) }
            guard let first = text.utf8.first, letter(first) else { return false }
            return text.utf8.allSatisfy { letter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2B || $0 == 0x2E }
        }
        guard let first = text.first, first.isLetter else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }
    }

    // MARK: - In-page and relative links

    /// A typed target found in a document: what `inDocument` hands back.
    private struct Found {
        var target: ResolvedTarget
        var typed: PlanTarget
    }

    private func inPage(_ fragment: String, context: ReferenceContext) -> PlanResolution {
        guard let r = context.region, let d = context.document, let p = context.page else {
            return .problem(ReferenceProblem(code: .refMissingAnchor, message: "een anker `#\(fragment)` werkt alleen binnen een pagina", hint: nil))
        }
        let document = site.regions[r].documents[d]
        let page = document.pages[p]
        return anchor(fragment, on: page, at: SymbolTable.PageAddress(region: r, document: d, page: p))
    }

    private func anchor(_ fragment: String?, on page: Page, at address: SymbolTable.PageAddress) -> PlanResolution {
        guard let fragment, !fragment.isEmpty else {
            return .target(ResolvedTarget(url: page.url, fragment: nil, label: page.displayTitle, key: "pagina:" + page.url), .page(address, anchor: nil))
        }
        guard page.ids.contains(fragment) else {
            return .problem(ReferenceProblem(code: .refMissingAnchor, message: "de pagina `\(page.fileName)` heeft geen anker `#\(fragment)`",
                                             hint: EditDistance.suggestion(fragment, in: page.ids)))
        }
        let label = page.headings.first { $0.id == fragment }?.text ?? page.displayTitle
        return .target(ResolvedTarget(url: page.url, fragment: fragment, label: label, key: "pagina:" + page.url + "#" + fragment), .page(address, anchor: fragment))
    }

    private func relative(_ path: String, fragment: String?, context: ReferenceContext) -> PlanResolution {
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? (path.removingPercentEncoding ?? path) : path
        let base: [String]
        if let r = context.region, let d = context.document {
            if let p = context.page {
                base = site.regions[r].documents[d].pages[p].relativePath.pathParts().dropLast().map(String.init)
            } else {
                base = [site.regions[r].documents[d].regionSlug, site.regions[r].documents[d].slug]
            }
        } else if let r = context.region {
            base = [site.regions[r].slug]
        } else {
            base = []
        }
        let advice = LinkPathAdvice(site: site, context: context, base: base)
        if decoded.hasPrefix("/") {
            return .problem(.outsideContent(advice.absolute(path, decoded: decoded)))
        }
        guard let parts = LinkPathAdvice.walk(decoded, from: base) else { return .problem(.outsideContent(advice.aboveContent(path))) }
        let target = parts.joined(separator: "/")
        if target.hasSuffix(".md") {
            guard let address = site.symbols.pagesByPath[target] else {
                let known = site.symbols.pagesByPath.keys.filter { $0.hasPrefix(base.joined(separator: "/")) }.map(\.lastPathPart)
                return .problem(.missingFile(path, hint: EditDistance.suggestion(path.lastPathPart, in: known) ?? advice.sameNameElsewhere(path)))
            }
            let document = site.regions[address.region].documents[address.document]
            return anchor(fragment, on: document.pages[address.page], at: address)
        }
        guard site.assets.contains(target) else {
            return .problem(.notAPage(advice.notAPage(path, target: target)))
        }
        return .target(ResolvedTarget(url: target, fragment: nil, label: target.lastPathPart, key: "bestand:" + target), .asset(target))
    }

    // MARK: - Typed references

    private func typed(kind: String, rest: String, fragment: String?, context: ReferenceContext) -> PlanResolution {
        var id = rest
        var documentPart: String?
        if let at = rest.firstIndex(ofASCII: "@") {
            id = String(rest[..<at])
            documentPart = String(rest[rest.index(after: at)...])
        }
        if Self.nationalKinds.contains(kind) {
            return national(kind: kind, id: id, documentPart: documentPart, context: context)
        }
        if Self.regionPageKinds.contains(kind) {
            return regionPage(kind: kind, regionSlug: rest, fragment: fragment, context: context)
        }
        guard let regionIndex = context.region else {
            if documentPart?.contains("/") == true, !Self.regionKinds.contains(kind) {
                return typedInDocuments(kind: kind, id: id, documentPart: documentPart, fragment: fragment, context: context)
            }
            return .problem(ReferenceProblem(code: .refUnknownTarget, message: "`\(kind):\(id)` hoort bij een regio; schrijf hier `\(kind):\(id)@regio/document`", hint: nil))
        }
        let region = site.regions[regionIndex]
        if Self.regionKinds.contains(kind) {
            return regional(kind: kind, id: id, region: region, at: regionIndex)
        }
        return typedInDocuments(kind: kind, id: id, documentPart: documentPart, fragment: fragment, context: context)
    }

    private func typedInDocuments(kind: String, id: String, documentPart: String?, fragment: String?, context: ReferenceContext) -> PlanResolution {
        // Entity kinds, chapters and bijlagen live in a document.
        let candidates: [(Int, Int)]
        switch targetDocuments(documentPart, context: context) {
        case .success(let list): candidates = list
        case .failure(let problem): return .problem(problem)
        }
        var matches: [Found] = []
        var problem: ReferenceProblem?
        for (r, d) in candidates {
            let document = site.regions[r].documents[d]
            switch inDocument(kind: kind, id: id, fragment: fragment, document: document, at: SymbolTable.DocumentAddress(region: r, document: d)) {
            case .success(let t): matches.append(t)
            case .failure(let p): if problem == nil || candidates.count == 1 { problem = p }
            }
        }
        if matches.count == 1 { return .target(matches[0].target, matches[0].typed) }
        if matches.count > 1 {
            let forms = candidates.map { "`\(kind):\(id)@\(site.regions[$0.0].documents[$0.1].slug)`" }
            return .problem(ReferenceProblem(code: .refAmbiguous, message: "`\(kind):\(id)` bestaat in meer dan één document van de regio",
                                             hint: "schrijf \(forms.joined(separator: " of "))"))
        }
        if candidates.isEmpty {
            return .problem(ReferenceProblem(code: .refUnknownDocument, message: "de regio heeft geen documenten", hint: nil))
        }
        if candidates.count > 1, let problem, problem.code == .refUnknownTarget {
            return .problem(ReferenceProblem(code: .refUnknownTarget, message: "`\(kind):\(id)` bestaat in geen enkel document van de regio", hint: problem.hint))
        }
        return .problem(problem ?? ReferenceProblem(code: .refUnknownTarget, message: "`\(kind):\(id)` bestaat niet", hint: nil))
    }

    private func targetDocuments(_ part: String?, context: ReferenceContext) -> Result<[(Int, Int)], ReferenceProblem> {
        guard let r = context.region else {
            guard let part, let address = site.symbols.documents[part] else {
                return .failure(.unknownDocument(part ?? "", among: site.symbols.documents.keys))
            }
            return .success([(address.region, address.document)])
        }
        let region = site.regions[r]
        guard let part else {
            if let d = context.document { return .success([(r, d)]) }
            return .success(region.documents.indices.map { (r, $0) })
        }
        let key = part.contains("/") ? part : region.slug + "/" + part
        if let address = site.symbols.documents[key] { return .success([(address.region, address.document)]) }
        let known = part.contains("/") ? Array(site.symbols.documents.keys) : region.documents.map(\.slug)
        return .failure(.unknownDocument(part, among: known, listing: true))
    }

    private func inDocument(kind: String, id: String, fragment: String?, document: Document, at address: SymbolTable.DocumentAddress) -> Result<Found, ReferenceProblem> {
        if Self.pageKinds.contains(kind) {
            let numbers = site.symbols.pagesByNumber[document.key] ?? [:]
            let nummer = id.hasPrefix("Bijlage ") ? String(id.dropFirst(8)) : id
            guard let p = numbers[SymbolTable.numberKey(named: kind, nummer: nummer)] else {
                let known = numbers.keys.filter { $0.hasPrefix(kind + ":") }.map { String($0.dropFirst(kind.count + 1)) }
                return .failure(ReferenceProblem(code: .refUnknownTarget, message: "\(kind) \(nummer) bestaat niet in \(document.slug)",
                                                 hint: EditDistance.suggestion(nummer, in: known, format: { "`\(kind):\($0)`" }) ?? (known.isEmpty ? nil : "bestaand: \(known.sorted().joined(separator: ", "))")))
            }
            switch anchor(fragment, on: document.pages[p], at: SymbolTable.PageAddress(region: address.region, document: address.document, page: p)) {
            case .target(let t, let typed): return .success(Found(target: t, typed: typed))
            case .problem(let problem): return .failure(problem)
            case .external: return .failure(ReferenceProblem(code: .refUnknownTarget, message: "onverwacht", hint: nil))
            }
        }
        let kinds = document.kinds
        guard kinds.contains(kind) else {
            let all = Set(kinds + Self.nationalKinds + Self.regionKinds + Self.pageKinds)
            return .failure(ReferenceProblem(code: .refUnknownKind, message: "`\(kind):` is geen soort verwijzing die \(document.slug) kent",
                                             hint: EditDistance.suggestion(kind, in: all, format: { "`\($0):`" }) ?? "soorten: \(all.sorted().joined(separator: ", "))"))
        }
        let key = kind + ":" + id
        guard let index = site.symbols.entities[document.key]?[key] else {
            let numbers = document.entities.filter { $0.kind == kind }.map(\.number)
            return .failure(ReferenceProblem(code: .refUnknownTarget, message: "\(kind) \(id) bestaat niet in \(document.slug)",
                                             hint: EditDistance.suggestion(id, in: numbers, format: { $0 })))
        }
        let entity = document.entities[index]
        return .success(Found(target: ResolvedTarget(url: entity.url, fragment: nil, label: entity.fullTitle, key: MentionKey.entity(document: document.key, entity: entity.key)),
                              typed: .entity(EntityRef(document: address, index: index))))
    }

    private func national(kind: String, id: String, documentPart: String?, context: ReferenceContext) -> PlanResolution {
        guard let agenda = site.national else {
            return .problem(ReferenceProblem(code: .refUnknownTarget, message: "er is geen landelijke hervormingsagenda.yaml",
                                             hint: "maak hervormingsagenda/hervormingsagenda.yaml in de inhoudsmap"))
        }
        let label: String
        let anchorID: String
        let pageURL: String
        if kind == "maatregel" {
            guard let m = agenda.maatregel(id) else {
                return .problem(ReferenceProblem(code: .refUnknownTarget, message: "maatregel \(id) bestaat niet in de Hervormingsagenda",
                                                 hint: EditDistance.suggestion(id, in: agenda.maatregelen.map(\.id.value), format: { "`maatregel:\($0)`" })))
            }
            label = "Maatregel \(id) \(m.titel)"
            anchorID = ElementID.maatregel(id).value
            pageURL = Route.nationalMaatregel(id).url
        } else {
            guard let t = agenda.thema(id) else {
                return .problem(ReferenceProblem(code: .refUnknownTarget, message: "thema \(id) bestaat niet in de Hervormingsagenda",
                                                 hint: EditDistance.suggestion(id, in: agenda.themas.map(\.id.value), format: { "`ha-thema:\($0)`" })))
            }
            label = "Thema \(id) \(t.titel)"
            anchorID = ElementID.thema(id).value
            pageURL = Route.nationalThema(id).url
        }
        func planTarget(_ document: SymbolTable.DocumentAddress?) -> PlanTarget {
            kind == "maatregel" ? .maatregel(id, answeredIn: document) : .thema(id, answeredIn: document)
        }
        guard let documentPart else {
            return .target(ResolvedTarget(url: pageURL, fragment: nil, label: label, key: MentionKey.national(kind: kind, id: id)), planTarget(nil))
        }
        switch targetDocuments(documentPart, context: context) {
        case .failure(let problem): return .problem(problem)
        case .success(let docs):
            guard let (r, d) = docs.first else { return .problem(ReferenceProblem(code: .refUnknownDocument, message: "onbekend document", hint: nil)) }
            let document = site.regions[r].documents[d]
            guard document.agenda != nil else {
                return .problem(ReferenceProblem(code: .refUnknownTarget, message: "\(document.slug) heeft geen hervormingsagenda.yaml", hint: nil))
            }
            return .target(ResolvedTarget(url: Route.documentAgenda(region: document.regionSlug, document: document.slug).url, fragment: anchorID, label: label,
                                          key: "antwoord:" + document.key + "/" + kind + ":" + id),
                           planTarget(SymbolTable.DocumentAddress(region: r, document: d)))
        }
    }

    /// `overlegvormen:` and `begrippen:`: the region's page as a whole, the own region's when
    /// no region is named.
    private func regionPage(kind: String, regionSlug: String, fragment: String?, context: ReferenceContext) -> PlanResolution {
        let slugs = site.regions.map(\.slug)
        guard let r = regionSlug.isEmpty ? context.region : slugs.firstIndex(of: regionSlug) else {
            if regionSlug.isEmpty {
                return .problem(ReferenceProblem(code: .refUnknownTarget, message: "`\(kind):` zonder regio wijst naar de eigen regio, maar deze tekst hoort bij geen regio",
                                                 hint: "schrijf de regio erbij: `\(kind):\(slugs.first ?? "regio")`"))
            }
            return .problem(ReferenceProblem(code: .refUnknownTarget, message: "de regio `\(regionSlug)` bestaat niet",
                                             hint: EditDistance.suggestion(regionSlug, in: slugs, format: { "`\(kind):\($0)`" })))
        }
        let region = site.regions[r]
        let isOverlegvormen = kind == "overlegvormen"
        guard isOverlegvormen ? !region.gremia.isEmpty : !region.begrippen.isEmpty else {
            return .problem(ReferenceProblem(code: .refUnknownTarget, message: "\(region.config.naam) heeft geen \(kind).yaml, dus geen pagina `\(kind)`",
                                             hint: "maak `\(region.slug)/\(kind).yaml`, of verwijs naar een andere regio: `\(kind):regio`"))
        }
        if let fragment {
            // One gremium or begrip has a reference form of its own, which is checked.
            let own = isOverlegvormen ? "gremium" : "begrip"
            return .problem(ReferenceProblem(code: .refUnknownTarget, message: "`\(kind):` wijst naar de hele pagina; een anker (`#\(fragment)`) kan daar niet bij",
                                             hint: "verwijs naar één \(own) met `\(own):id`, zoals `\(own):\(isOverlegvormen ? region.gremia[0].id.value : region.begrippen[0].id.value)`"))
        }
        let route = isOverlegvormen ? Route.overlegvormen(region: region.slug) : Route.begrippen(region: region.slug)
        let label = (isOverlegvormen ? "Overlegvormen van " : "Begrippen van ") + region.config.naam
        return .target(ResolvedTarget(url: route.url, fragment: nil, label: label, key: kind + ":" + region.slug),
                       isOverlegvormen ? .overlegvormen(region: r) : .begrippen(region: r))
    }

    private func regional(kind: String, id: String, region: Region, at r: Int) -> PlanResolution {
        if kind == "gremium" {
            guard let g = region.gremia.firstIndex(where: { $0.id.value == id }).map({ (index: $0, gremium: region.gremia[$0]) }) else {
                return .problem(.unknownGremium(id, in: "\(region.slug)/overlegvormen.yaml", among: region.gremia.map(\.id.value)))
            }
            // A gremium has a page of its own (`overlegvormen/<id>/`), which lists the
            // pages that name it.
            return .target(ResolvedTarget(url: Route.gremium(region: region.slug, id: id).url, fragment: nil, label: g.gremium.afkorting ?? g.gremium.naam,
                                          key: MentionKey.gremium(region: region.slug, id: id)), .gremium(GremiumRef(region: r, index: g.index)))
        }
        guard let i = region.begrippen.firstIndex(where: { $0.id.value == id }) else {
            return .problem(ReferenceProblem(code: .refUnknownTarget, message: "begrip `\(id)` bestaat niet in \(region.slug)/begrippen.yaml",
                                             hint: EditDistance.suggestion(id, in: region.begrippen.map(\.id.value))))
        }
        let b = region.begrippen[i]
        return .target(ResolvedTarget(url: Route.begrippen(region: region.slug).url, fragment: ElementID.begrip(id).value, label: b.afkorting ?? b.term,
                                      key: "begrip:" + region.slug + "/" + id), .begrip(BegripRef(region: r, index: i)))
    }
}
