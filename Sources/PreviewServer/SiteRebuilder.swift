import Dispatch
import Foundation
import PlanSite

/// The preview's side of a build: it asks the one pipeline (`SiteBuild`: `previewPass` for
/// the whole site, `update` for saved Markdown pages alone) with a parse cache that survives
/// between builds, and writes what it made through an `IncrementalWriter`, tells the
/// terminal and reloads the browsers. It runs no stage itself. A build whose
/// sources have errors leaves the output alone: the server keeps serving the last good site,
/// the terminal shows the diagnostics and every open page gets an "errors" event.
final class SiteRebuilder: @unchecked Sendable {
    private let build: SiteBuild
    private let writer: IncrementalWriter
    let state: PreviewState
    let events: EventBroadcaster
    private let log: @Sendable (String) -> Void
    /// The content folder as an absolute path, as the watcher reports changed files.
    private let contentRoot: String
    /// Builds run one at a time, off the concurrency pool (rendering blocks its threads).
    private let queue = DispatchQueue(label: "plansite.preview.rebuild")
    /// The warnings last printed, so a rebuild prints them only when they change.
    private var printedWarnings: [Diagnostic] = []
    /// The build in the output, kept for incremental rebuilds; nil after a failed build.
    private(set) var incremental: IncrementalSite?
    /// How many rebuilds took the incremental path (the tests check that it is taken).
    private(set) var incrementalRebuilds = 0
    /// The renderer of the build in the output (the theme changes only with a full build).
    private var renderer: SiteRenderer?
    /// Where the gemeente pages and the search index are made after an edit (`refreshGathering`).
    private let gatheringQueue = DispatchQueue(label: "plansite.preview.gathering", qos: .utility)
    private let gatheringGeneration = GatheringGeneration()

    init(options: SiteBuild.Options, state: PreviewState, events: EventBroadcaster, log: @escaping @Sendable (String) -> Void) {
        var options = options
        options.parseCache = options.parseCache ?? ParseCache()
        self.contentRoot = URL(fileURLWithPath: options.content).standardizedFileURL.path
        self.build = SiteBuild(options: options)
        self.writer = IncrementalWriter(output: options.output)
        self.state = state
        self.events = events
        self.log = log
    }

    /// What the watcher saw change since the last build.
    struct Change: Sendable {
        /// Absolute paths of files added, removed or written.
        var paths: [String] = []
        /// Whether any file was added or removed (rather than only written).
        var addedOrRemoved = false
    }

