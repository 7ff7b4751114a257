import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel
@testable import PreviewServer

/// After every incremental rebuild the output folder holds exactly what a full build of the
/// same sources writes, and the diagnostics are the same: checked on a copy of the bundled
/// content, edited the ways an editor does (text only, links to other documents, a title
/// other pages quote, an error and its fix, two documents at once), and every kind of source
/// file saved: a chapter, a bijlage, `document.yaml`, a document's Hervormingsagenda mapping,
/// a region's overlegvormen and begrippen, the national agenda, a theme template, and
/// files added and removed.
@Suite(.serialized) struct IncrementalEquivalenceTests {
    static let content = PreviewHarness.repository.appendingPathComponent("content")
    /// Paths relative to a scene's scratch root.
    static let regioprogramma = "content/rijk-van-nijmegen/regioprogramma-2023-2028"
    static let inleiding = regioprogramma + "/01-inleiding.md"
    static let bijlage = regioprogramma + "/bijlagen/01-lokale-teams.md"
    static let doelenboom = regioprogramma + "/bijlagen/02-doelenboom-regioprogramma-jeugd.md"
    static let visie = "content/rivierenland/regiovisie-2023/04-visie-en-ambities.md"

    /// A scratch root holding a copy of the content (and, once a test makes one, a
    /// `themes/` folder beside it, as `plansite serve` watches), a rebuilder writing into
    /// `out`, and full builds to compare with. Changes reach the rebuilder as they reach it
    /// under `plansite serve`: as the difference between two snapshots of the watched folders.
    final class Scene: @unchecked Sendable {
        let root: URL
        let content: URL
        let output: URL
        let rebuilder: SiteRebuilder
        let lines = LockedLines()
        private var fullBuilds = 0
        /// The folders the watcher of `plansite serve` watches: the content and `themes/` beside it.
        private let watched: [String]
        /// What the watched folders held at the last rebuild.
        private var snapshot: SourceSnapshot

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-equivalence-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            content = root.appendingPathComponent("content")
            try FileManager.default.copyItem(at: IncrementalEquivalenceTests.content, to: content)
            output = root.appendingPathComponent("out")
            let lines = self.lines
            rebuilder = SiteRebuilder(options: Self.options(content: content.path, output: output.path), state: PreviewState(),
                                      events: EventBroadcaster(), log: { lines.append($0) })
            watched = [content.standardizedFileURL.path, root.appendingPathComponent("themes").standardizedFileURL.path]
            snapshot = SourceSnapshot.take(watched, excluding: output.standardizedFileURL.path)
        }

