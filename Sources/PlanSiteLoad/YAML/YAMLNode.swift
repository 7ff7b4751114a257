import PlanSiteModel
/// plansite's own YAML tree: Sendable, every node with its location in the file, so the
/// schema readers and the checks can point at the exact value that is wrong.
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        /// A scalar; `plain` is false when it was quoted (a quoted "1.3" is always text).
        case scalar(String, plain: Bool)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var kind: Kind
    public var location: SourceLocation

    public var scalar: String? {
        if case .scalar(let s, _) = kind { return s }
        return nil
    }

    public var isNull: Bool {
        if case .scalar(let s, let plain) = kind { return plain && (s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL") }
        return false
    }

    public var kindName: String {
        switch kind {
        case .scalar: isNull ? "leeg" : "tekst"
        case .mapping: "een map (sleutel: waarde)"
        case .sequence: "een lijst"
        }
    }
}

public struct YAMLPair: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLNode
}