    /// Rebuilds once; returns when the output is written (a cancelled caller still waits,
    /// so shutting down never leaves a half-written output).
    func rebuild(_ change: Change = Change()) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async {
                self.rebuildNow(change)
                continuation.resume()
            }
        }
    }

    /// When only content files of a site built without errors were edited, the incremental
    /// rebuild (`rebuildIncrementally`) if it can take them; otherwise the whole pipeline.
    private func rebuildNow(_ change: Change) {
        let start = DispatchTime.now()
        // The last edit's gemeente pages and search index are stale now: their work stops
        // (`RenderContext.stillWanted`) and leaves this save both cores. This build, or the
        // next good one, makes and writes its own.
        _ = gatheringGeneration.next()
        let before = state.snapshot
        if let edited = editedSources(change, before: before), rebuildIncrementally(edited, change: change, start: start) { return }
        rebuildFully(change, start: start, before: before)
    }

    /// Re-runs the pipeline for what holds the edited files only (`IncrementalSite`: Markdown
    /// pages, mappings, overlegvormen) and writes the pages that can have changed. False,
    /// having changed nothing, when the edit needs the whole pipeline (another kind of file,
    /// a document's exports changed, a file no longer loads).
    private func rebuildIncrementally(_ edited: Set<String>, change: Change, start: DispatchTime) -> Bool {
        // On a new day the sitemap's date changes, and only the whole pipeline renders it.
        if let renderer, renderer.date != SiteRenderer.today() { return false }
        guard let previous = incremental else { return false }
        // The known renderer renders the saved files' own pages while the checks run; a
        // first edit makes its renderer from the updated site after them.
        let known = self.renderer
        guard let (update, early) = StageTimings.time("update", {
            build.update(previous, sources: edited, alongsideChecks: { update in known.map { update.renderOwn(with: $0) } })
        }) else { return false }
        let next = update.state
        incrementalRebuilds += 1
        guard !build.blocks(next.diagnostics) else {
            incremental = nil
            fail(next.diagnostics, sources: next.loaded.sources, hadSite: true)
            return true
        }
        let renderer: SiteRenderer
        if let known {
            renderer = known
        } else {
            guard case .success(let made) = build.renderer(for: next.site) else { return false }
            renderer = made
            self.renderer = made
        }
        // The page the editor has open beside the saved file reloads first; the other pages
        // that show the edit follow in a second write.
        var firstPageMS: Double?
        let own: IncrementalWriter.Changes, others: IncrementalWriter.Changes
        do throws(WriteError) {
            own = try publish(early ?? update.renderOwn(with: renderer))
            if !own.isEmpty { firstPageMS = Self.milliseconds(since: start) }
            others = try publish(update.render(with: renderer))
        } catch {
            // What is in the output is no longer known: the next build starts afresh.
            incremental = nil
            log("plansite: \(error.description)")
            return true
        }
        incremental = next
        state.update { $0.blocking = [] }
        let shown = next.diagnostics.filter { $0.severity == .warning }
        if shown != printedWarnings { printDiagnostics(shown, sources: next.loaded.sources) }
        printedWarnings = shown
        let total = Self.milliseconds(since: start)
        let first = firstPageMS.map { " (de bewerkte pagina na \(Int($0.rounded())) ms)" } ?? ""
        log("plansite: bijgewerkt na \(Self.describe(change.paths)) in \(Int(total.rounded())) ms\(first): "
            + "\(own.written.count + others.written.count) bestand(en) geschreven, 0 verwijderd (\(next.diagnostics.summary()))")
        refreshGathering(update, renderer: renderer)
        return true
    }

    /// Writes the files of an incremental step that changed and tells the browsers which.
    private func publish(_ files: [OutputFile]) throws(WriteError) -> IncrementalWriter.Changes {
        let writeStart = DispatchTime.now().uptimeNanoseconds
        let changes = try writer.update(files)
        if StageTimings.enabled { StageTimings.report("write", since: writeStart) }
        guard !changes.isEmpty else { return changes }
        state.update {
            $0.blocking = []
            $0.generation += 1
        }
        events.send(.reload(state.buildID, files: changes.written))
        return changes
    }

    /// Makes the pages that gather the whole site (`EditPass.gathering`: the gemeente pages
    /// quoting an edited page, the search index) again, off the rebuild queue and below its
    /// priority: at 100× they take seconds, and the next save's pages must not wait for them.
    /// Only the latest state's are written; a newer save or a whole build (which writes its
    /// own) stops them and drops what they made.
    private func refreshGathering(_ update: IncrementalSite.Update, renderer: SiteRenderer) {
        let (generation, gemeenten) = gatheringGeneration.next(adding: update.gemeenten)
        gatheringQueue.async { [self] in
            guard gatheringGeneration.isCurrent(generation) else { return }
            let start = DispatchTime.now()
            let generations = gatheringGeneration
            let files = StageTimings.time("gathering") {
                update.renderGathering(with: renderer, gemeenten: gemeenten, stillWanted: { generations.isCurrent(generation) })
            }
            gatheringGeneration.whileCurrent(generation) {
                do throws(WriteError) {
                    let written = try writer.update(files)
                    guard !written.isEmpty else { return true }
                    state.update { $0.generation += 1 }
                    log("plansite: zoekindex en gemeentepagina's bijgewerkt in \(Int(Self.milliseconds(since: start).rounded())) ms: "
                        + "\(written.written.count) bestand(en) geschreven")
                    events.send(.reload(state.buildID, files: written.written))
                    return true
                } catch {
                    log("plansite: \(error.description)")
                    return false
                }
            }
        }
    }

    /// Holds the gatherings back until `releaseGathering`, as a long one at 100× would: for
    /// the test of a save that comes before the last one's gathering was made.
    func holdGathering() { gatheringQueue.suspend() }

    func releaseGathering() { gatheringQueue.resume() }

    /// Returns once the gemeente pages and search index of the last edit are written (or
    /// dropped): for tests, which compare the output with a whole build's.
    func gatheringSettled() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            gatheringQueue.async { continuation.resume() }
        }
    }

    /// Load (through the parse cache), index and check; then, when only Markdown pages were
    /// edited, render and publish those pages first (the page being edited reloads without
    /// waiting for the rest), and finally render the whole site and write what changed.
    private func rebuildFully(_ change: Change, start: DispatchTime, before: PreviewState.Snapshot) {
        // A whole build writes the index and every gemeente page itself; an earlier edit's
        // must not follow it.
        gatheringGeneration.startAfresh()
        incremental = nil
        renderer = nil
        var published = IncrementalWriter.Changes()
        var firstPageMS: Double?
        let pass = build.previewPass(edited: editedPages(change, before: before)) { rendered in
            do throws(WriteError) {
                published = try writer.update(rendered)
            } catch {
                log("plansite: \(error.description)")
            }
            if !published.isEmpty {
                firstPageMS = Self.milliseconds(since: start)
                state.update {
                    $0.blocking = []
                    $0.generation += 1
                }
                events.send(.reload(state.buildID, files: published.written))
            }
        }
        let outcome = pass.outcome
        guard !outcome.files.isEmpty else {
            fail(outcome, hadSite: before.hasSite)
            return
        }
        let changes: IncrementalWriter.Changes
        do throws(WriteError) {
            changes = try writer.write(outcome.files, copies: outcome.copies)
        } catch {
            log("plansite: \(error.description)")
            return
        }
        let shown = outcome.diagnostics.filter { $0.severity == .warning }
        if shown != printedWarnings { printDiagnostics(shown, sources: outcome.sources) }
        printedWarnings = shown
        state.update {
            $0.hasSite = true
            $0.blocking = []
            if !changes.isEmpty { $0.generation += 1 }
        }
        let total = Self.milliseconds(since: start)
        let what = change.paths.isEmpty ? "gebouwd" : "bijgewerkt na \(Self.describe(change.paths))"
        let first = firstPageMS.map { " (de bewerkte pagina na \(Int($0.rounded())) ms)" } ?? ""
        log("plansite: \(what) in \(Int(total.rounded())) ms\(first): \(published.written.count + changes.written.count) bestand(en) geschreven, "
            + "\(changes.removed.count) verwijderd (\(outcome.diagnostics.summary()))")
        if !changes.isEmpty {
            let files = before.hasSite ? changes.written + changes.removed : ["*"]
            events.send(.reload(state.buildID, files: files))
        } else if published.isEmpty && !before.blocking.isEmpty {
            events.send(.ok(state.buildID))
        }
        // Kept for the next edit; worked out after the log line, so it delays only that.
        // The renderer is the one that just made the sitemap, with its date.
        renderer = outcome.renderer
        incremental = pass.incrementalState()
    }

    /// The content-relative paths of the edited Markdown pages, when they are all the
    /// change: no file added or removed, nothing but `.md` files in the content folder, and
    /// a site already served without errors. Otherwise nil: everything is rendered at once.
    private func editedPages(_ change: Change, before: PreviewState.Snapshot) -> Set<String>? {
        editedSources(change, before: before).flatMap { sources in sources.allSatisfy { $0.hasSuffix(".md") } ? sources : nil }
    }

    /// The content-relative paths of the edited files, when they are all the change: no file
    /// added or removed, nothing outside the content folder, and a site already served
    /// without errors. Which of them the incremental step can take is `SiteBuild.update`'s
    /// to say. Otherwise nil.
    private func editedSources(_ change: Change, before: PreviewState.Snapshot) -> Set<String>? {
        guard before.hasSite, before.blocking.isEmpty, !change.addedOrRemoved, !change.paths.isEmpty else { return nil }
        let prefix = contentRoot + "/"
        var sources: Set<String> = []
        for path in change.paths {
            guard path.hasPrefix(prefix) else { return nil }
            sources.insert(String(path.dropFirst(prefix.count)))
        }
        return sources
    }

    /// The sources do not build: keep the output, tell the terminal and every page.
    private func fail(_ outcome: SiteBuild.Outcome, hadSite: Bool) {
        fail(outcome.diagnostics, sources: outcome.sources, hadSite: hadSite)
    }

    private func fail(_ diagnostics: [Diagnostic], sources: [String: SourceFile], hadSite: Bool) {
        let shown = diagnostics.filter { $0.severity != .info }
        let blocking = shown.isEmpty ? diagnostics : shown
        printDiagnostics(blocking, sources: sources)
        state.update { $0.blocking = blocking }
        printedWarnings = []
        log("plansite: \(diagnostics.summary()); "
            + (hadSite ? "de voorbeeldsite toont de laatste goede versie" : "nog geen site: de pagina toont de meldingen"))
        events.send(.errors(blocking.count))
    }

    private static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    }

    private func printDiagnostics(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        guard !diagnostics.isEmpty else { return }
        log(diagnostics.texts(sources: sources).joined(separator: "\n"))
    }

    private static func describe(_ paths: [String]) -> String {
        let names = paths.prefix(3).map { ($0 as NSString).lastPathComponent }
        return names.joined(separator: ", ") + (paths.count > 3 ? " en \(paths.count - 3) meer" : "")
    }
}
