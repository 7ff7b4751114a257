import Foundation

/// Paths relative to `folder` of its regular files, sorted; hidden files and folders
/// (`.DS_Store`, editor swap files) are left out, as `ThemeLoader` leaves them out of a site's
/// own theme. The EmbedTheme plugin applies the same rule to the inputs it declares.
func visibleFiles(in folder: URL) -> [String] {
    var paths: [String] = []
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let relative = enumerator?.nextObject() as? String {
        guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
        var isDirectory: ObjCBool = false
        let full = folder.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
        paths.append(relative)
    }
    return paths.sorted()
}
