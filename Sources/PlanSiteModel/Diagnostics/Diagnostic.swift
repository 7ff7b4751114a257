/// A problem found in the sources. Problems are values that stages return, never thrown,
/// so one build can report every problem at once.
public struct Diagnostic: Sendable, Hashable, Comparable, Error {
    public var code: DiagnosticCode
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var hint: String?

    public init(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, hint: String? = nil, severity: Severity? = nil) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// The contract's order: file, line, column, code.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.code != b.code { return a.code.rawValue < b.code.rawValue }
        return a.message < b.message
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var hasWarnings: Bool { contains { $0.severity == .warning } }

    /// Sorted and without exact repeats, so output is the same on every run.
    public var normalized: [Diagnostic] { Array(Set(self)).sorted() }
}
