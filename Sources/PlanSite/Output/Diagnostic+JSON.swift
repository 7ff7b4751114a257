import Foundation

/// `--format json`: exactly one JSON array, keys as in the contract.
extension Array where Element == Diagnostic {
    public func json() -> String {
        let objects: [[String: Any]] = map { d in
            [
                "severity": d.severity.json,
                "code": d.code.rawValue,
                "file": d.location.file,
                "line": d.location.line,
                "column": d.location.column,
                "message": d.message,
                "hint": d.hint as Any? ?? NSNull(),
            ]
        }
        guard let data = try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `--format github`: workflow annotation lines.
    public func githubAnnotations() -> String {
        map { d in
            let kind = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            let message = (d.message + (d.hint.map { " (hulp: \($0))" } ?? "")).replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
            return "::\(kind) file=\(d.location.file),line=\(d.location.line),col=\(d.location.column),title=\(d.code.rawValue)::\(message)"
        }.joined(separator: "\n")
    }
}
