import PlanSiteModel
/// Reads one YAML mapping against a schema: it knows the allowed and required keys and
/// returns typed values with their locations, collecting a Dutch diagnostic for every
/// unknown key, missing field and wrong type instead of stopping at the first.
struct MappingReader {
    /// The mapping's pairs; `validateKeys` gives a misspelled key its right name.
    private(set) var pairs: [YAMLPair]
    let location: SourceLocation
    /// What this mapping is, for messages: "document.yaml", "een gremium".
    let what: String

    init?(_ node: YAMLNode?, what: String, at fallback: SourceLocation, into diagnostics: inout [Diagnostic]) {
        guard let node, !node.isNull else {
            diagnostics.append(.emptyMapping(what, at: fallback))
            return nil
        }
        guard case .mapping(let pairs) = node.kind else {
            diagnostics.append(.notAMapping(what, node))
            return nil
        }
        self.pairs = pairs
        self.location = node.location
        self.what = what
    }

    /// Reports every key the schema does not know and every required key that is missing.
    /// An unknown key whose only near name is a known key the mapping lacks (`niveau` for
    /// `niveaus`, `title` for `titel`) is reported once and its value read under the right
    /// name: otherwise the one typo was also "`niveaus` ontbreekt", and everything that reads
    /// the value reported its absence again (a document without levels: 200 errors).
    /// - Parameter mayBeEmpty: required keys whose value may be empty (`niveaus: []`, or
    ///   `niveaus:`); every other required key written without a value is reported.
    mutating func validateKeys(known: [String], required: [String], mayBeEmpty: [String] = [], into diagnostics: inout [Diagnostic]) {
        for index in pairs.indices where !known.contains(pairs[index].key) {
            let pair = pairs[index]
            diagnostics.append(Diagnostic(
                .yamlUnknownKey, at: pair.keyLocation,
                "onbekende sleutel `\(pair.key)` in \(what)",
                hint: EditDistance.suggestion(pair.key, in: known) ?? "toegestaan: \(known.map { "`\($0)`" }.joined(separator: ", "))"))
            let near = EditDistance.nearest(pair.key, in: known)
            if near.count == 1, let meant = near.first, node(meant) == nil,
               pairs.filter({ !known.contains($0.key) && EditDistance.nearest($0.key, in: known) == [meant] }).count == 1 {
                pairs[index].key = meant
            }
        }
        for key in required {
            guard let pair = pair(key) else {
                diagnostics.append(.missingField(key, in: what, at: location))
                continue
            }
            if !mayBeEmpty.contains(key), pair.value.isNull || pair.value.scalar?.allSatisfy(\.isWhitespace) == true {
                diagnostics.append(.emptyField(key, in: what, at: pair.keyLocation))
            }
        }
    }

    func node(_ key: String) -> YAMLNode? {
        pairs.first { $0.key == key }?.value
    }

    func pair(_ key: String) -> YAMLPair? {
        pairs.first { $0.key == key }
    }

    /// A scalar as text; a list or map is a type error; null counts as absent.
    func string(_ key: String, into diagnostics: inout [Diagnostic]) -> Located<String>? {
        guard let node = node(key), !node.isNull else { return nil }
        guard let text = node.scalar else {
            diagnostics.append(.notText(key, node))
            return nil
        }
        return Located(text, at: node.location)
    }

    /// A name that becomes part of a path, URL or attribute (`IdentifierRule`); a name that
    /// does not fit is refused here, where the editor wrote it.
    func identifier(_ key: String, rule: IdentifierRule, into diagnostics: inout [Diagnostic]) -> Located<String>? {
        guard let text = string(key, into: &diagnostics) else { return nil }
        guard rule.accepts(text.value) else {
            diagnostics.append(.refusedIdentifier(text, key: key, rule: rule))
            return nil
        }
        return text
    }

    /// An address that is published as a link (`URLRule`); any other scheme is refused.
    func url(_ key: String, rule: URLRule, into diagnostics: inout [Diagnostic]) -> Located<String>? {
        guard let text = string(key, into: &diagnostics) else { return nil }
        guard rule.accepts(text.value) else {
            diagnostics.append(.refusedURL(text, key: key, rule: rule))
            return nil
        }
        return text
    }

    /// A list of scalars; a single scalar is accepted as a list of one.
    func strings(_ key: String, into diagnostics: inout [Diagnostic]) -> [Located<String>] {
        guard let node = node(key), !node.isNull else { return [] }
        return Self.strings(node, key: key, into: &diagnostics)
    }

    static func strings(_ node: YAMLNode, key: String, into diagnostics: inout [Diagnostic]) -> [Located<String>] {
        switch node.kind {
        case .scalar(let text, _):
            return [Located(text, at: node.location)]
        case .sequence(let items):
            return items.compactMapSized { item in
                guard let text = item.scalar, !item.isNull else {
                    diagnostics.append(.listElementNotText(key, item))
                    return nil
                }
                return Located(text, at: item.location)
            }
        case .mapping:
            diagnostics.append(.textListIsMapping(key, node))
            return []
        }
    }

    /// A scalar parsed as Markdown.
    func richText(_ key: String, into diagnostics: inout [Diagnostic]) -> RichText? {
        string(key, into: &diagnostics).map { MarkdownParser.parseFragment($0, into: &diagnostics) }
    }

    func int(_ key: String, into diagnostics: inout [Diagnostic]) -> Located<Int>? {
        guard let text = string(key, into: &diagnostics) else { return nil }
        guard let value = Int(text.value.trimmingCharacters(in: .whitespaces)) else {
            diagnostics.append(.notAnInteger(key, text))
            return nil
        }
        return Located(value, at: text.location)
    }

    func bool(_ key: String, into diagnostics: inout [Diagnostic]) -> Located<Bool>? {
        guard let text = string(key, into: &diagnostics) else { return nil }
        switch text.value.lowercased() {
        case "true", "ja", "yes": return Located(true, at: text.location)
        case "false", "nee", "no": return Located(false, at: text.location)
        default:
            diagnostics.append(.notABool(key, text))
            return nil
        }
    }

    /// A scalar from a closed list of values.
    func choice(_ key: String, among allowed: [String], into diagnostics: inout [Diagnostic]) -> Located<String>? {
        guard let text = string(key, into: &diagnostics) else { return nil }
        guard allowed.contains(text.value) else {
            diagnostics.append(.notAChoice(text, key: key, among: allowed))
            return nil
        }
        return text
    }

    /// A list of mappings, each read by `read`.
    func list<T>(_ key: String, into diagnostics: inout [Diagnostic], read: (YAMLNode, inout [Diagnostic]) -> T?) -> [T] {
        guard let node = node(key), !node.isNull else { return [] }
        guard case .sequence(let items) = node.kind else {
            diagnostics.append(.notAList(key, node))
            return []
        }
        return items.compactMapSized { read($0, &diagnostics) }
    }
}

import Foundation
