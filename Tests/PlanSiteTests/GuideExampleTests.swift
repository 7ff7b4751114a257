import Foundation
import Testing

/// Every fenced block of the editors' guide (`docs/inhoud.md`) is tested as the comment line
/// directly before it says (`<!-- voorbeeld: … -->`, the kinds are listed at the top of the
/// guide): a chapter or YAML file is built with the real binary and `--strict` in a small
/// site that holds what it refers to (`GuideScaffold`); the complete example must be the
/// files of `docs/voorbeeld`; shown output must be what plansite prints; shown commands must
/// use options that exist. A block without that line fails, so no example goes untested.
@Suite struct GuideExampleTests {
    static let guide = TestSupport.repository.appendingPathComponent("docs/inhoud.md")
    static let examples: [GuideExample] = (try? GuideExample.all(in: TestSupport.read(guide))) ?? []

    /// The guide's complete example, built once: the `bestand` and `mappen` blocks show it.
    static let voorbeeldBuild: Result<TestSupport.ProcessResult, Error> = Result {
        let root = try TestSupport.scratch("voorbeeld")
        defer { try? FileManager.default.removeItem(at: root) }
        return try TestSupport.run(["build", "--strict", "--content", TestSupport.exampleContent.path, "--output", "site"], in: root)
    }

    @Test func everyFencedBlockSaysHowItIsTested() throws {
        let examples = try GuideExample.all(in: TestSupport.read(Self.guide))
        #expect(examples.count >= 40, "the guide's fenced blocks were not found")
        for example in examples {
            let marker = try #require(example.marker, "docs/inhoud.md:\(example.line): a fenced block without `<!-- voorbeeld: … -->` on the line before it")
            #expect(GuideExample.Kind(marker) != nil, "docs/inhoud.md:\(example.line): unknown kind `\(marker)`")
        }
    }

    @Test func theScaffoldBuildsWithoutWarnings() throws {
        Self.expectClean(try Self.build(GuideScaffold.files()))
    }

    @Test(arguments: examples) func example(_ example: GuideExample) throws {
        let kind = try #require(example.marker.flatMap { GuideExample.Kind($0) }, "no or an unknown `voorbeeld:` line")
        switch kind {
        case .chapter, .yaml:
            var files = GuideScaffold.files()
            if case .yaml(let file) = kind {
                GuideScaffold.place(yaml: example.text, as: file, in: &files)
            } else {
                GuideScaffold.place(chapter: example.text, in: &files)
            }
            Self.expectClean(try Self.build(files))
        case .file(let path):
            #expect(try TestSupport.read(TestSupport.repository.appendingPathComponent(path)) == example.text, "\(path) differs from the guide")
            Self.expectClean(try Self.voorbeeldBuild.get())
        case .tree(let path):
            #expect(try Self.tree(of: TestSupport.repository.appendingPathComponent(path)) == Self.tree(shown: example.text))
        case .command:
            try Self.checkCommands(example.text)
        case .output(let command, let file, let old, let new):
            let result = try Self.output(of: command, onVoorbeeldWith: file, replacing: old, by: new)
            #expect(result.stderr.contains(example.text), "plansite printed:\n\(result.stderr)")
        case .untested:
            break // not built; the marker's syntax demands a reason
        }
    }

    // MARK: - Running plansite

    /// A strict build that published, without a single error or warning.
    static func expectClean(_ result: TestSupport.ProcessResult, sourceLocation: SourceLocation = #_sourceLocation) {
        let clean = result.status == 0 && result.stderr.contains("(0 fouten, 0 waarschuwingen")
            && !result.stderr.contains("fout[") && !result.stderr.contains("waarschuwing[")
        #expect(clean, "\(result.stderr)", sourceLocation: sourceLocation)
    }

    /// Builds `files` (paths relative to a scratch folder, with `content/`) strictly.
    static func build(_ files: [String: String]) throws -> TestSupport.ProcessResult {
        let root = try TestSupport.scratch("gids")
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(files, into: root)
        return try TestSupport.run(["build", "--strict"], in: root)
    }

