/// The one rule for every name an editor writes that becomes part of a path, a URL or an
/// HTML attribute: folder and file names, theme names, gremium and begrip ids, and the
/// numbers of thema's, maatregelen and plan parts. A name that does not fit is refused with
/// a diagnostic where it is written, so nothing downstream has to wonder whether an id can
/// hold `/`, `..`, `"` or `<`.
public enum IdentifierRule: Sendable {
    /// The slug rule: `a-z`, `0-9` and single inner `-` (`rpo-zorg`, `regiovisie-2023`).
    case slug
    /// Dotted numbers: `1`, `1.3`, `4.1.2`.
    case number

    public func accepts(_ text: String) -> Bool {
        switch self {
        case .slug:
            return !text.isEmpty && Slug.make(text) == text
        case .number:
            guard !text.isEmpty, text.utf8.count <= 32 else { return false }
            return text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty && part.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            }
        }
    }

    /// What an editor reads when a name is refused.
    public var requirement: String {
        switch self {
        case .slug: "alleen kleine letters (a-z), cijfers en `-`"
        case .number: "alleen cijfers, gescheiden door punten (zoals `1` of `1.3`)"
        }
    }

    /// A form that fits, to offer as a hint; nil when none can be made.
    public func suggestion(for text: String) -> String? {
        switch self {
        case .slug:
            let slug = Slug.make(text)
            return slug.isEmpty ? nil : slug
        case .number:
            let digits = text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).joined(separator: ".")
            return accepts(digits) ? digits : nil
        }
    }
}
