import PlanSiteModel
import PlanSiteLoad

/// The words of a link path that reaches no page or image (`REF003`, `REF006`): what the path
/// names, why a link cannot go there, and what to write instead that works today.
///
/// A link path names a Markdown source file or an image, counted from the file the link is
/// written in. Editors also write the web address of a page plansite makes
/// (`../overlegvormen/`, `/regio/regioprogramma/inleiding/`) or the YAML file a page is made
/// from (`../overlegvormen.yaml`); a message that only said "does not exist" was untrue for
/// the YAML file and gave no way forward for either. Naming the page that was meant, and the
/// reference that reaches it, makes the hint one that works when followed. The resolver keeps
/// the codes; this only writes the sentences.
struct LinkPathAdvice {
    let site: Site
    let context: ReferenceContext
    /// The folder the path counts from (`regio/document`, or `regio` in a region's YAML).
    let base: [String]

    /// A message and its hint.
    struct Words {
        var message: String
        var hint: String?
    }

    /// A page plansite makes that a path named, with what reaches it.
    private struct Intended {
        /// "de pagina Overlegvormen van Regio Voorbeeld"
        var page: String
        /// What to write instead, or why nothing reaches it yet.
        var hint: String
    }

    /// The rule every path message states, so the editor learns it where it bites.
    static let rule = "een link noemt een Markdown-bestand (`.md`) of een afbeelding, met het pad vanaf het bestand waarin de link staat, of een verwijzing (`soort:id`)"

    // MARK: - The three cases

    /// A relative path whose target (`target`, from the content folder) is neither a page nor
    /// an image, and not a `.md` path.
    func notAPage(_ path: String, target: String) -> Words {
        let name = target.lastPathPart
        let ext = Self.pathExtension(name)
        if ext == "yaml" || ext == "yml" {
            let found = intended(target)
            let made = found.map { "; `\(name)` wordt \($0.page)" } ?? ""
            return Words(message: "een link kan niet naar `\(path)`: alleen een Markdown-bestand (`.md`) of een afbeelding kan het doel van een link zijn\(made)",
                         hint: found?.hint ?? "link naar de pagina die je bedoelt met een verwijzing (`soort:id`) of met het pad van haar `.md`-bestand")
        }
        if let found = intendedByAddress(path, target: target) {
            return Words(message: "`\(path)` is het webadres van \(found.page), geen bronbestand; \(Self.rule)", hint: found.hint)
        }
        if !ext.isEmpty, !ContentLoader.imageExtensions.contains(ext) {
            return Words(message: "een link kan niet naar `\(path)`: alleen een Markdown-bestand (`.md`) of een afbeelding kan het doel van een link zijn",
                         hint: "een ander bestand (zoals een pdf) hoort niet in de inhoudsmap; zet het op een website en link naar het volledige webadres (`https://…`)")
        }
        // `Schema.PNG` for `schema.png`: the file system tells the two apart, and so does
        // the web server the site is published on.
        let lowered = target.lowercased()
        if let right = site.assets.first(where: { $0.lowercased() == lowered }) {
            return Words(message: "het bestand `\(path)` bestaat niet",
                         hint: "bedoelde je `\(Self.relativePath(from: base, to: right))`? Hoofdletters en kleine letters tellen mee in een bestandsnaam")
        }
        // A folder-like path that names no page: a web address guessed from the site.
        let hint = path.hasSuffix("/") ? example.map { "een link noemt een bronbestand, zoals `\($0)`, of een verwijzing (`soort:id`), geen webadres" } : nil
        return Words(message: "het bestand `\(path)` bestaat niet", hint: hint)
    }

    /// A path that starts with `/`. It counts from no file, so plansite cannot follow it;
    /// the hint is the path or reference that reaches the page it names, if it names one.
    func absolute(_ path: String, decoded: String) -> Words {
        let message = "`\(path)` is een absoluut pad; \(Self.rule)"
        let parts = Self.sitePath(decoded, basisURL: site.config.basisURL)
        let target = parts.joined(separator: "/")
        if site.symbols.pagesByPath[target] != nil {
            return Words(message: message, hint: "schrijf `\(Self.relativePath(from: base, to: target))`")
        }
        if let found = intended(target) { return Words(message: message, hint: found.hint) }
        return Words(message: message, hint: example.map { "schrijf het pad vanaf dit bestand, zoals `\($0)`" })
    }