    /// Runs `command` on a copy of docs/voorbeeld (at its `--content`, else `content`) in which
    /// `old` in `file` (relative to that copy) is replaced by `new`; `old` must occur once.
    static func output(of command: [String], onVoorbeeldWith file: String, replacing old: String, by new: String) throws -> TestSupport.ProcessResult {
        let root = try TestSupport.scratch("uitvoer")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = command.firstIndex(of: "--content").flatMap { command.indices.contains($0 + 1) ? command[$0 + 1] : nil } ?? "content"
        let copy = root.appendingPathComponent(content)
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try TestSupport.copyTree(TestSupport.exampleContent, to: copy)
        let url = copy.appendingPathComponent(file)
        let text = try TestSupport.read(url)
        #expect(text.components(separatedBy: old).count == 2, "`\(old)` should occur once in \(file)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        return try TestSupport.run(command, in: root)
    }

    /// Each line `plansite <command> …` names options that command has; a synopsis (a line
    /// with `[`) names all of them, as its `--help` does.
    static func checkCommands(_ text: String) throws {
        func options(_ line: some StringProtocol) -> Set<String> {
            Set(line.split(whereSeparator: { " []|".contains($0) }).filter { $0.hasPrefix("--") }.map { String($0.prefix { $0 != "=" }) })
        }
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("plansite ") }
        #expect(!lines.isEmpty, "no `plansite` command in the block")
        for line in lines {
            let command = line.split(separator: " ")[1]
            let help = try TestSupport.run([String(command), "--help"], in: TestSupport.repository)
            let usage = try #require(help.stdout.split(separator: "\n").first { $0.hasPrefix("GEBRUIK:") }, "`plansite \(command) --help` has no usage line")
            if line.contains("[") {
                #expect(options(line) == options(usage), "`\(line)` against `\(usage)`")
            } else {
                #expect(options(line).isSubset(of: options(usage)), "`\(line)` against `\(usage)`")
            }
        }
    }

    /// The files and folders under `url` (folders with a trailing `/`), hidden ones left out.
    static func tree(of url: URL) throws -> Set<String> {
        var paths: Set<String> = []
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        while let item = enumerator?.nextObject() as? URL {
            let relative = item.standardizedFileURL.pathComponents.dropFirst(url.standardizedFileURL.pathComponents.count).joined(separator: "/")
            let isFolder = try item.resourceValues(forKeys: [.isDirectoryKey]).isDirectory == true
            paths.insert(isFolder ? relative + "/" : relative)
        }
        return paths
    }

    /// The paths a tree in the guide shows: a root line, then names indented two spaces per level.
    static func tree(shown text: String) -> Set<String> {
        var paths: Set<String> = []
        var folders: [String] = []
        for line in text.split(separator: "\n").dropFirst() {
            let depth = line.prefix { $0 == " " }.count / 2 - 1
            guard depth >= 0, let name = line.split(separator: " ").first else { continue }
            folders = Array(folders.prefix(depth))
            let path = folders.joined() + name
            paths.insert(path)
            if name.hasSuffix("/") { folders.append(String(name)) }
        }
        return paths
    }
}

/// A fenced block of the guide and the `voorbeeld:` comment on the line before it.
struct GuideExample: Sendable, CustomTestStringConvertible {
    /// The line of the opening fence.
    var line: Int
    var marker: String?
    /// The block's lines, without the fence's indentation, each ending in a newline.
    var text: String

    var testDescription: String { "inhoud.md:\(line) \(marker ?? "(geen voorbeeld-regel)")" }

    /// What the marker asks for; the kinds are listed in a comment at the top of the guide.
    enum Kind: Equatable {
        case chapter
        case yaml(file: String)
        case file(String)
        case tree(String)
        case command
        case output(command: [String], file: String, old: String, new: String)
        case untested(reason: String)

        init?(_ marker: String) {
            let words = marker.split(separator: " ", maxSplits: 1).map(String.init)
            switch words.first {
            case "hoofdstuk" where words.count == 1: self = .chapter
            case "commando" where words.count == 1: self = .command
            case "bestand" where words.count == 2: self = .file(words[1])
            case "mappen" where words.count == 2: self = .tree(words[1])
            case "geen:" where words.count == 2: self = .untested(reason: words[1])
            case "uitvoer":
                // uitvoer | COMMAND | FILE: OLD → NEW
                let fields = marker.components(separatedBy: " | ")
                guard fields.count == 3, let colon = fields[2].range(of: ": ") else { return nil }
                let change = fields[2][colon.upperBound...].components(separatedBy: " → ")
                let command = fields[1].split(separator: " ").map(String.init)
                guard change.count == 2, command.first == "plansite" else { return nil }
                self = .output(command: Array(command.dropFirst()), file: String(fields[2][..<colon.lowerBound]), old: change[0], new: change[1])
            case let file? where words.count == 1 && file.hasSuffix(".yaml"): self = .yaml(file: file)
            default: return nil
            }
        }
    }

