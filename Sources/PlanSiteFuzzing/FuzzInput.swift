import Foundation
import PlanSite

/// What every fuzz entry shares: raw bytes decoded exactly as the loader decodes a file, and
/// the invariants each entry checks besides "does not crash".
///
/// An entry returns the invariants it found broken (empty when all is well) instead of
/// trapping: the regression tests report them as ordinary failures, and the libFuzzer
/// wrappers trap on a non-empty list so the input is saved as a crash.
enum FuzzInput {
    /// The bytes as a content file; nil when the loader would refuse them (invalid UTF-8),
    /// which is the loader's own tested path, not the parsers'.
    static func file(_ data: Data, path: String) -> SourceFile? {
        guard case .success(let file) = SourceFile.decode(data, relativePath: path, displayPath: "content/" + path) else { return nil }
        return file
    }

    /// A diagnostic must point into the file it is about: an editor jumps to that line.
    static func check(_ diagnostics: [Diagnostic], in file: SourceFile, what: String) -> [String] {
        diagnostics.compactMap { d in
            check(d.location, in: file, what: "\(what) \(d.code.rawValue)")
        }
    }

    /// Every location in a tree the loader recovered from YAML that does not parse
    /// (`YAMLRecovery`) must be inside the file and its line: the recovery moves the
    /// locations of a list item it read without its indentation back by hand.
    static func check(recovered node: YAMLNode, in file: SourceFile) -> [String] {
        var problems: [String] = []
        func visit(_ location: SourceLocation) {
            if let problem = check(location, in: file, what: "recovered") {
                problems.append(problem)
            } else if let line = file.line(location.line), location.column > line.unicodeScalars.count + 1 {
                // libyaml counts a line's scalars, as every YAML location does (a combining
                // mark is a column of its own there, parsed whole or recovered alike).
                problems.append("recovered: column \(location.column) past the end of line \(location.line) (\(line.unicodeScalars.count) scalars)")
            }
        }
        func walk(_ node: YAMLNode) {
            visit(node.location)
            switch node.kind {
            case .scalar: break
            case .sequence(let items): items.forEach(walk)
            case .mapping(let pairs):
                for pair in pairs {
                    visit(pair.keyLocation)
                    walk(pair.value)
                }
            }
        }
        walk(node)
        return problems
    }

    static func check(_ location: SourceLocation, in file: SourceFile, what: String) -> String? {
        if location.file != file.displayPath { return "\(what): file \(location.file), expected \(file.displayPath)" }
        if location.line < 1 || location.line > max(1, file.lines.count) {
            return "\(what): line \(location.line) outside 1...\(file.lines.count)"
        }
        if location.column < 1 { return "\(what): column \(location.column) < 1 at line \(location.line)" }
        return nil
    }
}
