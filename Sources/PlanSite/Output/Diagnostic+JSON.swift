import Foundation

/// `--format json`: exactly one JSON array, keys as in the contract.
extension Array where Element == Diagnostic {
    public func json() -> String {
        let objects: [JSONText] = map { d in
            .object([
                "severity": .string(d.severity.json),
                "code": .string(d.code.rawValue),
                "file": .string(d.location.file),
                "line": .int(d.location.line),
                "column": .int(d.location.column),
                "message": .string(d.message),
                "hint": d.hint.map(JSONText.string) ?? .null,
            ])
        }
        return JSONText.array(objects).text
    }

    /// `--format github`: workflow annotation lines.
    public func githubAnnotations() -> String {
        map { d in
            let kind = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            let message = (d.message + (d.hint.map { " (hulp: \($0))" } ?? "")).replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
            // A property value ends at `,` and the properties at `::`: a file name holding
            // either (or a line break) split the annotation, so those are escaped as well.
            let file = d.location.file.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
            return "::\(kind) file=\(file),line=\(d.location.line),col=\(d.location.column),title=\(d.code.rawValue)::\(message)"
        }.joined(separator: "\n")
    }
}
