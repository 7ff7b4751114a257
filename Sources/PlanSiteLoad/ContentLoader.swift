import PlanSiteModel
import Foundation

/// Walks a content folder (the contract's layout) and parses every file in it. It reports
/// problems with single files and keeps going, so one run shows every problem.
public struct ContentLoader {
    public var root: String
    /// How the content folder is written in diagnostics (e.g. `content`).
    public var displayRoot: String
    public var fileSystem: ContentFileSystem
    /// Parsed files from earlier loads (the preview server); nil parses every file.
    public var cache: ParseCache?
    /// Whether the loaded content keeps each file's text (`LoadedContent.sources`, each
    /// page's `file`). Nothing after the parse reads it but a diagnostic's quoted line, so a
    /// build keeps none (65 MB at 100×, beside the trees made of it) and reads back only the
    /// files its printed diagnostics quote (`rereadSources`). The preview, which re-parses an
    /// edited file and prints diagnostics after every save, keeps them.
    public var keepsTexts = true

    public init(root: String, displayRoot: String, fileSystem: ContentFileSystem = .disk) {
        self.root = root
        self.displayRoot = displayRoot
        self.fileSystem = fileSystem
    }

    package static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp"]

    public func load() -> (LoadedContent, [Diagnostic]) {
        var content = LoadedContent()
        var diagnostics: [Diagnostic] = []
        var visited: Set<String> = []
        if let canonicalRoot = fileSystem.canonical(root) { visited.insert(canonicalRoot) }

        let rootEntries = list("", diagnostics: &diagnostics)
        if rootEntries.contains(where: { $0.name == "site.yaml" }) {
            if let site = readYAML("site.yaml", into: &content, diagnostics: &diagnostics, as: SiteConfig.read) {
                content.site = site
            }
        } else {
            diagnostics.append(missingFile("site.yaml", "de inhoudsmap heeft geen site.yaml", hint: "maak site.yaml met `titel` en `basis-url`"))
        }
        var regionSlugs: [String] = []
        for entry in rootEntries where !entry.name.hasPrefix(".") {
            if entry.brokenLink { diagnostics.append(brokenLink(entry.name, loop: entry.isLoop)); continue }
            if !entry.isDirectory {
                if entry.name != "site.yaml" { unexpected(entry.name, into: &diagnostics, expected: ["site.yaml"]) }
                continue
            }
            guard enter(entry.name, visited: &visited, diagnostics: &diagnostics) else { continue }
            if entry.name == "hervormingsagenda" {
                if let agenda = readYAML("hervormingsagenda/hervormingsagenda.yaml", into: &content, diagnostics: &diagnostics, as: NationalAgenda.read) {
                    content.national = agenda
                }
                continue
            }
            regionSlugs.append(entry.name)
        }
        // Regions are read and parsed in parallel, each into its own part; the parts are
        // joined in folder order. Every region starts from the folders entered above, so a
        // link back into any region folder is still found as a loop.
        let enteredSoFar = visited
        let parts = regionSlugs.parallelMap { slug in
            var part = LoadedContent()
            var partDiagnostics: [Diagnostic] = []
            var partVisited = enteredSoFar
            let region = loadRegion(slug, into: &part, visited: &partVisited, diagnostics: &partDiagnostics)
            return (region: region, content: part, diagnostics: partDiagnostics)
        }
        for part in parts {
            if let region = part.region { content.regions.append(region) }
            content.sources.merge(part.content.sources) { first, _ in first }
            content.assets.formUnion(part.content.assets)
            diagnostics += part.diagnostics
        }
        return (content, diagnostics)
    }

