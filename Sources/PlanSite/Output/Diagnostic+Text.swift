/// The contract's text format: one block per diagnostic with the source line and a caret.
extension Diagnostic {
    public func text(sources: [String: SourceFile]) -> String {
        var out = "\(location): \(severity.dutch)[\(code.rawValue)]: \(message)\n"
        if let file = sources[location.file], let line = file.line(location.line) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: max(5, number.count + 1) - number.count) + number
            let pad = String(repeating: " ", count: gutter.count)
            // Tabs keep their width so the caret lines up under the character.
            let prefix = line.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            out += "\(gutter) | \(line)\n\(pad) | \(prefix)^\n"
        }
        if let hint {
            let lines = hint.split(separator: "\n", omittingEmptySubsequences: false)
            out += "   hulp: " + lines.joined(separator: "\n         ") + "\n"
        }
        return out
    }
}

extension Array where Element == Diagnostic {
    /// "2 fouten, 1 waarschuwing", the summary line on stderr.
    public func summary() -> String {
        let errors = filter { $0.severity == .error }.count
        let warnings = filter { $0.severity == .warning }.count
        let infos = filter { $0.severity == .info }.count
        var parts = ["\(errors) \(errors == 1 ? "fout" : "fouten")", "\(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")"]
        if infos > 0 { parts.append("\(infos) info") }
        return parts.joined(separator: ", ")
    }
}