        /// A scene whose first build is done and equals a full build.
        static func built(sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> Scene {
            let scene = try Scene()
            await scene.rebuilder.rebuild()
            let (first, _) = scene.fullBuild()
            try IncrementalEquivalenceTests.expectSameOutput(scene, first, "first build", sourceLocation: sourceLocation)
            return scene
        }

        static func options(content: String, output: String) -> SiteBuild.Options {
            var options = SiteBuild.Options(content: content, output: output)
            options.parseCache = ParseCache()
            return options
        }

        /// A file of the scratch root: `content/...` or `themes/...`.
        func file(_ relative: String) -> URL { root.appendingPathComponent(relative) }

        /// Rewrites a file in place, as an editor's save does.
        func edit(_ relative: String, _ change: (String) -> String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
            let url = file(relative)
            let text = try String(contentsOf: url, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(relative) changes nothing", sourceLocation: sourceLocation)
            try Data(changed.utf8).write(to: url)
        }

        /// Writes a new file (and the folders above it).
        func create(_ relative: String, _ text: String) throws {
            let url = file(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            #expect(!FileManager.default.fileExists(atPath: url.path), "\(relative) is new")
            try Data(text.utf8).write(to: url)
        }

        func delete(_ relative: String) throws {
            try FileManager.default.removeItem(at: file(relative))
        }

        /// Rebuilds after what changed in the watched folders since the last rebuild, told
        /// to the rebuilder as the watcher tells it (`SourceSnapshot.change(since:)`).
        /// Returns the changed files, relative to the scratch root.
        func rebuild(settling: Bool = true) async -> [String] {
            let now = SourceSnapshot.take(watched, excluding: output.standardizedFileURL.path)
            let change = now.change(since: snapshot)
            snapshot = now
            await rebuilder.rebuild(change)
            // The gemeente pages and search index of an edit are written after it, off the rebuild queue.
            if settling { await rebuilder.gatheringSettled() }
            let base = root.standardizedFileURL.path + "/"
            return change.paths.map { $0.hasPrefix(base) ? String($0.dropFirst(base.count)) : $0 }
        }

        /// A full build of the current sources into a folder of its own.
        func fullBuild() -> (folder: URL, outcome: SiteBuild.Outcome) {
            fullBuilds += 1
            let folder = root.appendingPathComponent("full-\(fullBuilds)")
            var options = SiteBuild.Options(content: content.path, output: folder.path)
            options.includeConcept = false
            return (folder, SiteBuild(options: options).build())
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    final class LockedLines: @unchecked Sendable {
        private var all: [String] = []
        private let lock = NSLock()
        func append(_ line: String) { lock.lock(); all.append(line); lock.unlock() }
        var last: String? { lock.lock(); defer { lock.unlock() }; return all.last }
        /// The line before the last.
        var previous: String? { lock.lock(); defer { lock.unlock() }; return all.dropLast().last }
        var every: [String] { lock.lock(); defer { lock.unlock() }; return all }
    }

    /// Every file below `folder`, hidden ones (`.plansite`) included, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The rebuilder's output is the full build's, file for file and byte for byte.
    static func expectSameOutput(_ scene: Scene, _ full: URL, _ step: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let mine = try files(in: scene.output)
        let theirs = try files(in: full)
        let onlyMine = Set(mine.keys).subtracting(theirs.keys).sorted().prefix(10)
        let onlyTheirs = Set(theirs.keys).subtracting(mine.keys).sorted().prefix(10)
        #expect(Set(mine.keys) == Set(theirs.keys), "\(step): the same files; only rebuilt: \(onlyMine), only in the full build: \(onlyTheirs)",
                sourceLocation: sourceLocation)
        let differing = theirs.keys.filter { mine[$0] != nil && Self.comparable(mine[$0], $0) != Self.comparable(theirs[$0], $0) }.sorted()
        #expect(differing.isEmpty, "\(step): files that differ from a full build: \(differing.prefix(10))", sourceLocation: sourceLocation)
        #expect(theirs.keys.contains(OutputFolderGuard.markerName), "\(step): hidden files are compared too", sourceLocation: sourceLocation)
        #expect(theirs.count > 200, sourceLocation: sourceLocation)
    }

    /// A file's bytes as compared: the sitemap's `lastmod` is the day each build ran, and a
    /// run across midnight (UTC) made the preview's rebuild and the full build after it on two
    /// days; the sitemap's pages are compared all the same.
    static func comparable(_ data: Data?, _ path: String) -> Data? {
        guard path == "sitemap.xml", let data else { return data }
        let text = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<lastmod>[0-9]{4}-[0-9]{2}-[0-9]{2}</lastmod>", with: "<lastmod/>", options: .regularExpression)
        return Data(text.utf8)
    }

    /// Rebuilds after the edit; expects the watcher to report exactly `changed` (relative to
    /// the scratch root), the incremental path (or not), the full build's output when the
    /// sources build, and the full build's diagnostics.
    /// - Parameter visible: the edit changes what readers see, so the output must change too
    ///   (false only for an edit that restores the last good sources).
    static func step(_ scene: Scene, _ name: String, changed: [String], incremental: Bool, builds: Bool = true, visible: Bool = true,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let before = scene.rebuilder.incrementalRebuilds
        let lastGood = try Self.files(in: scene.output)
        let reported = await scene.rebuild()
        #expect(reported == changed.sorted(), "\(name): the files the watcher reports", sourceLocation: sourceLocation)
        #expect(scene.rebuilder.incrementalRebuilds - before == (incremental ? 1 : 0), "\(name): incremental path \(incremental ? "" : "not ")taken",
                sourceLocation: sourceLocation)
        let (folder, outcome) = scene.fullBuild()
        let blocks = outcome.diagnostics.hasErrors
        #expect(blocks == !builds, "\(name): the sources \(builds ? "build" : "do not build")", sourceLocation: sourceLocation)
        let state = scene.rebuilder.state.snapshot
        if blocks {
            #expect(state.blocking == outcome.diagnostics.filter { $0.severity != .info }, "\(name): the full build's diagnostics", sourceLocation: sourceLocation)
            #expect(try Self.files(in: scene.output) == lastGood, "\(name): the last good site stays", sourceLocation: sourceLocation)
        } else {
            #expect(state.blocking.isEmpty, sourceLocation: sourceLocation)
            #expect(scene.rebuilder.incremental?.diagnostics == outcome.diagnostics, "\(name): the full build's diagnostics", sourceLocation: sourceLocation)
            try expectSameOutput(scene, folder, name, sourceLocation: sourceLocation)
            #expect(try Self.files(in: scene.output) != lastGood || !visible, "\(name): the output changes", sourceLocation: sourceLocation)
        }
        #expect(scene.lines.last?.hasPrefix("plansite: ") == true, sourceLocation: sourceLocation)
    }

    @Test func everyIncrementalRebuildWritesWhatAFullBuildWrites() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }

        // Text only.
        try scene.edit(Self.inleiding) { $0 + "\nEen nieuwe alinea, alleen tekst.\n" }
        try await Self.step(scene, "text only", changed: [Self.inleiding], incremental: true)
        // The pages first, then the gemeente pages and the search index with a line of their own.
        #expect(scene.lines.previous?.contains("bijgewerkt na 01-inleiding.md in ") == true)
        #expect(scene.lines.last?.hasPrefix("plansite: zoekindex en gemeentepagina's bijgewerkt in ") == true)

        // Links with empty text to another region's entity, to a chapter that is an entity
        // and to a national maatregel: each target's "genoemd in" grows.
        try scene.edit(Self.inleiding) { $0 + "\nZie ook [](actielijn:1@rivierenland/regiovisie-2023), [](opgave:2) en [](maatregel:1.2).\n" }
        try await Self.step(scene, "a link to another document", changed: [Self.inleiding], incremental: true)

        // The title of that entity, shown by the empty link elsewhere: its exports change.
        try scene.edit(Self.visie) { $0.replacingOccurrences(of: "### Normaliseren {#actielijn:1}", with: "### Normaliseren als gewoonte {#actielijn:1}") }
        try await Self.step(scene, "a title other pages show", changed: [Self.visie], incremental: false)

        // Text inside an entity of the other document, and a footnote nobody uses (a warning).
        try scene.edit(Self.visie) { $0 + "\nNog een zin bij de laatste actielijn.\n\n[^ongebruikt]: Een voetnoot zonder verwijzing.\n" }
        try await Self.step(scene, "entity text and a warning", changed: [Self.visie], incremental: true)

        // An error: the link points nowhere. The last good site stays.
        try scene.edit(Self.inleiding) { $0 + "\nEen [kapotte verwijzing](actielijn:99@rivierenland/regiovisie-2023).\n" }
        try await Self.step(scene, "an error", changed: [Self.inleiding], incremental: true, builds: false)

        // The error fixed (after errors the whole site is built again).
        try scene.edit(Self.inleiding) { $0.replacingOccurrences(of: "actielijn:99@", with: "actielijn:2@") }
        try await Self.step(scene, "the error fixed", changed: [Self.inleiding], incremental: false)

        // Links removed: "genoemd in" shrinks again; two documents saved at once.
        try scene.edit(Self.inleiding) { $0.replacingOccurrences(of: "Zie ook [](actielijn:1@rivierenland/regiovisie-2023), [](opgave:2) en [](maatregel:1.2).", with: "Zie ook elders.") }
        try scene.edit(Self.visie) { $0.replacingOccurrences(of: "Nog een zin bij de laatste actielijn.", with: "Een andere zin bij de laatste actielijn.") }
        try await Self.step(scene, "links removed, two documents", changed: [Self.inleiding, Self.visie], incremental: true)

        // A bijlage's text, with a link to a begrip of its region.
        try scene.edit(Self.bijlage) { $0 + "\nMeer over [opgave 1](opgave:1) in deze bijlage.\n" }
        try await Self.step(scene, "a bijlage", changed: [Self.bijlage], incremental: true)

        // Front matter that no longer parses, and then parses again.
        try scene.edit(Self.bijlage) { $0.replacingOccurrences(of: "titel: Lokale teams", with: "titel: [Lokale teams") }
        try await Self.step(scene, "broken front matter", changed: [Self.bijlage], incremental: false, builds: false)
        try scene.edit(Self.bijlage) { $0.replacingOccurrences(of: "titel: [Lokale teams", with: "titel: Lokale teams") }
        try await Self.step(scene, "front matter fixed", changed: [Self.bijlage], incremental: false, visible: false)

        // A heading's text: its anchor changes, which other pages can link to.
        try scene.edit(Self.inleiding) { $0.replacingOccurrences(of: "## Start Regioprogramma Jeugd", with: "## Begin van het Regioprogramma Jeugd") }
        try await Self.step(scene, "a heading", changed: [Self.inleiding], incremental: false)
    }

