import Foundation

/// The whole pipeline in reading order: load, index, check, render, write.
public struct SiteBuild: Sendable {
    public struct Options: Sendable {
        public var content: String
        public var output: String
        public var strict = false
        public var includeConcept = false
        /// Added to every HTML page (the preview server's reload script).
        public var reloadScript = ""
        /// Parsed files kept between builds (the preview server); nil parses everything.
        public var parseCache: ParseCache?
        /// `--vervang`: an output folder plansite did not make may be replaced.
        public var replaceForeignOutput = false
        /// The info diagnostics are printed (`--verbose`): a build keeps their files' text for
        /// the quoted lines, as it keeps those of warnings and errors.
        public var quotesInfos = false
        /// Whether the load keeps every file's text (`ContentLoader.keepsTexts`); `build()`
        /// keeps none whatever this says, and reads back what its diagnostics quote.
        public var keepsTexts = true

        public init(content: String, output: String) {
            self.content = content
            self.output = output
        }
    }

    /// Everything a run found, whether or not it published.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var sources: [String: SourceFile]
        /// The site, and below the site with every reference resolved (the index stage's
        /// result), which check and render read. Nil after a build that rendered: render let
        /// them go on its way.
        public var site: Site?
        public var plan: ResolvedPlan?
        public var files: [OutputFile] = []
        /// Content images to copy as they are: source path → output-relative path.
        public var copies: [(source: String, destination: String)] = []
        /// Set when the output could not or may not be written (exit 2).
        public var writeError: WriteError?
        /// Said to the user before the result (a foreign output folder replaced on `--vervang`).
        public var notices: [String] = []
        /// The renderer with the compiled theme, made once by `check` and used by render.
        public var renderer: SiteRenderer?