    static func all(in guide: String) -> [GuideExample] {
        let lines = guide.split(separator: "\n", omittingEmptySubsequences: false)
        var examples: [GuideExample] = []
        var i = 0
        while i < lines.count {
            let indent = lines[i].prefix { $0 == " " }.count
            let mark = lines[i].dropFirst(indent).first
            let fence = lines[i].dropFirst(indent).prefix { $0 == mark }
            guard mark == "`" || mark == "~", fence.count >= 3 else { i += 1; continue }
            let isClosing = { (line: Substring) in
                let rest = line.drop { $0 == " " }
                return rest.hasPrefix(fence) && rest.allSatisfy { $0 == mark || $0 == " " }
            }
            let end = lines[(i + 1)...].firstIndex(where: isClosing) ?? lines.count
            let body = lines[(i + 1)..<end].map { line in String(line.dropFirst(min(indent, line.prefix { $0 == " " }.count))) }
            let previous = i > 0 ? lines[i - 1].trimmingCharacters(in: .whitespaces) : ""
            var marker: String?
            if previous.hasPrefix("<!-- voorbeeld:"), previous.hasSuffix("-->") {
                marker = previous.dropFirst("<!-- voorbeeld:".count).dropLast(3).trimmingCharacters(in: .whitespaces)
            }
            examples.append(GuideExample(line: i + 1, marker: marker, text: body.map { $0 + "\n" }.joined()))
            i = end + 1
        }
        return examples
    }
}

/// The site a chapter or YAML example is built in: one region with the documents the guide's
/// examples name, every plan part they refer to, numbered without gaps, the national list's
/// themas 1–5 with maatregelen N.1–N.3, a gremium `rpo-zorg`, a begrip `ret` and an image.
enum GuideScaffold {
    static let region = "content/regio"
    /// Where a chapter or document file goes that defines nothing the scaffold has.
    static let mainDocument = region + "/regioprogramma-2023-2028"

    static func files() -> [String: String] {
        var files = [
            "content/site.yaml": "titel: Handleiding\nbasis-url: https://handleiding.example/\n",
            "content/hervormingsagenda/hervormingsagenda.yaml": nationalList(),
            region + "/regio.yaml": "naam: Regio\ngemeenten: [Aadorp, Bedorp]\n",
            region + "/begrippen.yaml": "begrippen:\n  - id: ret\n    term: Regionaal Expertteam\n",
            region + "/overlegvormen.yaml": "gremia:\n  - id: rpo-zorg\n    naam: Regionaal Portefeuillehoudersoverleg Zorg\n",
            mainDocument + "/afbeeldingen/kaart-regio.png": "\u{89}PNG\r\n",
        ]
        files.merge(document("regioprogramma-2023-2028", niveaus: ["Opgave", "Actielijn"], counts: [6, 5])) { $1 }
        files.merge(document("uitvoeringsplan-2025", niveaus: ["Themalijn", "Eindresultaat", "Inspanning"], counts: [3, 1, 3])) { $1 }
        files.merge(document("regiovisie-2021", niveaus: [], counts: [])) { $1 }
        return files
    }

    static func nationalList() -> String {
        var yaml = "themas:\n"
        for thema in 1...5 {
            yaml += "  - id: \"\(thema)\"\n    titel: Thema \(thema)\n    maatregelen:\n"
            for maatregel in 1...3 { yaml += "      - id: \"\(thema).\(maatregel)\"\n        titel: Maatregel \(thema).\(maatregel)\n" }
        }
        return yaml
    }

