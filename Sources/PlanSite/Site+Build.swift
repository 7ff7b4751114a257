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

        public init(content: String, output: String) {
            self.content = content
            self.output = output
        }
    }

    /// Everything a run found, whether or not it published.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var sources: [String: SourceFile]
        public var site: Site?
        public var files: [OutputFile] = []
        /// Set when the content was fine but the output could not be written (exit 2).
        public var writeError: WriteError?

        public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
    }

    public var options: Options

    public init(options: Options) { self.options = options }

    /// Load, index and check; no output.
    public func check() -> Outcome {
        let loader = ContentLoader(root: options.content, displayRoot: Self.displayPath(options.content))
        let (loaded, loadDiagnostics) = loader.load()
        let (site, indexDiagnostics) = SiteIndexer.index(loaded, includeConcept: options.includeConcept)
        var diagnostics = loadDiagnostics + indexDiagnostics
        if let site { diagnostics += SiteChecker.check(site) }
        return Outcome(diagnostics: diagnostics.normalized, sources: loaded.sources, site: site)
    }

    /// Checks, and publishes only when there is no error (and no warning with `strict`).
    public func build() -> Outcome {
        var outcome = check()
        guard let site = outcome.site, !blocks(outcome.diagnostics) else { return outcome }
        let theme: Theme
        switch ThemeLoader.load(name: site.config.ontwerp, contentRoot: options.content, displayRoot: Self.displayPath(options.content), nameLocation: nil) {
        case .success(let t): theme = t
        case .failure(let d):
            outcome.diagnostics = (outcome.diagnostics + [d]).normalized
            return outcome
        }
        let files = SiteRenderer(theme: theme, reloadScript: options.reloadScript).render(site)
        outcome.files = files
        let copies = site.assets.sorted().map { (source: options.content + "/" + $0, destination: $0) }
        do {
            try SiteWriter(output: options.output).write(files, copies: copies)
        } catch {
            outcome.writeError = error
        }
        return outcome
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
