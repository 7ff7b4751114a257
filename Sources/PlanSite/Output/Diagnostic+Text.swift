/// The contract's text format: one block per diagnostic with the source line and a caret.
extension Diagnostic {
    public func text(sources: [String: SourceFile]) -> String {
        var excerpts = LineExcerpts()
        return text(sources: sources, excerpts: &excerpts)
    }

    func text(sources: [String: SourceFile], excerpts: inout LineExcerpts) -> String {
        var out = "\(location): \(severity.dutch)[\(code.rawValue)]: \(message)\n"
        if let file = sources[location.file], let line = file.line(location.line) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: max(5, number.count + 1) - number.count) + number
            let pad = String(repeating: " ", count: gutter.count)
            let excerpt = excerpts.excerpt(of: line, file: location.file, number: location.line, column: location.column)
            // Tabs keep their width so the caret lines up under the character.
            let prefix = excerpt.beforeCaret.map { $0 == "\t" ? "\t" : " " }.joined()
            out += "\(gutter) | \(excerpt.shown)\n\(pad) | \(prefix)^\n"
        }
        if let hint {
            let lines = hint.split(separator: "\n", omittingEmptySubsequences: false)
            out += "   hulp: " + lines.joined(separator: "\n         ") + "\n"
        }
        return out
    }
}

extension Array where Element == Diagnostic {
    /// Each diagnostic's text block; a long line shared by many is measured once.
    public func texts(sources: [String: SourceFile]) -> [String] {
        var excerpts = LineExcerpts()
        return map { $0.text(sources: sources, excerpts: &excerpts) }
    }

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
