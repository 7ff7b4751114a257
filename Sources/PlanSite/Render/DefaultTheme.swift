/// The theme compiled into the binary (see `scripts/embed-theme`).
public enum DefaultTheme {
    /// Raw text of a default file, e.g. `layout.mustache` or `assets/plansite.css`.
    public static func file(_ path: String) -> String? { files[path] }
    public static var paths: [String] { files.keys.sorted() }
}