    /// A gemeente named, its place's text changed, and the naming removed: the gemeente's
    /// page (and the index's count) follow each step, without a whole build.
    @Test func gemeenteMention() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }
        try scene.edit(Self.inleiding) { $0 + "\nOok Tiel en Culemborg doen mee aan de proeftuin.\n" }
        try await Self.step(scene, "a gemeente named", changed: [Self.inleiding], incremental: true)
        try scene.edit(Self.inleiding) { $0.replacingOccurrences(of: "doen mee aan de proeftuin", with: "kijken mee met de proeftuin") }
        try await Self.step(scene, "the naming place's text", changed: [Self.inleiding], incremental: true)
        // Berg & Dal, named in the first paragraph: the places after it are numbered anew.
        try scene.edit(Self.inleiding) { $0.replacingOccurrences(of: "Berg & Dal, Beuningen", with: "Beuningen") }
        try await Self.step(scene, "a naming removed above others", changed: [Self.inleiding], incremental: true)
        try scene.edit(Self.inleiding) { $0.replacingOccurrences(of: "\nOok Tiel en Culemborg kijken mee met de proeftuin.\n", with: "") }
        try await Self.step(scene, "a gemeente no longer named", changed: [Self.inleiding], incremental: true)
    }

    /// A second save before the first one's gemeente pages and index are made: the first
    /// gathering is dropped unwritten, and the second makes the gemeente pages of both saves.
    @Test func aSecondSaveBeforeTheFirstOnesGathering() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }
        scene.rebuilder.holdGathering()
        try scene.edit(Self.inleiding) { $0 + "\nOok Heumen doet mee aan de proeftuin.\n" }
        #expect(await scene.rebuild(settling: false) == [Self.inleiding])
        try scene.edit(Self.visie) { $0 + "\nOok Culemborg kijkt mee.\n" }
        let reported = await scene.rebuild(settling: false)
        #expect(reported == [Self.visie])
        scene.rebuilder.releaseGathering()
        await scene.rebuilder.gatheringSettled()
        #expect(scene.rebuilder.incrementalRebuilds == 2)
        let gathered = scene.lines.every.filter { $0.hasPrefix("plansite: zoekindex en gemeentepagina's bijgewerkt") }
        #expect(gathered.count == 1, "the first save's gathering is dropped: \(gathered)")
        let (folder, outcome) = scene.fullBuild()
        #expect(!outcome.diagnostics.hasErrors)
        try Self.expectSameOutput(scene, folder, "two saves, one gathering")
        let heumen = try #require(try Self.files(in: scene.output)["gemeenten/heumen/index.html"].map { String(decoding: $0, as: UTF8.self) })
        #expect(heumen.contains("proeftuin"))
    }

    // MARK: - Every kind of source
    //
    // One test per kind of source file an editor saves, each on a fresh copy of the content:
    // a change readers see, rebuilt as `plansite serve` rebuilds it, compared with a full build.

    /// A bijlage's text and its title (which its document's contents list and pager show).
    @Test func bijlage() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }
        try scene.edit(Self.doelenboom) { $0 + "\nDe doelen zijn in 2024 opnieuw bekeken met de [lokale teams](bijlage:1).\n" }
        try await Self.step(scene, "bijlage text", changed: [Self.doelenboom], incremental: true)
        try scene.edit(Self.doelenboom) { $0.replacingOccurrences(of: "titel: Doelenboom Regioprogramma Jeugd", with: "titel: De doelenboom van het Regioprogramma Jeugd") }
        try await Self.step(scene, "bijlage title", changed: [Self.doelenboom], incremental: false)
    }

    /// `document.yaml`: the version (every page of the document shows it; the same number of
    /// bytes, so only the time stamp tells the parse cache) and the title.
    @Test func documentConfiguration() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }
        let config = Self.regioprogramma + "/document.yaml"
        try scene.edit(config) { $0.replacingOccurrences(of: "van 19-09-2023", with: "van 26-09-2023") }
        try await Self.step(scene, "document.yaml versie", changed: [config], incremental: false)
        try scene.edit(config) { $0.replacingOccurrences(of: "titel: Regioprogramma Jeugd 2023-2028", with: "titel: Regioprogramma Jeugd Rijk van Nijmegen 2023-2028") }
        try await Self.step(scene, "document.yaml titel", changed: [config], incremental: false)
        // A chapter saved afterwards goes the incremental way again, with the new title.
        try scene.edit(Self.inleiding) { $0 + "\nEen alinea na de nieuwe titel.\n" }
        try await Self.step(scene, "a chapter after document.yaml", changed: [Self.inleiding], incremental: true)
    }

    /// A document's `hervormingsagenda.yaml`, saved the ways an editor saves it, each step
    /// without a whole build: a whole column narrowed to some onderdelen, a toelichting with a
    /// link (its target's "genoemd in" grows), a line added above every answer (every
    /// position after it moves), an answer to a maatregel that does not exist (an error) and
    /// its removal, and the only answer to a maatregel removed (the maatregel is reported
    /// unanswered, in the national file).
    @Test func agendaMapping() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }
        let mapping = Self.regioprogramma + "/hervormingsagenda.yaml"
        try scene.edit(mapping) {
            $0.replacingOccurrences(of: "      2: geheel\n      3: geheel\n  \"1.2\":", with: "      2: { onderdelen: [\"2.1\", \"2.2\"] }\n      3: geheel\n  \"1.2\":")
        }
        try await Self.step(scene, "agenda cell", changed: [mapping], incremental: true)
        try scene.edit(mapping) {
            $0.replacingOccurrences(of: "maar moet ook lokaal worden ingericht bij de lokale toegang.",
                                    with: "maar moet ook lokaal worden ingericht bij de lokale toegang, samen met [opgave 3](opgave:3).")
        }
        try await Self.step(scene, "agenda toelichting", changed: [mapping], incremental: true)
        try scene.edit(mapping) { $0.replacingOccurrences(of: "\n  \"1.1\":\n", with: "\n  # Een regel erbij.\n  \"1.1\":\n") }
        try await Self.step(scene, "every position moves", changed: [mapping], incremental: true, visible: false)
        try scene.edit(mapping) { $0 + "  \"9.9\":\n    toelichting: \"Een maatregel die niet bestaat.\"\n" }
        try await Self.step(scene, "an unknown maatregel", changed: [mapping], incremental: true, builds: false)
        try scene.edit(mapping) { $0.replacingOccurrences(of: "  \"9.9\":\n    toelichting: \"Een maatregel die niet bestaat.\"\n", with: "") }
        try await Self.step(scene, "the unknown maatregel removed", changed: [mapping], incremental: false, visible: false)
        // Maatregel 4.3 is answered by this document alone (its table is its answer).
        let (_, before) = scene.fullBuild()
        #expect(!before.diagnostics.contains { $0.code == .haNotAnswered && $0.message.contains("maatregel 4.3 ") })
        try scene.edit(mapping) {
            $0.replacingOccurrences(of: "    bijdragen:\n      2: { onderdelen: [\"2.1\", \"2.2\"] }\n      4: { onderdelen: [\"4.1\", \"4.3\"], tekst: \"IVT met JIM. Steungezinnen. Gezinshuis zorg\" }\n", with: "")
        }
        try await Self.step(scene, "an answer's table removed", changed: [mapping], incremental: true)
        let (_, after) = scene.fullBuild()
        #expect(after.diagnostics.contains { $0.code == .haNotAnswered && $0.message.contains("maatregel 4.3 ") })

        // Another document's mapping names inspanning 2.1.1, which answered nothing: the
        // notice about it, written in a chapter, goes, though no chapter was saved.
        let uitvoeringsplan = "content/centraal-gelderland/uitvoeringsplan-2025/hervormingsagenda.yaml"
        let answersNone = { (outcome: SiteBuild.Outcome) in
            outcome.diagnostics.contains { $0.code == .haEntityAnswersNone && $0.message.hasPrefix("Inspanning 2.1.1 ") && $0.location.file.hasSuffix(".md") }
        }
        #expect(answersNone(after))
        try scene.edit(uitvoeringsplan) {
            $0.replacingOccurrences(of: "        onderdelen: [\"2.1\"]\n        tekst: Lokale teams voldoen", with: "        onderdelen: [\"2.1\", \"2.1.1\"]\n        tekst: Lokale teams voldoen")
        }
        try await Self.step(scene, "an inspanning named in a mapping", changed: [uitvoeringsplan], incremental: true)
        #expect(!answersNone(scene.fullBuild().outcome))
    }

    /// A region's `overlegvormen.yaml`: what a gremium does, who sits in it (a gemeente's page
    /// lists the gremia naming it), what one document says of it, whom it reports to and
    /// one more `werkt-aan`, each without a whole build; a `werkt-aan` that points nowhere and
    /// its fix; a gremium renamed (links with empty text show the name: a whole build).
    @Test func overlegvormen() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }
        let gremia = "content/rivierenland/overlegvormen.yaml"
        try scene.edit(gremia) { $0.replacingOccurrences(of: "Voert de actielijn uit binnen het programma", with: "Voert de actielijn dagelijks uit binnen het programma") }
        try await Self.step(scene, "a gremium's rol", changed: [gremia], incremental: true)
        try scene.edit(gremia) {
            $0.replacingOccurrences(of: "    werkt-aan: [\"actielijn:2@regiovisie-2023\"]\n    leden:\n", with: "    werkt-aan: [\"actielijn:2@regiovisie-2023\"]\n    leden:\n      - de gemeente Culemborg\n")
        }
        try await Self.step(scene, "a gemeente among the leden", changed: [gremia], incremental: true)
        try scene.edit(gremia) { $0.replacingOccurrences(of: "werkt-aan: [\"actielijn:1@regiovisie-2023\"]", with: "werkt-aan: [\"actielijn:1@regiovisie-2023\", \"actielijn:4@regiovisie-2023\"]") }
        try await Self.step(scene, "werkt-aan added", changed: [gremia], incremental: true)
        try scene.edit(gremia) { $0.replacingOccurrences(of: "\"actielijn:4@regiovisie-2023\"]", with: "\"actielijn:99@regiovisie-2023\"]") }
        try await Self.step(scene, "werkt-aan points nowhere", changed: [gremia], incremental: true, builds: false)
        try scene.edit(gremia) { $0.replacingOccurrences(of: "\"actielijn:99@regiovisie-2023\"]", with: "\"actielijn:3@regiovisie-2023\"]") }
        try await Self.step(scene, "werkt-aan fixed", changed: [gremia], incremental: false)
        try scene.edit(gremia) { $0.replacingOccurrences(of: "naam: Portefeuillehoudersoverleg\n", with: "naam: Portefeuillehoudersoverleg Jeugd\n") }
        try await Self.step(scene, "gremium renamed", changed: [gremia], incremental: false)

        let centraal = "content/centraal-gelderland/overlegvormen.yaml"
        try scene.edit(centraal) {
            $0.replacingOccurrences(of: "gemeenten plaats.\n  - id: rao-zorg", with: "gemeenten plaats. Zie ook [het RAO Zorg](gremium:rao-zorg).\n  - id: rao-zorg")
        }
        try await Self.step(scene, "what one document says of a gremium", changed: [centraal], incremental: true)
        try scene.edit(centraal) { text in
            // The first gremium reporting to the RPO Zorg (the RAO Zorg) reports to the colleges instead.
            guard let first = text.range(of: "    legt-verantwoording-af-aan: rpo-zorg\n") else { return text }
            return text.replacingCharacters(in: first, with: "    legt-verantwoording-af-aan: colleges-van-burgemeester-en-wethouders\n")
        }
        try await Self.step(scene, "whom a gremium reports to", changed: [centraal], incremental: true)
    }

    /// A region's `begrippen.yaml`: a meaning changed, and a begrip added that a chapter then
    /// links to.
    @Test func begrippen() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }
        let begrippen = "content/rijk-van-nijmegen/begrippen.yaml"
        try scene.edit(begrippen) { $0.replacingOccurrences(of: "betekenis: \"24 uur per dag en 7 dagen per week\"", with: "betekenis: \"Dag en nacht: 24 uur per dag en 7 dagen per week\"") }
        try await Self.step(scene, "betekenis changed", changed: [begrippen], incremental: false)
        try scene.edit(begrippen) {
            $0 + "\n  - id: \"proeftuin\"\n    term: \"Proeftuin\"\n    betekenis: \"Een plek waar een nieuwe werkwijze eerst op kleine schaal wordt beproefd.\"\n"
        }
        try await Self.step(scene, "begrip added", changed: [begrippen], incremental: false)
        try scene.edit(Self.inleiding) { $0 + "\nDe nieuwe werkwijze begint als [proeftuin](begrip:proeftuin).\n" }
        try await Self.step(scene, "a chapter links to the new begrip", changed: [Self.inleiding], incremental: true)
    }

    /// The national `hervormingsagenda.yaml`: a maatregel's title, which the national pages
    /// and every document's Hervormingsagenda pages quote.
    @Test func nationalAgenda() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }
        let agenda = "content/hervormingsagenda/hervormingsagenda.yaml"
        try scene.edit(agenda) {
            $0.replacingOccurrences(of: "titel: \"Problemen in de context van het gezin oppakken.\"", with: "titel: \"Problemen in de context van het hele gezin oppakken.\"")
        }
        try await Self.step(scene, "maatregel titel", changed: [agenda], incremental: false)
    }

    /// The site's own theme (`themes/<naam>/` beside the content folder): switched on with
    /// `ontwerp` in `site.yaml` together with a new `page.mustache`, then the template edited
    /// again, broken and fixed, then a chapter saved (rendered incrementally with that theme).
    @Test func themeTemplate() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }
        let template = "themes/proef/page.mustache"
        let standard = try String(contentsOf: PreviewHarness.repository.appendingPathComponent("themes/default/page.mustache"), encoding: .utf8)
        let site = "content/site.yaml"
        try scene.create(template, standard.replacingOccurrences(of: "<article>\n", with: "<article>\n<p class=\"proef\">Proefontwerp</p>\n"))
        try scene.edit(site) { $0 + "ontwerp: proef\n" }
        try await Self.step(scene, "ontwerp switched on", changed: [site, template], incremental: false)
        #expect(try Self.files(in: scene.output).contains { String(decoding: $0.value, as: UTF8.self).contains("Proefontwerp") }, "the site's theme is used")
        try scene.edit(template) { $0.replacingOccurrences(of: "<p class=\"proef\">Proefontwerp</p>", with: "<p class=\"proef\">Tweede proefontwerp</p>") }
        try await Self.step(scene, "template edited", changed: [template], incremental: false)
        // A template that no longer compiles (a section left open), then fixed.
        try scene.edit(template) { $0.replacingOccurrences(of: "{{/doel}}", with: "") }
        try await Self.step(scene, "template broken", changed: [template], incremental: false, builds: false)
        try scene.edit(template) { $0.replacingOccurrences(of: "{{{doel}}}</div>", with: "{{{doel}}}</div>{{/doel}}") }
        try await Self.step(scene, "template fixed", changed: [template], incremental: false, visible: false)
        try scene.edit(Self.inleiding) { $0 + "\nEen alinea in het proefontwerp.\n" }
        try await Self.step(scene, "a chapter in the site's theme", changed: [Self.inleiding], incremental: true)
        // The chapter's own page (page.mustache); volledig/ quotes the text too, through another template.
        let page = try Self.files(in: scene.output)["rijk-van-nijmegen/regioprogramma-2023-2028/inleiding/index.html"].map { String(decoding: $0, as: UTF8.self) }
        #expect(page?.contains("Een alinea in het proefontwerp.") == true, "the saved chapter is published")
        #expect(page?.contains("Tweede proefontwerp") == true, "the edited template is used")
    }

    /// Files added and removed: a new chapter (then saved again, as a page like any other),
    /// and an existing one deleted.
    @Test func chapterAddedAndDeleted() async throws {
        let scene = try await Scene.built()
        defer { scene.remove() }
        let added = Self.regioprogramma + "/06-tot-slot.md"
        try scene.create(added, "---\ntitel: Tot slot\nnummer: \"6\"\n---\nWe blijven dit programma samen met [opgave 2](opgave:2) uitvoeren.\n")
        try await Self.step(scene, "chapter added", changed: [added], incremental: false)
        try scene.edit(added) { $0 + "\nEn we leggen elk jaar verantwoording af.\n" }
        try await Self.step(scene, "the new chapter edited", changed: [added], incremental: true)
        let deleted = Self.regioprogramma + "/04-regionaal-inkoopkader-jeugdzorg.md"
        try scene.delete(deleted)
        try await Self.step(scene, "chapter deleted", changed: [deleted], incremental: false)
    }
}