    /// A relative path that climbs above the content folder.
    func aboveContent(_ path: String) -> Words {
        let message = "de link `\(path)` wijst buiten de inhoudsmap"
        if let found = intendedByAddress(path, target: nil) { return Words(message: message, hint: found.hint) }
        let folder = base.joined(separator: "/")
        let levels = base.indices.reversed().map { i -> String in
            let up = String(repeating: "../", count: base.count - i)
            return "`\(up)` is " + (i == 0 ? "de inhoudsmap" : "`\(base[..<i].joined(separator: "/"))/`")
        }
        guard !folder.isEmpty else { return Words(message: message, hint: "een link mag niet hoger gaan dan de inhoudsmap") }
        return Words(message: message, hint: "het pad begint in `\(folder)/`: " + levels.joined(separator: ", ") + "; hoger kan niet")
    }

    /// A `.md` path that is no page here, when the editor's guess at the folder was wrong:
    /// the page of that file name elsewhere in the region, as a path from here.
    func sameNameElsewhere(_ path: String) -> String? {
        let name = path.lastPathPart
        guard let region = base.first else { return nil }
        let found = site.symbols.pagesByPath.keys.filter { $0.hasPrefix(region + "/") && $0.lastPathPart == name }.sorted()
        guard found.count == 1, let only = found.first else { return nil }
        return "bedoelde je `\(Self.relativePath(from: base, to: only))`?"
    }

    // MARK: - What a path names

    /// The page a path names when read as a web address: from the folder of the source
    /// file (`target`), and from the folder of the page's own address, where a browser
    /// would read it (`../../overlegvormen/` from `regio/plan/inleiding/`).
    private func intendedByAddress(_ path: String, target: String?) -> Intended? {
        if let target, let found = intended(target) { return found }
        guard let r = context.region, let d = context.document, let p = context.page else { return nil }
        let address = site.regions[r].documents[d].pages[p].url.split(separator: "/").map(String.init)
        guard let parts = Self.walk(path, from: address) else { return nil }
        return intended(parts.joined(separator: "/"))
    }

    /// The generated page at a site path (`regio/overlegvormen`, with or without `.yaml`).
    private func intended(_ target: String) -> Intended? {
        let folder = target.hasSuffix("/") ? String(target.dropLast()) : target
        for (r, region) in site.regions.enumerated() {
            let slug = region.slug
            guard folder.hasPrefix(slug + "/") else { continue }
            // The YAML file by its name anywhere in the region's folder, as editors guess its place.
            if folder.hasSuffix("/overlegvormen.yaml") || folder + "/" == region.overlegvormenURL { return overlegvormen(r) }
            if folder.hasSuffix("/begrippen.yaml") || folder + "/" == region.begrippenURL { return begrippen(r) }
            for (d, document) in region.documents.enumerated() {
                if let entity = document.entities.first(where: { $0.url == folder + "/" }) {
                    return Intended(page: "de pagina van \(entity.label)", hint: "schrijf `\(reference(entity.key, in: r, d))`")
                }
                if let page = document.pages.first(where: { $0.url == folder + "/" }) {
                    return Intended(page: "de pagina van `\(page.fileName)`", hint: "schrijf het pad van het bronbestand: `\(Self.relativePath(from: base, to: page.relativePath))`")
                }
            }
        }
        for maatregel in site.national?.maatregelen ?? [] where Route.nationalMaatregel(maatregel.id.value).url == folder + "/" {
            return Intended(page: "de pagina van maatregel \(maatregel.id.value)", hint: "schrijf `maatregel:\(maatregel.id.value)`")
        }
        for thema in site.national?.themas ?? [] where Route.nationalThema(thema.id.value).url == folder + "/" {
            return Intended(page: "de pagina van thema \(thema.id.value)", hint: "schrijf `ha-thema:\(thema.id.value)`")
        }
        return nil
    }

