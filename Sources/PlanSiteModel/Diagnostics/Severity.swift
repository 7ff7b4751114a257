/// How bad a diagnostic is. The Dutch words are what editors read; the JSON names are the contract.
public enum Severity: Int, Sendable, Hashable, Comparable {
    case info = 0
    case warning = 1
    case error = 2

    public var dutch: String {
        switch self {
        case .error: "fout"
        case .warning: "waarschuwing"
        case .info: "info"
        }
    }

    public var json: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .info: "info"
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
}
