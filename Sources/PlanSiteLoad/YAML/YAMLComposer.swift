import PlanSiteModel
internal import CYaml

/// Builds `YAMLNode`s straight from libyaml's events, for the text nearly every YAML file
/// is: one document of scalars, sequences and mappings with text keys, each key once.
///
/// Why not Yams for that text: its composer builds a tree of its own `Node`s, hashes every
/// mapping's keys to find duplicates, and the tree is then converted; with libyaml's own
/// parsing that was two thirds of reading YAML. Anything else (a syntax error, a duplicate
/// or non-text key, an anchor or alias, a second document) is left to `YAMLParser`'s way
/// through Yams (`.needsYams`), which reports it in Dutch as it always has, so the errors
/// and their places have one source.
enum YAMLComposer {
    enum Result {
        /// The document's root; nil for text without a document.
        case root(YAMLNode?)
        /// The text is not plain enough for this way: parse it with Yams.
        case needsYams
    }

    /// An open sequence or mapping, with what it has so far.
    private struct Open {
        var location: SourceLocation
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        /// A mapping's key waiting for its value.
        var key: (text: String, location: SourceLocation)?
        /// A large mapping's keys, to find a duplicate without comparing with every pair.
        var keys: Set<String>?
    }

    static func compose(_ yaml: String, file: SourceFile, lineOffset: Int) -> Result {
        LibYAMLParser.withParser(over: yaml) { compose(&$0, file: file, lineOffset: lineOffset) } ?? .needsYams
    }

    private static func compose(_ parser: inout yaml_parser_t, file: SourceFile, lineOffset: Int) -> Result {
        func location(_ mark: yaml_mark_t) -> SourceLocation {
            file.location(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
        }
        var stack: [Open] = []
        var root: YAMLNode?
        var documents = 0
        /// Adds a finished node where it belongs; false when it cannot be a key.
        func add(_ node: YAMLNode) -> Bool {
            guard !stack.isEmpty else {
                root = node
                return true
            }
            let top = stack.count - 1
            guard stack[top].isMapping else {
                stack[top].items.append(node)
                return true
            }
            guard let key = stack[top].key else {
                guard case .scalar(let text, _) = node.kind, !isDuplicate(text, in: &stack[top]) else { return false }
                stack[top].key = (text, node.location)
                return true
            }
            stack[top].pairs.append(YAMLPair(key: key.text, keyLocation: key.location, value: node))
            stack[top].key = nil
            return true
        }
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return .needsYams }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                continue
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return .needsYams }
            case YAML_STREAM_END_EVENT:
                return .root(root)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil else { return .needsYams }
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let node = YAMLNode(kind: .scalar(value, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), location: location(event.start_mark))
                guard add(node) else { return .needsYams }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                // A collection as a mapping's key is not text: Yams' way reports it.
                guard anchor == nil, !(stack.last.map { $0.isMapping && $0.key == nil } ?? false) else { return .needsYams }
                stack.append(Open(location: location(event.start_mark), isMapping: isMapping))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let open = stack.popLast() else { return .needsYams }
                let node = YAMLNode(kind: open.isMapping ? .mapping(open.pairs) : .sequence(open.items), location: open.location)
                guard add(node) else { return .needsYams }
            default:
                // An alias, or an event this way does not know.
                return .needsYams
            }
        }
    }

    /// Whether a mapping already has the key; its keys go into a set once it has a dozen.
    private static func isDuplicate(_ text: String, in open: inout Open) -> Bool {
        if open.keys == nil {
            if open.pairs.count < 12 { return open.pairs.contains { $0.key == text } }
            open.keys = Set(open.pairs.map(\.key))
        }
        return open.keys?.insert(text).inserted == false
    }
}