    /// A document with `counts[0]` parts of the top level, each a page; below each,
    /// `counts[1]` parts as headings, and below each of those `counts[2]` as list items.
    static func document(_ slug: String, niveaus: [String], counts: [Int]) -> [String: String] {
        let folder = region + "/" + slug + "/"
        var files = [folder + "document.yaml": "titel: Document \(slug)\nsoort: anders\nniveaus: [\(niveaus.joined(separator: ", "))]\n"]
        let kinds = niveaus.map { $0.lowercased() }
        guard let top = counts.first, !kinds.isEmpty else {
            files[folder + "01-tekst.md"] = "---\ntitel: Tekst\nnummer: \"1\"\n---\n\nTekst.\n"
            return files
        }
        for n in 1...top {
            var page = "---\ntitel: Deel \(n)\nid: \(kinds[0]):\(n)\n---\n\nTekst.\n"
            for m in counts.count > 1 ? Array(1...counts[1]) : [] {
                page += "\n## Deel \(n).\(m) {#\(kinds[1]):\(n).\(m)}\n"
                let items = counts.count > 2 ? (1...counts[2]).map { "- {#\(kinds[2]):\(n).\(m).\($0)} Deel \(n).\(m).\($0)\n" } : []
                if !items.isEmpty { page += "\n" + items.joined() }
            }
            files[folder + "0\(n)-deel-\(n).md"] = page
        }
        return files
    }

    /// Puts a chapter example in place of the scaffold's definitions of the plan parts it
    /// defines (`{#actielijn:4.1}`, `id: opgave:4`), or else as a chapter of its own.
    static func place(chapter example: String, in files: inout [String: String]) {
        let defined = definitions(in: example)
        let defines = { (line: Substring) in defined.contains { line.contains("{#\($0)}") || line == "id: \($0)" } }
        guard let path = files.keys.sorted().first(where: { files[$0]?.split(separator: "\n").contains(where: defines) == true }),
              let page = files[path] else {
            files[mainDocument + "/99-voorbeeld.md"] = example.hasPrefix("---\n") ? example : "---\ntitel: Voorbeeld\n---\n\n" + example
            return
        }
        var lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        if example.hasPrefix("---\n"), let end = lines.dropFirst().firstIndex(of: "---") {
            // The example's front matter (and text) come first, then the rest of the page.
            lines = lines[(end + 1)...].filter { !defines($0) }
            files[path] = example + lines.joined(separator: "\n")
        } else if let at = lines.firstIndex(where: defines) {
            lines.removeAll(where: defines)
            lines.insert(contentsOf: ["", Substring(example)], at: at)
            files[path] = lines.joined(separator: "\n")
        }
    }

    /// The plan parts an example defines: in a front matter `id` and in `{#soort:nummer}`
    /// attributes (not `{#ha-thema:N}`, which places the answers on a thema).
    static func definitions(in example: String) -> [String] {
        var found: [String] = []
        for line in example.split(separator: "\n") {
            if line.hasPrefix("id: ") { found.append(String(line.dropFirst(4))) }
            var rest = line[...]
            while let open = rest.range(of: "{#"), let close = rest[open.upperBound...].firstIndex(of: "}") {
                let id = String(rest[open.upperBound..<close])
                if id.contains(":"), !id.hasPrefix("ha-thema:") { found.append(id) }
                rest = rest[close...]
            }
        }
        return found
    }

    /// Puts a YAML example in its file: its top-level keys replace the scaffold's.
    static func place(yaml example: String, as file: String, in files: inout [String: String]) {
        let path: String
        switch file {
        case "site.yaml", "hervormingsagenda/hervormingsagenda.yaml": path = "content/" + file
        case "regio.yaml", "begrippen.yaml", "overlegvormen.yaml": path = region + "/" + file
        default: path = mainDocument + "/" + file
        }
        func key(_ line: Substring) -> Substring? {
            guard let first = line.first, !" #-".contains(first), let colon = line.firstIndex(of: ":") else { return nil }
            return line[..<colon]
        }
        let replaced = Set(example.split(separator: "\n").compactMap(key))
        var kept: [Substring] = []
        var skipping = false
        for line in (files[path] ?? "").split(separator: "\n") {
            if let key = key(line) { skipping = replaced.contains(key) }
            if !skipping { kept.append(line) }
        }
        files[path] = kept.map { $0 + "\n" }.joined() + example
    }
}