    private func loadRegion(_ slug: String, into content: inout LoadedContent, visited: inout Set<String>, diagnostics: inout [Diagnostic]) -> LoadedRegion? {
        let entries = list(slug, diagnostics: &diagnostics)
        guard entries.contains(where: { $0.name == "regio.yaml" }) else {
            diagnostics.append(missingFile(slug + "/regio.yaml", "de map `\(slug)` is een regio, maar heeft geen regio.yaml",
                                           hint: "maak \(slug)/regio.yaml met `naam` en `gemeenten`"))
            return nil
        }
        var region = LoadedRegion(slug: slug, configFile: display(slug + "/regio.yaml"))
        checkSlug(slug, path: slug, into: &diagnostics)
        if Route.reservedRegionSlugs.contains(slug) {
            diagnostics.append(.reservedRegionName(slug, at: SourceLocation(file: display(slug), line: 1, column: 1)))
        }
        let regionNames = standIns(among: entries, expected: ["regio.yaml", "begrippen.yaml", "overlegvormen.yaml"], in: slug, into: &diagnostics)
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = slug + "/" + entry.name
            if entry.brokenLink { diagnostics.append(brokenLink(path, loop: entry.isLoop)); continue }
            if entry.isDirectory {
                guard enter(path, visited: &visited, diagnostics: &diagnostics) else { continue }
                if let document = loadDocument(path, slug: entry.name, into: &content, visited: &visited, diagnostics: &diagnostics) {
                    region.documents.append(document)
                }
                continue
            }
            switch regionNames[entry.name] ?? entry.name {
            case "regio.yaml":
                if let config = readYAML(path, into: &content, diagnostics: &diagnostics, as: RegionConfig.read) {
                    region.config = config
                }
            case "begrippen.yaml":
                if let begrippen = readYAML(path, into: &content, diagnostics: &diagnostics, as: Begrip.readFile) {
                    region.begrippen = begrippen
                }
            case "overlegvormen.yaml":
                if let gremia = readYAML(path, into: &content, diagnostics: &diagnostics, as: Gremium.readFile) {
                    region.gremia = gremia
                }
            default:
                if isImage(entry.name) { content.assets.insert(path) } else {
                    unexpected(path, into: &diagnostics, expected: ["regio.yaml", "begrippen.yaml", "overlegvormen.yaml"])
                }
            }
        }
        return region
    }

    private func loadDocument(_ path: String, slug: String, into content: inout LoadedContent, visited: inout Set<String>, diagnostics: inout [Diagnostic]) -> LoadedDocument? {
        let entries = list(path, diagnostics: &diagnostics)
        let documentNames = standIns(among: entries, expected: ["document.yaml", "hervormingsagenda.yaml"], in: path, into: &diagnostics)
        guard entries.contains(where: { $0.name == "document.yaml" }) || documentNames.values.contains("document.yaml") else {
            diagnostics.append(missingFile(path + "/document.yaml", "de map `\(path)` is een document, maar heeft geen document.yaml",
                                           hint: "maak document.yaml met `titel`, `soort` en `niveaus`"))
            return nil
        }
        checkSlug(slug, path: path, into: &diagnostics)
        let configName = documentNames.first { $0.value == "document.yaml" }?.key ?? "document.yaml"
        var document = LoadedDocument(slug: slug, configFile: display(path + "/" + configName))
        var chapters: [LoadedPage] = []
        var bijlagen: [LoadedPage] = []
        var verantwoording: LoadedPage?
        for entry in entries where !entry.name.hasPrefix(".") {
            let filePath = path + "/" + entry.name
            if entry.brokenLink { diagnostics.append(brokenLink(filePath, loop: entry.isLoop)); continue }
            if entry.isDirectory {
                guard entry.name == "bijlagen" else {
                    if enter(filePath, visited: &visited, diagnostics: &diagnostics) { collectAssets(filePath, into: &content, visited: &visited, diagnostics: &diagnostics) }
                    continue
                }
                guard enter(filePath, visited: &visited, diagnostics: &diagnostics) else { continue }
                for b in list(filePath, diagnostics: &diagnostics) where !b.name.hasPrefix(".") {
                    let bPath = filePath + "/" + b.name
                    if b.brokenLink { diagnostics.append(brokenLink(bPath, loop: b.isLoop)); continue }
                    if b.name.hasSuffix(".md"), !b.isDirectory {
                        if let page = readPage(bPath, name: b.name, kind: .bijlage, into: &content, diagnostics: &diagnostics) { bijlagen.append(page) }
                    } else if isImage(b.name) {
                        content.assets.insert(bPath)
                    } else {
                        unexpected(bPath, into: &diagnostics, expected: [])
                    }
                }
                continue
            }
            switch documentNames[entry.name] ?? entry.name {
            case "document.yaml":
                if let config = readYAML(filePath, into: &content, diagnostics: &diagnostics, as: DocumentConfig.read) {
                    document.config = config
                }
            case "hervormingsagenda.yaml":
                if let agenda = readYAML(filePath, into: &content, diagnostics: &diagnostics, as: DocumentAgenda.read) {
                    document.agenda = agenda
                }
            case "verantwoording.md":
                verantwoording = readPage(filePath, name: entry.name, kind: .verantwoording, into: &content, diagnostics: &diagnostics)
            case let name where name.hasSuffix(".md"):
                if let page = readPage(filePath, name: name, kind: .chapter, into: &content, diagnostics: &diagnostics) { chapters.append(page) }
            case let name where isImage(name):
                content.assets.insert(filePath)
            default:
                unexpected(filePath, into: &diagnostics, expected: ["document.yaml", "hervormingsagenda.yaml"])
            }
        }
        document.pages = chapters + bijlagen + (verantwoording.map { [$0] } ?? [])
        return document
    }

    private func collectAssets(_ path: String, into content: inout LoadedContent, visited: inout Set<String>, diagnostics: inout [Diagnostic]) {
        for entry in list(path, diagnostics: &diagnostics) where !entry.name.hasPrefix(".") {
            let p = path + "/" + entry.name
            if entry.brokenLink { diagnostics.append(brokenLink(p, loop: entry.isLoop)); continue }
            if entry.isDirectory {
                if enter(p, visited: &visited, diagnostics: &diagnostics) { collectAssets(p, into: &content, visited: &visited, diagnostics: &diagnostics) }
            } else if isImage(entry.name) {
                content.assets.insert(p)
            } else if entry.name.lowercased().hasSuffix(".md") || Self.markdownStem(ofMisnamed: entry.name) != nil {
                // A chapter moved into a folder of its own would drop out of the site unseen.
                diagnostics.append(unexpectedFile(p, "plansite leest `\(entry.name)` niet: in deze map staan alleen afbeeldingen",
                                                  hint: "een hoofdstuk staat direct in de map van het document, een bijlage in `bijlagen/`"))
            }
        }
    }

    /// One Markdown page read again on its own, through the cache, exactly as `load()` reads
    /// it: the preview server calls this for a saved chapter instead of walking the whole
    /// content folder. `relativePath` is relative to the content folder; `kind` is the one
    /// `load()` gave the page (it follows from the page's folder and name).
    public func reloadPage(_ relativePath: String, kind: LoadedPage.Kind) -> (page: LoadedPage?, diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        var content = LoadedContent()
        var diagnostics: [Diagnostic] = []
        let name = (relativePath as NSString).lastPathComponent
        let page = readPage(relativePath, name: name, kind: kind, into: &content, diagnostics: &diagnostics)
        return (page, diagnostics, content.sources)
    }

    /// A YAML file of one kind read again on its own, through the cache, as `load()` reads it
    /// (the preview's step after a saved `hervormingsagenda.yaml` or `overlegvormen.yaml`).
    /// `value` is nil when the file no longer reads as YAML: `load()` then leaves the kind's
    /// default in place and reports an error, which only the whole pipeline shows.
    public struct ReloadedYAML<Value: Sendable>: Sendable {
        public var value: Value?
        public var diagnostics: [Diagnostic]
        public var sources: [String: SourceFile]
        /// The file as diagnostics name it.
        public var shownPath: String
    }

    /// A document's `hervormingsagenda.yaml` (`relativePath` relative to the content folder).
    public func reloadAgenda(_ relativePath: String) -> ReloadedYAML<DocumentAgenda?> {
        reloadYAML(relativePath) { DocumentAgenda.read($0, file: $1, into: &$2) }
    }

    /// A region's `overlegvormen.yaml` (`relativePath` relative to the content folder).
    public func reloadGremia(_ relativePath: String) -> ReloadedYAML<[Gremium]> {
        reloadYAML(relativePath) { Gremium.readFile($0, file: $1, into: &$2) }
    }

    private func reloadYAML<Value: Sendable>(_ relativePath: String,
                                             read: (YAMLNode?, SourceFile, inout [Diagnostic]) -> Value) -> ReloadedYAML<Value> {
        var content = LoadedContent()
        var diagnostics: [Diagnostic] = []
        let value = readYAML(relativePath, into: &content, diagnostics: &diagnostics, as: read)
        return ReloadedYAML(value: value, diagnostics: diagnostics, sources: content.sources, shownPath: display(relativePath))
    }

    // MARK: - Files

    private func readPage(_ path: String, name: String, kind: LoadedPage.Kind, into content: inout LoadedContent, diagnostics: inout [Diagnostic]) -> LoadedPage? {
        cached(path, into: &content, diagnostics: &diagnostics) { parsePage(path, name: name, kind: kind, into: &$0, diagnostics: &$1) }
    }

    private func parsePage(_ path: String, name: String, kind: LoadedPage.Kind, into content: inout LoadedContent, diagnostics: inout [Diagnostic]) -> LoadedPage? {
        guard let file = readText(path, into: &content, diagnostics: &diagnostics) else { return nil }
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(file) {
        case .success(let s): split = s
        case .failure(let d): diagnostics.append(d); return nil
        }
        // Front matter that is not YAML is reported, and the page kept with what its keys say alone.
        let yaml = split.yaml.map { YAMLRecovery.Parsed($0, in: file, lineOffset: split.yamlLineOffset, into: &diagnostics) }
        let frontMatter = (yaml ?? .absent).read(into: &diagnostics) {
            PageFrontMatter.read($0, file: file, isBijlage: kind == .bijlage, into: &$1)
        }
        let blocks = MarkdownParser.parse(split.body, file: file, lineOffset: split.bodyLineOffset, into: &diagnostics)
        let slug = kind == .verantwoording ? "verantwoording" : Self.slug(fromFileName: name)
        // Chapter and bijlage names become URLs, ids and attributes: one rule for both.
        if kind != .verantwoording, !IdentifierRule.slug.accepts(slug) {
            diagnostics.append(.fileNameNotASlug(name, slug: slug, at: file.start))
        }
        let kept = keepsTexts ? file : file.withoutText
        return LoadedPage(kind: kind, fileName: name, relativePath: path, slug: slug, file: kept, footnoteLines: FootnoteLines(file),
                          frontMatter: frontMatter, blocks: blocks)
    }

    /// `03-1-opgave-1.md` → `opgave-1`: the leading digit groups only set the order.
    public static func slug(fromFileName name: String) -> String {
        var base = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        while let dash = base.firstIndex(where: { $0 == "-" || $0 == "_" }),
              base[..<dash].allSatisfy(\.isNumber), !base[..<dash].isEmpty,
              base.index(after: dash) < base.endIndex {
            base = String(base[base.index(after: dash)...])
        }
        return base
    }

    /// A YAML file read by `read`; nil when the file cannot be read at all. A file whose YAML
    /// does not parse is reported and read as far as what reads on its own
    /// (`YAMLRecovery.Parsed`).
    private func readYAML<Value>(_ path: String, into content: inout LoadedContent, diagnostics: inout [Diagnostic],
                                 as read: (YAMLNode?, SourceFile, inout [Diagnostic]) -> Value) -> Value? {
        guard let parsed = cached(path, into: &content, diagnostics: &diagnostics, parse: { parseYAML(path, into: &$0, diagnostics: &$1) }) else { return nil }
        return parsed.yaml.read(into: &diagnostics) { read($0, parsed.file, &$1) }
    }

    private func parseYAML(_ path: String, into content: inout LoadedContent, diagnostics: inout [Diagnostic]) -> (file: SourceFile, yaml: YAMLRecovery.Parsed)? {
        guard let file = readText(path, into: &content, diagnostics: &diagnostics) else { return nil }
        return (file, YAMLRecovery.Parsed(file.text, in: file, into: &diagnostics))
    }

    private func readText(_ path: String, into content: inout LoadedContent, diagnostics: inout [Diagnostic]) -> SourceFile? {
        let shown = display(path)
        let data: Data
        do {
            data = try fileSystem.read(root + "/" + path)
        } catch ContentFileSystem.ReadError.notRegular {
            diagnostics.append(Diagnostic(.fileNotRegular, at: SourceLocation(file: shown, line: 1, column: 1),
                                          "dit is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat); plansite leest het niet",
                                          hint: "vervang het door een gewoon bestand of verwijder het"))
            return nil
        } catch ContentFileSystem.ReadError.tooLarge(let bytes) {
            diagnostics.append(Diagnostic(.fileUnreadable, at: SourceLocation(file: shown, line: 1, column: 1),
                                          "het bestand is te groot om te lezen (\(bytes / (1 << 20)) MB; ten hoogste \(ContentFileSystem.maximumFileSize / (1 << 20)) MB)",
                                          hint: "splits de tekst over meer bestanden"))
            return nil
        } catch {
            diagnostics.append(Diagnostic(.fileUnreadable, at: SourceLocation(file: shown, line: 1, column: 1),
                                          "het bestand kan niet worden gelezen", hint: "controleer de rechten van het bestand (`chmod a+r`)"))
            return nil
        }
        // A file that is not UTF-8 is reported and read all the same (`decodeRepairing`).
        let (file, problem) = SourceFile.decodeRepairing(data, relativePath: path, displayPath: shown)
        if let problem { diagnostics.append(problem) }
        content.sources[shown] = keepsTexts ? file : file.withoutText
        if file.text.allSatisfy(\.isWhitespace) {
            if problem == nil {
                diagnostics.append(Diagnostic(.fileEmpty, at: file.start, "het bestand is leeg",
                                              hint: path.hasSuffix(".md") ? "begin met front matter:\n---\ntitel: ...\n---" : "vul het bestand of verwijder het"))
            }
            return nil
        }
        return file
    }

    /// The entries of a folder that may be read: a symbolic link whose real path lies outside
    /// the content folder, and anything that is neither a folder nor a regular file, is
    /// refused here with a fout and never opened. Hidden entries are left to the callers,
    /// which skip them.
    private func list(_ path: String, diagnostics: inout [Diagnostic]) -> [ContentFileSystem.Entry] {
        do {
            let entries = try fileSystem.list(path.isEmpty ? root : root + "/" + path)
            let canonicalRoot = fileSystem.canonical(root)
            return entries.filter { entry in
                guard !entry.name.hasPrefix("."), !entry.brokenLink else { return true }
                let relative = path.isEmpty ? entry.name : path + "/" + entry.name
                if entry.isSymbolicLink, let canonicalRoot {
                    guard resolvesInside(relative, canonicalRoot: canonicalRoot) else {
                        diagnostics.append(Diagnostic(.fileOutsideContent, at: SourceLocation(file: display(relative), line: 1, column: 1),
                                                      "dit is een symbolische koppeling naar iets buiten de inhoudsmap; plansite leest alleen bestanden in de inhoudsmap",
                                                      hint: "kopieer het bestand of de map naar de inhoudsmap en verwijder de koppeling"))
                        return false
                    }
                }
                if entry.isSpecial {
                    diagnostics.append(Diagnostic(.fileNotRegular, at: SourceLocation(file: display(relative), line: 1, column: 1),
                                                  "dit is geen gewoon bestand en geen map (maar bijvoorbeeld een pipe of een apparaat); plansite leest het niet",
                                                  hint: "vervang het door een gewoon bestand of verwijder het"))
                    return false
                }
                return true
            }
        } catch {
            diagnostics.append(Diagnostic(.fileUnreadable, at: SourceLocation(file: display(path), line: 1, column: 1),
                                          "de map kan niet worden gelezen", hint: "controleer de rechten van de map"))
            return []
        }
    }

    /// Refuses a directory that leads back into one already visited (a symlink loop).
    private func enter(_ path: String, visited: inout Set<String>, diagnostics: inout [Diagnostic]) -> Bool {
        guard let canonical = fileSystem.canonical(root + "/" + path) else {
            diagnostics.append(brokenLink(path, loop: errno == ELOOP))
            return false
        }
        guard visited.insert(canonical).inserted else {
            diagnostics.append(Diagnostic(.fileSymlinkLoop, at: SourceLocation(file: display(path), line: 1, column: 1),
                                          "deze map is een symbolische koppeling naar een map die al wordt gelezen (een lus)",
                                          hint: "verwijder de koppeling"))
            return false
        }
        return true
    }

    /// A required file that is not there (`BRON009`), reported at its first line.
    private func missingFile(_ path: String, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(.fileMissing, at: SourceLocation(file: display(path), line: 1, column: 1), message, hint: hint)
    }

    /// A symbolic link that cannot be followed: a loop (`zelf` → `zelf`) or a target that is gone.
    private func brokenLink(_ path: String, loop: Bool) -> Diagnostic {
        loop
            ? Diagnostic(.fileSymlinkLoop, at: SourceLocation(file: display(path), line: 1, column: 1),
                         "symbolische koppeling die een lus vormt", hint: "verwijder of herstel de koppeling")
            : Diagnostic(.fileBrokenLink, at: SourceLocation(file: display(path), line: 1, column: 1),
                         "symbolische koppeling die nergens heen leidt", hint: "verwijder de koppeling, of zet het bestand waar zij heen wijst terug")
    }

    private func unexpected(_ path: String, into diagnostics: inout [Diagnostic], expected: [String]) {
        let name = (path as NSString).lastPathComponent
        // A chapter saved as `.MD`, `.markdown` or `.md.txt` (Notepad's "Tekstdocument") would
        // otherwise drop out of the site without a word.
        if let stem = Self.markdownStem(ofMisnamed: name) {
            diagnostics.append(unexpectedFile(path, "`\(name)` lijkt een Markdown-bestand, maar plansite leest alleen namen die op `.md` eindigen",
                                              hint: "hernoem het naar `\(stem).md`"))
            return
        }
        let lowercased = name.lowercased()
        guard lowercased.hasSuffix(".yaml") || lowercased.hasSuffix(".yml") || name.hasSuffix(".md") else { return }
        diagnostics.append(unexpectedFile(path, "plansite kent het bestand `\(name)` op deze plek niet",
                                          hint: EditDistance.suggestion(name, in: expected) ?? (expected.isEmpty ? nil : "hier horen: \(expected.joined(separator: ", "))")))
    }

    /// `BRON005`, at the file's first line: a file the loader does not read where it is, or
    /// reads under the name it should have.
    private func unexpectedFile(_ path: String, _ message: String, hint: String?) -> Diagnostic {
        Diagnostic(.fileUnexpected, at: SourceLocation(file: display(path), line: 1, column: 1), message, hint: hint)
    }

    /// `document.yml` or `Document.yaml` where `document.yaml` is expected and not there:
    /// read as that file and reported once (BRON005), so one wrong name is one error, not
    /// the document dropped and every reference into it reported as well (43 for one
    /// renamed `document.yaml`). Keys: the names as written; values: the names meant.
    private func standIns(among entries: [ContentFileSystem.Entry], expected: [String], in folder: String,
                          into diagnostics: inout [Diagnostic]) -> [String: String] {
        let present = Set(entries.map(\.name))
        var found: [String: String] = [:]
        for entry in entries where !entry.isDirectory && !entry.brokenLink && !entry.name.hasPrefix(".") {
            var meant = entry.name.lowercased()
            if meant.hasSuffix(".yml") { meant = String(meant.dropLast(4)) + ".yaml" }
            guard meant != entry.name, expected.contains(meant), !present.contains(meant), !found.values.contains(meant) else { continue }
            found[entry.name] = meant
            diagnostics.append(unexpectedFile(folder + "/" + entry.name, "`\(entry.name)` hoort `\(meant)` te heten; plansite leest het als dat bestand",
                                              hint: "hernoem het naar `\(meant)`"))
        }
        return found
    }

    /// The name without its extension when it is a Markdown file under another extension
    /// than `.md` (`04-inkoop.MD`, `04-inkoop.markdown`, `04-inkoop.md.txt`); nil otherwise.
    static func markdownStem(ofMisnamed name: String) -> String? {
        guard !name.hasSuffix(".md") else { return nil }
        let lowercased = name.lowercased()
        for suffix in [".md.txt", ".markdown.txt", ".markdown", ".mdown", ".mkd", ".md"] where lowercased.hasSuffix(suffix) {
            let stem = String(name.dropLast(suffix.count))
            return stem.isEmpty ? nil : stem
        }
        return nil
    }

    private func checkSlug(_ slug: String, path: String, into diagnostics: inout [Diagnostic]) {
        if slug != Slug.make(slug) {
            diagnostics.append(.folderNameNotASlug(slug, at: SourceLocation(file: display(path), line: 1, column: 1)))
        }
    }

    private func isImage(_ name: String) -> Bool {
        Self.imageExtensions.contains((name as NSString).pathExtension.lowercased())
    }

    /// The files at `shown` (paths as diagnostics show them) read again, for the lines
    /// diagnostics quote when the load kept no texts (`keepsTexts`). Only files the load read
    /// (`read`, its `sources`) are read again, and only where they still lie inside the
    /// content folder: a link out of it, refused by the load or put in its place since, is
    /// never followed. A file left out is quoted without its line.
    public func rereadSources(_ shown: Set<String>, among read: [String: SourceFile]) -> [String: SourceFile] {
        guard let canonicalRoot = fileSystem.canonical(root) else { return [:] }
        var sources: [String: SourceFile] = [:]
        for path in shown {
            guard let known = read[path], resolvesInside(known.relativePath, canonicalRoot: canonicalRoot),
                  let data = try? fileSystem.read(root + "/" + known.relativePath) else { continue }
            sources[path] = SourceFile.decodeRepairing(data, relativePath: known.relativePath, displayPath: path).file
        }
        return sources
    }

    /// Whether `relative` (a path in the content folder) resolves, through any links, to the
    /// content folder or a place inside it: the one rule for a link the load follows and a
    /// file it reads again.
    private func resolvesInside(_ relative: String, canonicalRoot: String) -> Bool {
        guard let target = fileSystem.canonical(root + "/" + relative) else { return false }
        return target == canonicalRoot || target.hasPrefix(canonicalRoot == "/" ? "/" : canonicalRoot + "/")
    }

    func display(_ path: String) -> String {
        if path.isEmpty { return displayRoot }
        return displayRoot.isEmpty || displayRoot == "." ? path : displayRoot + "/" + path
    }
}
