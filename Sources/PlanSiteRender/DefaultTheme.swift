import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// The theme compiled into the binary, so `plansite` alone can build any content folder.
///
/// `files` is generated at build time from `themes/default/` by the `EmbedTheme` build-tool
/// plugin (`Plugins/EmbedTheme/`); nothing generated is committed.
public enum DefaultTheme {
    /// Raw text of a default file, e.g. `layout.mustache` or `assets/plansite.css`.
    public static func file(_ path: String) -> String? { files[path] }
    public static var paths: [String] { files.keys.sorted() }
}
