import Yams

/// Parses YAML text with Yams and converts the result at once into `YAMLNode`s, translating
/// libyaml's English errors into Dutch diagnostics at the offending line and column.
public enum YAMLParser {
    /// - Parameter lineOffset: lines that precede this YAML text in the file (front matter).
    /// - Returns: the root node, nil for an empty document, or the syntax error.
    public static func parse(_ yaml: String, in file: SourceFile, lineOffset: Int = 0) -> Result<YAMLNode?, Diagnostic> {
        do {
            // The basic resolver: plansite reads every scalar as text (`scalar.string`), so the
            // default resolver's regular expressions per scalar (a fifth of loading) bought nothing.
            // The encoding is given: Yams' default reads the process environment on every parse.
            guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .success(nil) }
            return convert(root, file: file, lineOffset: lineOffset).map { node -> YAMLNode? in node }
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, file: file, lineOffset: lineOffset))
        } catch {
            return .failure(Diagnostic(.yamlSyntax, at: file.location(line: lineOffset + 1, column: 1), "YAML kan niet worden gelezen: \(error)"))
        }
    }

    private static func convert(_ node: Node, file: SourceFile, lineOffset: Int) -> Result<YAMLNode, Diagnostic> {
        func loc(_ mark: Mark?) -> SourceLocation {
            file.location(line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        }
        switch node {
        case .scalar(let scalar):
            return .success(YAMLNode(kind: .scalar(scalar.string, plain: scalar.style == .plain), location: loc(scalar.mark)))
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for child in sequence {
                switch convert(child, file: file, lineOffset: lineOffset) {
                case .success(let n): items.append(n)
                case .failure(let d): return .failure(d)
                }
            }
            return .success(YAMLNode(kind: .sequence(items), location: loc(sequence.mark)))
        case .mapping(let mapping):
            var pairs: [YAMLPair] = []
            for (key, value) in mapping {
                guard let keyText = key.scalar?.string else {
                    return .failure(Diagnostic(.yamlWrongType, at: loc(key.mark), "een sleutel moet tekst zijn, geen lijst of map"))
                }
                switch convert(value, file: file, lineOffset: lineOffset) {
                case .success(let v): pairs.append(YAMLPair(key: keyText, keyLocation: loc(key.mark), value: v))
                case .failure(let d): return .failure(d)
                }
            }
            return .success(YAMLNode(kind: .mapping(pairs), location: loc(mapping.mark)))
        case .alias(let alias):
            return .failure(Diagnostic(.yamlSyntax, at: loc(alias.mark), "YAML-aliassen (`*naam`) worden niet ondersteund", hint: "schrijf de waarde uit"))
        }
    }

    private static func diagnostic(for error: YamlError, yaml: String, file: SourceFile, lineOffset: Int) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            let (message, hint) = translate(problem)
            return Diagnostic(.yamlSyntax, at: file.location(line: mark.line + lineOffset, column: max(1, mark.column)), message, hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let first = context.mark
            let second = secondOccurrence(of: key, after: first, in: yaml)
            let at = second ?? (first.line, first.column)
            return Diagnostic(.yamlDuplicateKey, at: file.location(line: at.0 + lineOffset, column: at.1),
                              "de sleutel `\(key)` staat twee keer in dezelfde map",
                              hint: "de eerste staat op regel \(first.line + lineOffset); verwijder of hernoem een van beide")
        case let .reader(problem, offset, _, _):
            return Diagnostic(.yamlSyntax, at: file.location(line: lineOffset + 1, column: 1), "YAML kan niet worden gelezen: \(problem)\(offset.map { " (byte \($0))" } ?? "")")
        default:
            return Diagnostic(.yamlSyntax, at: file.location(line: lineOffset + 1, column: 1), "YAML kan niet worden gelezen: \(error)")
        }
    }

    /// Yams names only the first of two equal keys; find the second by its indentation.
    private static func secondOccurrence(of key: String, after first: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let indent = first.column - 1
        let forms = ["\(key):", "\"\(key)\":", "'\(key)':"]
        for number in first.line..<lines.count {
            let line = lines[number]
            let body = line.dropFirst(indent)
            guard line.prefix(indent).allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            if forms.contains(where: { body.hasPrefix($0) }) { return (number + 1, indent + 1) }
        }
        return nil
    }

    private static func translate(_ problem: String) -> (String, String?) {
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return ("een `:` op een plek waar geen nieuwe sleutel kan beginnen",
                    "zet tekst met een dubbele punt tussen aanhalingstekens, of controleer het inspringen")
        case let p where p.contains("found a tab character"):
            // libyaml 0.2.5 names a tab in the indentation itself.
            return ("een tab in het inspringen", "gebruik spaties om in te springen, geen tabs")
        case let p where p.contains("found character that cannot start any token"):
            return ("een teken waarmee geen YAML-waarde kan beginnen (vaak een tab)", "gebruik spaties om in te springen, geen tabs")
        case let p where p.contains("did not find expected key"):
            return ("hier werd een sleutel verwacht", "controleer het inspringen van deze regel en de regel erboven")
        case let p where p.contains("could not find expected ':'"):
            return ("een sleutel zonder `:`", "schrijf `sleutel: waarde`")
        case let p where p.contains("did not find expected '-' indicator"):
            return ("een lijstelement zonder `-` of met verkeerd inspringen", "controleer het inspringen van de lijst")
        case let p where p.contains("found unexpected end of stream"):
            return ("het bestand houdt op midden in een waarde", "sluit aanhalingstekens of haakjes")
        case let p where p.contains("did not find expected ',' or ']'"):
            return ("een lijst `[...]` die niet goed wordt gesloten", "sluit de lijst met `]` en scheid elementen met `,`")
        case let p where p.contains("did not find expected ',' or '}'"):
            return ("een map `{...}` die niet goed wordt gesloten", "sluit de map met `}` en scheid paren met `,`")
        case let p where p.contains("found unknown escape character"):
            return ("een onbekende escape (`\\`) tussen dubbele aanhalingstekens", "gebruik enkele aanhalingstekens of schrijf `\\\\`")
        default:
            return ("YAML-syntaxfout: \(problem)", nil)
        }
    }
}
