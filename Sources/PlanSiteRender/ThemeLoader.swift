import Foundation
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// Reads a site's own theme (`themes/<naam>/` beside the content folder) over the default
/// one: a file with the same relative path replaces the default, the rest falls back.
public enum ThemeLoader {
    public static func load(name: String, contentRoot: String, displayRoot: String, nameLocation: SourceLocation?) -> Result<Theme, Diagnostic> {
        let parent = URL(fileURLWithPath: contentRoot).standardizedFileURL.deletingLastPathComponent()
        let folder = parent.appendingPathComponent("themes").appendingPathComponent(name)
        var files = DefaultTheme.files
        var binary: [String: Data] = [:]
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue {
            let enumerator = FileManager.default.enumerator(atPath: folder.path)
            while let relative = enumerator?.nextObject() as? String {
                let full = folder.appendingPathComponent(relative).path
                var dir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue, !relative.hasPrefix(".") else { continue }
                guard let data = FileManager.default.contents(atPath: full) else { continue }
                if relative.hasSuffix(".mustache") || relative.hasSuffix(".css") || relative.hasSuffix(".svg") || relative.hasSuffix(".js") {
                    files[relative] = String(decoding: data, as: UTF8.self)
                } else if relative.hasPrefix("assets/") {
                    binary[relative] = data
                }
            }
        } else if name != "default" {
            return .failure(Diagnostic(.themeMissing, at: nameLocation ?? SourceLocation(file: displayRoot + "/site.yaml", line: 1, column: 1),
                                       "het ontwerp `\(name)` bestaat niet: er is geen map themes/\(name) naast de inhoudsmap",
                                       hint: "laat `ontwerp` weg voor het standaardontwerp"))
        }
        if name == "default" && binary.isEmpty && files == DefaultTheme.files { return .success(.builtIn) }
        return Theme.compile(files: files, binaryAssets: binary, origin: { "themes/\(name)/" + $0 })
    }
}
