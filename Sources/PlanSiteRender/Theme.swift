import Foundation
import Mustache
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// Compiled templates and the static assets of a theme. Templates are parsed once per build
/// and shared by every page render (the library is Sendable and read-only).
public struct Theme: Sendable {
    let library: MustacheLibrary
    /// Asset files by output path (`assets/plansite.css`).
    public let assets: [String: Data]

    /// Builds a theme from file texts: the default files, overridden by the site's own.
    public static func compile(files: [String: String], binaryAssets: [String: Data] = [:], origin: (String) -> String) -> Result<Theme, Diagnostic> {
        _ = FastHTMLContentType.registered
        var library = MustacheLibrary()
        var assets = binaryAssets
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            if path.hasSuffix(".mustache") {
                do {
                    let template = try MustacheTemplate(string: FastHTMLContentType.pragma + text)
                    library.register(template, named: String(path.dropLast(".mustache".count)))
                } catch {
                    return .failure(Diagnostic(.themeTemplateInvalid, at: SourceLocation(file: origin(path), line: 1, column: 1),
                                               "de template `\(path)` kan niet worden gelezen: \(error)"))
                }
            } else if path.hasPrefix("assets/") {
                assets[path] = Data(text.utf8)
            }
        }
        return .success(Theme(library: library, assets: assets))
    }

    public static let builtIn: Theme = {
        switch compile(files: DefaultTheme.files, origin: { "themes/default/" + $0 }) {
        case .success(let theme): return theme
        case .failure: return Theme(library: MustacheLibrary(), assets: [:])
        }
    }()

    func render(_ template: String, _ view: some TemplateView) -> String {
        library.render(view, withTemplate: template) ?? ""
    }
}
