import Dispatch

extension SiteBuild {
    /// What the preview's whole pipeline made: the outcome (rendered files, or the
    /// diagnostics that blocked them) and what it loaded, from which the next edit starts.
    public struct PreviewPass: Sendable {
        public var outcome: Outcome
        public var loaded: LoadedContent
        public var loadDiagnostics: [Diagnostic]

        /// The state the incremental path (`update`) starts from, when the pass rendered a site.
        public func incrementalState() -> IncrementalSite? {
            guard let site = outcome.site, !outcome.files.isEmpty else { return nil }
            return StageTimings.time("incremental state") {
                IncrementalSite(loaded: loaded, loadDiagnostics: loadDiagnostics, site: site, diagnostics: outcome.diagnostics, plan: outcome.plan)
            }
        }
    }

    /// `serve`'s whole pipeline: load (through the parse cache) and index; check while the
    /// edited pages render on the other core; when nothing blocks, hand those pages to
    /// `publishEarly` (the page being edited reloads without waiting for the rest), then
    /// render the whole site.
    /// - Parameter edited: the edited Markdown pages (content-relative), or nil.
    public func previewPass(edited: Set<String>?, publishEarly: ([OutputFile]) -> Void) -> PreviewPass {
        let (loaded, loadDiagnostics) = load()
        let indexed = index(loaded, loadDiagnostics: loadDiagnostics)
        let early = EarlyPages()
        let checked = Self.concurrently(check(indexed)) { [self] in
            guard let edited, let site = indexed.site, let plan = indexed.plan, !blocks(indexed.diagnostics),
                  case .success(let renderer) = renderer(for: site) else { return }
            early.files = renderer.renderPages(from: edited, of: plan)
        }
        guard checked.site != nil, !blocks(checked.diagnostics) else {
            return PreviewPass(outcome: checked, loaded: loaded, loadDiagnostics: loadDiagnostics)
        }
        if let files = early.files, !files.isEmpty { publishEarly(files) }
        return PreviewPass(outcome: render(checked), loaded: loaded, loadDiagnostics: loadDiagnostics)
    }

    /// Pages rendered on another thread before the checks are known.
    private final class EarlyPages: @unchecked Sendable {
        var files: [OutputFile]?
    }

    /// Runs `side` on another thread while `main` runs on this one; returns once both ended.
    private static func concurrently<T>(_ main: @autoclosure () -> T, _ side: @escaping @Sendable () -> Void) -> T {
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group, execute: side)
        let result = main()
        group.wait()
        return result
    }
}
