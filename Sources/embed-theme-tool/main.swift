import Foundation

// Writes `DefaultTheme.files`, the default theme compiled into plansite, as one Swift source.
//
// Run by the `EmbedTheme` build-tool plugin whenever a file or folder of the theme changed:
//
//     embed-theme-tool <theme-folder> <output.swift>
//
// The tool lists the folder itself rather than taking the plugin's list, so a file added
// since SwiftPM last asked the plugin for its commands is embedded all the same. The theme
// stays `[String: String]` rather than bytes because every caller (the template library,
// `ThemeLoader`'s merge with a site's own theme, the CSS and SVG assets) handles the default
// files as text; a file that is not valid UTF-8 is refused here instead of being silently
// altered. Each text becomes one escaped, ASCII-only string literal: Swift keeps such a
// literal scalar for scalar, whereas a multi-line literal would turn CRLF into LF and would
// need a delimiter chosen per file.

/// Stops the build with a message naming the tool, so the failure is found in the build log.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("embed-theme-tool: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2 else {
    fail("usage: embed-theme-tool <theme-folder> <output.swift>")
}
let folder = URL(fileURLWithPath: arguments[arguments.startIndex], isDirectory: true)
let output = URL(fileURLWithPath: arguments[arguments.startIndex + 1])

var isDirectory: ObjCBool = false
guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
    fail("the default theme folder \(folder.path) does not exist; plansite embeds it into the binary")
}
let paths = visibleFiles(in: folder)
guard !paths.isEmpty else {
    fail("the default theme folder \(folder.path) has no files")
}

var lines = [
    "// Generated at build time by the EmbedTheme plugin (embed-theme-tool) from themes/default/.",
    "",
    "extension DefaultTheme {",
    "    /// Every file of themes/default, by path relative to that folder.",
    "    static let files: [String: String] = [",
]
for path in paths {
    let file = folder.appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: file.path) else {
        fail("cannot read \(file.path)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        fail("\(file.path) is not UTF-8 text; the default theme is embedded as text")
    }
    lines.append("        \(swiftLiteral(path)): \(swiftLiteral(text)),")
}
lines += ["    ]", "}", ""]

do {
    try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(lines.joined(separator: "\n").utf8).write(to: output, options: .atomic)
} catch {
    fail("cannot write \(output.path): \(error)")
}
