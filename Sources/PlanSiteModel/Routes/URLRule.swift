/// Which addresses a YAML field may publish as a link. Markdown links have their own scheme
/// check in the reference resolver; these are the fields that hold a whole address
/// (`website`, `bron-pdf`, `basis-url`), where `javascript:` or a host-relative `//host/`
/// would put another site's code or files under the region's name.
public enum URLRule: Sendable {
    /// `http://` or `https://` with a host.
    case web
    /// A web address, or `mailto:` for a contact field.
    case webOrMail

    public func accepts(_ text: String) -> Bool {
        let lower = text.lowercased()
        // No whitespace or control characters anywhere: browsers strip them, so
        // `java\tscript:` would still run.
        guard !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else { return false }
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            let host = lower.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty && !host.hasPrefix("@") && !host.contains("\\")
        }
        if self == .webOrMail, lower.hasPrefix("mailto:") { return lower.count > "mailto:".count }
        return false
    }

    public var requirement: String {
        switch self {
        case .web: "een volledig webadres dat met `https://` of `http://` begint"
        case .webOrMail: "een volledig webadres (`https://…`) of een e-mailadres (`mailto:…`)"
        }
    }
}
