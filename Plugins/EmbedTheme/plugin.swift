import Foundation
import PackagePlugin

/// Compiles `themes/default/` into the target it is applied to (`PlanSite`) as
/// `DefaultTheme.files`, so the `plansite` binary alone can build any content folder and no
/// generated source is committed.
///
/// The command's inputs are every visible file of the folder, so editing a template or the
/// stylesheet reruns `embed-theme-tool` and recompiles the target, and every visible folder
/// of it (the theme root included): adding, removing or renaming a file changes its folder,
/// which reruns the command even when SwiftPM reuses the commands it got from this plugin
/// earlier. The tool lists the folder itself, so what it embeds never lags behind.
///
/// SwiftPM asks the plugin again only when it replans the build (a change to `Package.swift`
/// or to a target's file list), not on every build. Until then it keeps the inputs declared
/// last time, so deleting or renaming a theme file fails with "missing inputs", and files in
/// a folder created since are not watched; `touch Package.swift` makes it replan.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "themes/default", directoryHint: .isDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTheme+Files.swift")
        return [
            .buildCommand(
                displayName: "Embedding themes/default into \(target.name)",
                executable: try context.tool(named: "embed-theme-tool").url,
                arguments: [theme.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: Self.visibleEntries(in: theme),
                outputFiles: [output]
            ),
        ]
    }

    /// `folder` itself and every file and folder under it, hidden ones (`.DS_Store`, editor
    /// swap files) left out as the tool leaves them out. A missing folder gives no entries;
    /// the tool then stops the build with a message saying so.
    static func visibleEntries(in folder: URL) -> [URL] {
        guard FileManager.default.fileExists(atPath: folder.path(percentEncoded: false)) else { return [] }
        var entries = [folder]
        let enumerator = FileManager.default.enumerator(atPath: folder.path(percentEncoded: false))
        while let relative = enumerator?.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            entries.append(folder.appending(path: relative))
        }
        return entries.sorted { $0.path(percentEncoded: false) < $1.path(percentEncoded: false) }
    }
}