        /// HTML files rendered (by `render()`) or published (by `build()`).
        public var pageCount = 0
    }

    public var options: Options

    public init(options: Options) { self.options = options }

    /// Load, index and check; no output.
    public func check() -> Outcome { check(index()) }

    /// Load and index only: the site model before the checks (the preview renders the
    /// edited page while the checks run).
    public func index() -> Outcome {
        let (loaded, loadDiagnostics) = load()
        return index(consume loaded, loadDiagnostics: loadDiagnostics)
    }

    /// The load stage alone, through the parse cache. The preview server keeps what it
    /// loaded, so that after an edit it re-reads only the edited files (`ContentLoader.reloadPage`).
    public func load() -> (LoadedContent, [Diagnostic]) {
        StageTimings.time("load") { loader.load() }
    }

    /// The index stage over what `load()` read: `index()` without the load.
    /// - Parameter loaded: consumed, so the index stage names the loaded trees in place
    ///   instead of beside a copy (`SiteIndexer.index`); the preview, which keeps what it
    ///   loaded, passes a copy.
    public func index(_ loaded: consuming LoadedContent, loadDiagnostics: [Diagnostic]) -> Outcome {
        let sources = loaded.sources
        var content: LoadedContent? = consume loaded
        let (site, indexDiagnostics, plan) = StageTimings.time("index") {
            guard let taken = content.take() else { return (Site?.none, [Diagnostic](), ResolvedPlan?.none) }
            let (site, diagnostics) = SiteIndexer.index(consume taken, includeConcept: options.includeConcept)
            return (site, diagnostics, site.map { ResolvedPlan(site: $0) })
        }
        return Outcome(diagnostics: loadDiagnostics + indexDiagnostics, sources: sources, site: site, plan: plan)
    }

    /// The loader `load()` uses: this build's content folder and parse cache.
    public var loader: ContentLoader {
        var loader = ContentLoader(root: options.content, displayRoot: Self.displayPath(options.content))
        loader.cache = options.parseCache
        loader.keepsTexts = options.keepsTexts
        return loader
    }

    /// Runs the checks over what `index()` found, and loads and compiles the site's theme, so
    /// `plansite check` finds a missing `ontwerp` or a broken template as `build` would.
    public func check(_ indexed: Outcome) -> Outcome {
        var outcome = indexed
        if let site = indexed.site {
            let plan = indexed.plan ?? ResolvedPlan(site: site)
            outcome.plan = plan
            outcome.diagnostics += StageTimings.time("check") { SiteChecker.check(plan) }
            switch renderer(for: site) {
            case .success(let renderer): outcome.renderer = renderer
            case .failure(let problem): outcome.diagnostics.append(problem)
            }
        }
        outcome.diagnostics = outcome.diagnostics.normalized
        return outcome
    }

    /// Checks, and publishes only when there is no error (and no warning with `strict`).
    /// Pages are written into the staging folder by the render workers as they are made.
    public func build() -> Outcome {
        // Made before loading, so the recycled staging folder is surveyed meanwhile. An output
        // that may not be written (the content folder, someone's own files) stops the command
        // before anything is read or touched.
        let staging: SiteStaging
        do {
            staging = try SiteStaging(output: options.output, content: options.content, replaceForeign: options.replaceForeignOutput)
        } catch {
            return Outcome(diagnostics: [], sources: [:], site: nil, writeError: error)
        }
        var reading = self
        reading.options.keepsTexts = false
        var outcome = reading.check()
        outcome.notices += staging.warning.map { [$0] } ?? []
        var made: SiteRenderer?
        if let checked = outcome.site, outcome.plan != nil, !blocks(outcome.diagnostics) {
            made = renderer(for: checked, into: &outcome)
        }
        // The load kept no texts: the files whose lines the printed diagnostics quote are read
        // again (infos are printed only with `quotesInfos`).
        let quoted = Set(outcome.diagnostics.filter { options.quotesInfos || $0.severity != .info }.map(\.location.file))
        outcome.sources = loader.rereadSources(quoted, among: outcome.sources)
        guard let renderer = made, let checked = outcome.plan else {
            staging.discard()
            return outcome
        }
        // The "genoemd in" lists are made from the references, which render then lets go.
        let mentions = StageTimings.time("mentions") { MentionIndex(plan: checked).merged }
        // Render takes the only plan: it lets the parsed site go before the search index's
        // analysis (`SiteRenderer.render`), so a build's outcome holds no site, and the plan
        // is taken out of its variable (a closure that captured a constant would hold a copy).
        // The outcome lets go first, so what the checks alone read is cleared in place.
        outcome.plan = nil
        outcome.site = nil
        var plan: ResolvedPlan? = (consume checked).releasingCheckOnlyParts()
        let assets = plan?.site.assets.sorted() ?? []
        outcome.pageCount = StageTimings.time("render") {
            guard let taken = plan.take() else { return 0 }
            return renderer.render(taken, mentions: mentions) { staging.write($0) }
        }
        StageTimings.time("publish") {
            for asset in assets { staging.copy(from: options.content + "/" + asset, to: asset) }
            do throws(WriteError) {
                try staging.publish()
            } catch {
                outcome.writeError = error
            }
        }
        return outcome
    }

    /// Checks and renders, without writing; `files` stays empty when the sources block.
    public func render() -> Outcome { render(check()) }

    /// Renders what `check()` found, unless it blocks.
    public func render(_ checked: Outcome) -> Outcome {
        var outcome = checked
        guard let site = outcome.site, !blocks(outcome.diagnostics), let renderer = renderer(for: site, into: &outcome) else { return outcome }
        let plan = outcome.plan ?? ResolvedPlan(site: site)
        outcome.files = StageTimings.time("render") { renderer.render(plan) }
        outcome.pageCount = outcome.files.filter { $0.path.hasSuffix(".html") }.count
        outcome.copies = site.assets.sorted().map { (source: options.content + "/" + $0, destination: $0) }
        return outcome
    }

    /// The renderer, or nil with the theme's problem added to the outcome's diagnostics.
    private func renderer(for site: Site, into outcome: inout Outcome) -> SiteRenderer? {
        if let made = outcome.renderer { return made }
        switch renderer(for: site) {
        case .success(let renderer): return renderer
        case .failure(let problem):
            outcome.diagnostics = (outcome.diagnostics + [problem]).normalized
            return nil
        }
    }

    /// The renderer with the site's theme (`ontwerp`) and this build's reload script.
    public func renderer(for site: Site) -> Result<SiteRenderer, Diagnostic> {
        ThemeLoader.load(name: site.config.ontwerp, contentRoot: options.content, displayRoot: Self.displayPath(options.content), nameLocation: site.config.ontwerpLocation)
            .map { SiteRenderer(theme: $0, reloadScript: options.reloadScript) }
    }

    public func blocks(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.hasErrors || (options.strict && diagnostics.hasWarnings)
    }

    /// Paths in diagnostics are relative to the working directory where possible.
    public static func displayPath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if absolute == cwd { return "." }
        if absolute.hasPrefix(cwd + "/") { return String(absolute.dropFirst(cwd.count + 1)) }
        return absolute
    }
}

