import PlanSiteModel
internal import CYaml

/// Finds the first anchor (`&naam`) or alias (`*naam`) in YAML text with libyaml's own
/// scanner, before anything composes the document.
///
/// Why a separate pass: Yams' composer expands every alias while it builds its tree, so an
/// alias never reaches plansite's converter, and a "billion laughs" file (ten lines of nested
/// aliases) grows without bound before the first node is returned. The scanner only makes
/// tokens: it is linear in the text and never expands anything. Tokens (not a text search)
/// make it exact about quoted scalars, comments and block scalars, where `&` and `*` are text.
/// The parser is set up by `LibYAMLParser`. It runs only on text `YAMLComposer` leaves to
/// Yams (every anchor and alias is among that): run first on every file that held a `&` or
/// `*` ("Jeugd & Gezin"), it read a quarter of the YAML files twice.
enum YAMLAnchorScan {
    struct Found: Equatable {
        enum Kind: Equatable { case anchor, alias }
        var kind: Kind
        var name: String
        /// 1-based line and column (in Unicode scalars, as libyaml and Yams count) in the text.
        var line: Int
        var column: Int
    }

    /// The first anchor or alias token, or nil when there is none. A scanner error ends the
    /// scan silently: the real parse that follows reports it in Dutch.
    static func first(in yaml: String) -> Found? {
        // Both need their indicator character; most files have neither.
        guard yaml.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        return LibYAMLParser.withParser(over: yaml, scan) ?? nil
    }

    private static func scan(_ parser: inout yaml_parser_t) -> Found? {
        var token = yaml_token_t()
        while yaml_parser_scan(&parser, &token) == 1 {
            defer { yaml_token_delete(&token) }
            let mark = token.start_mark
            switch token.type {
            case YAML_ANCHOR_TOKEN:
                return Found(kind: .anchor, name: name(token.data.anchor.value), line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            case YAML_ALIAS_TOKEN:
                return Found(kind: .alias, name: name(token.data.alias.value), line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            case YAML_STREAM_END_TOKEN:
                return nil
            default:
                continue
            }
        }
        return nil
    }

    private static func name(_ value: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let value else { return "" }
        return String(cString: value)
    }
}
