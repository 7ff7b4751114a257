import Foundation
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// Compiled templates and the static assets of a theme. Templates are parsed once per build
/// and shared by every page render (the library is Sendable and read-only).
public struct Theme: Sendable {
    let library: TemplateLibrary
    /// Asset files by output path (`assets/plansite.css`).
    public let assets: [String: Data]

    /// Builds a theme from file texts: the default files, overridden by the site's own.
    public static func compile(files: [String: String], binaryAssets: [String: Data] = [:], origin: (String) -> String) -> Result<Theme, Diagnostic> {
        var library = TemplateLibrary()
        var assets = binaryAssets
        var paths: [String: String] = [:]
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            if path.hasSuffix(".mustache") {
                let name = String(path.dropLast(".mustache".count))
                paths[name] = path
                do {
                    try library.add(text, named: name)
                } catch {
                    return .failure(Diagnostic(.themeTemplateInvalid, at: SourceLocation(file: origin(path), line: error.line, column: error.column),
                                               "de template `\(path)` kan niet worden gelezen: \(error.message)"))
                }
            } else if path.hasPrefix("assets/") {
                assets[path] = Data(text.utf8)
            }
        }
        if let missing = library.missingPartials.first {
            let path = paths[missing.template] ?? missing.template + ".mustache"
            return .failure(Diagnostic(.themeTemplateInvalid, at: SourceLocation(file: origin(path), line: missing.line, column: 1),
                                       "de template `\(path)` neemt `{{>\(missing.partial)}}` op, maar het ontwerp heeft geen template `\(missing.partial).mustache`"))
        }
        return .success(Theme(library: library, assets: assets))
    }

    public static let builtIn: Theme = {
        switch compile(files: DefaultTheme.files, origin: { "themes/default/" + $0 }) {
        case .success(let theme): return theme
        case .failure: return Theme(library: TemplateLibrary(), assets: [:])
        }
    }()

    func render(_ template: String, _ view: some TemplateView, reserving capacity: Int = 0) -> String {
        library.render(template, view, reserving: capacity)
    }

    func render(_ template: String, _ view: some TemplateView, within outer: some TemplateView, reserving capacity: Int = 0) -> String {
        library.render(template, view, within: outer, reserving: capacity)
    }
}