    private func overlegvormen(_ r: Int) -> Intended {
        let region = site.regions[r]
        let page = "de pagina Overlegvormen van \(region.config.naam)"
        guard let first = region.gremia.first else {
            return Intended(page: page, hint: "\(region.config.naam) heeft geen overleggen in `overlegvormen.yaml`, dus ook geen pagina Overlegvormen")
        }
        return Intended(page: page, hint: regionPage("overlegvormen", r, one: "`gremium:\(first.id.value)` voor één overleg (\(first.afkorting ?? first.naam))"))
    }

    private func begrippen(_ r: Int) -> Intended {
        let region = site.regions[r]
        let page = "de pagina Begrippen van \(region.config.naam)"
        guard let first = region.begrippen.first else {
            return Intended(page: page, hint: "\(region.config.naam) heeft geen begrippen in `begrippen.yaml`, dus ook geen pagina Begrippen")
        }
        return Intended(page: page, hint: regionPage("begrippen", r, one: "`begrip:\(first.id.value)` voor één begrip (\(first.afkorting ?? first.term))"))
    }

    /// "schrijf `overlegvormen:` voor de hele pagina, of `gremium:rpo` voor één overleg": the
    /// region page's own reference form; one entry's form only reaches the own region's.
    private func regionPage(_ kind: String, _ r: Int, one: String) -> String {
        guard context.region == r else { return "schrijf `\(kind):\(site.regions[r].slug)`" }
        return "schrijf `\(kind):` voor de hele pagina, of \(one)"
    }

    // MARK: - Writing what works

    /// `opgave:1`, `opgave:1@plan`, `opgave:1@regio/plan`: the shortest form that reaches
    /// an entity or numbered page of document `d` of region `r` from here.
    private func reference(_ key: String, in r: Int, _ d: Int) -> String {
        if context.region == r, context.document == d { return key }
        let document = site.regions[r].documents[d]
        return context.region == r ? key + "@" + document.slug : key + "@" + document.key
    }

    /// `bijlage:2` or `hoofdstuk:3` for a numbered page, else its path from here.
    private func pageReference(_ page: Page, in r: Int, _ d: Int) -> String {
        if let nummer = page.nummer, page.kind == .bijlage || page.kind == .chapter {
            return reference((page.kind == .bijlage ? "bijlage:" : "hoofdstuk:") + nummer, in: r, d)
        }
        return Self.relativePath(from: base, to: page.relativePath)
    }

    /// Another page of the document the link is written in (else of its region), as a path
    /// from here: a real example for the general hint.
    private var example: String? {
        guard let r = context.region else { return nil }
        let documents = site.regions[r].documents
        let here = context.document.map { [$0] } ?? []
        for d in here + documents.indices.filter({ $0 != context.document }) {
            let pages = documents[d].pages
            let other = pages.indices.first { !(d == context.document && $0 == context.page) && pages[$0].kind != .verantwoording }
            if let other { return Self.relativePath(from: base, to: pages[other].relativePath) }
        }
        return nil
    }

    // MARK: - Paths

    /// The components of `path` walked from `folder`, or nil when it climbs above the top:
    /// how a relative link is resolved (`ReferenceResolver`) and how its advice reads it.
    static func walk(_ path: String, from folder: [String]) -> [String]? {
        var parts = folder
        for component in path.pathParts() {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts
    }

    /// An absolute path as a path from the site's root: without the leading `/` and without
    /// the path of `basis-url` (`/jeugd/` of `https://host/jeugd/`), if it starts with it.
    static func sitePath(_ path: String, basisURL: String) -> [String] {
        var parts = walk(path, from: []) ?? []
        let prefix = basisURL.split(separator: "/", omittingEmptySubsequences: true).dropFirst(2).map(String.init)
        if !prefix.isEmpty, parts.starts(with: prefix) { parts.removeFirst(prefix.count) }
        return parts
    }

    /// The path from `folder` to `target` (both from the content folder): `../plan/01-visie.md`.
    static func relativePath(from folder: [String], to target: String) -> String {
        let parts = target.split(separator: "/").map(String.init)
        var common = 0
        while common < folder.count, common < parts.count - 1, folder[common] == parts[common] { common += 1 }
        return (Array(repeating: "..", count: folder.count - common) + parts[common...]).joined(separator: "/")
    }

    static func pathExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
