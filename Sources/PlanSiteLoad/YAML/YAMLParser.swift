import PlanSiteModel
import Yams

/// Parses YAML text into `YAMLNode`s, translating libyaml's English errors into Dutch
/// diagnostics at the offending line and column: plain text through `YAMLComposer`, the
/// rest through Yams, whose tree is converted at once.
public enum YAMLParser {
    /// - Parameter lineOffset: lines that precede this YAML text in the file (front matter).
    /// - Returns: the root node, nil for an empty document, or the syntax error.
    public static func parse(_ yaml: String, in file: SourceFile, lineOffset: Int = 0) -> Result<YAMLNode?, Diagnostic> {
        // Plain text straight from libyaml's events; anything else the way it always went. The
        // composer expands nothing: an anchor or alias is not plain, and leaves it on its event.
        if case .root(let root) = YAMLComposer.compose(yaml, file: file, lineOffset: lineOffset) { return .success(root) }
        // Before Yams composes anything: its composer expands aliases (an alias bomb never ends).
        if let found = YAMLAnchorScan.first(in: yaml) {
            return .failure(refusal(found, file: file, lineOffset: lineOffset))
        }
        return parseWithYams(yaml, in: file, lineOffset: lineOffset)
    }

    /// Through Yams' composer, and its errors translated: for text `YAMLComposer` leaves to it.
    static func parseWithYams(_ yaml: String, in file: SourceFile, lineOffset: Int = 0) -> Result<YAMLNode?, Diagnostic> {
        do {
            // The basic resolver: plansite reads every scalar as text (`scalar.string`), so the
            // default resolver's regular expressions per scalar (a fifth of loading) bought nothing.
            // The encoding is given: Yams' default reads the process environment on every parse.
            guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .success(nil) }
            return convert(root, file: file, lineOffset: lineOffset).map { node -> YAMLNode? in node }
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, file: file, lineOffset: lineOffset))
        } catch {
            let (message, hint) = YAMLMessages.generic
            return .failure(Diagnostic(.yamlSyntax, at: file.location(line: lineOffset + 1, column: 1), message, hint: hint))
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
                    return .failure(.keyNotText(at: loc(key.mark)))
                }
                switch convert(value, file: file, lineOffset: lineOffset) {
                case .success(let v): pairs.append(YAMLPair(key: keyText, keyLocation: loc(key.mark), value: v))
                case .failure(let d): return .failure(d)
                }
            }
            return .success(YAMLNode(kind: .mapping(pairs), location: loc(mapping.mark)))
        case .alias(let alias):
            // Unreachable after YAMLAnchorScan (Yams expands aliases); kept so no alias slips through.
            return .failure(Diagnostic(.yamlAnchorOrAlias, at: loc(alias.mark), "een YAML-alias is niet toegestaan; plansite leest geen ankers en aliassen", hint: "schrijf de waarde uit"))
        }
    }

    private static func diagnostic(for error: YamlError, yaml: String, file: SourceFile, lineOffset: Int) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            if let open = unclosedQuote(before: mark, in: yaml) {
                return Diagnostic(.yamlSyntax, at: file.location(line: open.line + lineOffset, column: open.column),
                                  "de tekst die hier met `\(open.quote)` begint, wordt niet gesloten",
                                  hint: "zet aan het eind van de tekst ook een `\(open.quote)`, op dezelfde regel")
            }
            let (message, hint) = YAMLMessages.translate(problem, context: context?.text)
            let at = place(offendingMark(mark, context: context), in: yaml)
            return Diagnostic(.yamlSyntax, at: file.location(line: at.line + lineOffset, column: at.column), message, hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let first = context.mark
            let second = secondOccurrence(of: key, after: first, in: yaml)
            let at = second ?? (first.line, first.column)
            return Diagnostic(.yamlDuplicateKey, at: file.location(line: at.0 + lineOffset, column: at.1),
                              "de sleutel `\(key)` staat twee keer in dezelfde map",
                              hint: "de eerste staat op regel \(first.line + lineOffset); verwijder of hernoem een van beide")
        case let .reader(problem, offset, value, _):
            // libyaml reads ahead of the scanner: its offset (a character offset, from Yams)
            // is the only pointer to the bad character, not the scanner's mark.
            let (line, column) = offset.map { position(ofCharacter: $0, in: yaml) } ?? (1, 1)
            var (message, hint) = YAMLMessages.translate(problem)
            if problem.contains("control characters"), let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: value)) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                message += " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
            }
            return Diagnostic(.yamlSyntax, at: file.location(line: line + lineOffset, column: column), message, hint: hint)
        default:
            let (message, hint) = YAMLMessages.generic
            return Diagnostic(.yamlSyntax, at: file.location(line: lineOffset + 1, column: 1), message, hint: hint)
        }
    }

    /// Anchors and aliases are refused, not expanded: the content format needs neither, and
    /// expanding them lets ten lines of YAML grow without bound ("billion laughs").
    private static func refusal(_ found: YAMLAnchorScan.Found, file: SourceFile, lineOffset: Int) -> Diagnostic {
        let written = found.kind == .anchor ? "&" + found.name : "*" + found.name
        let what = found.kind == .anchor ? "een YAML-anker" : "een YAML-alias"
        return Diagnostic(.yamlAnchorOrAlias, at: file.location(line: found.line + lineOffset, column: found.column),
                          "\(what) (`\(written)`) is niet toegestaan; plansite leest geen ankers en aliassen",
                          hint: "schrijf de waarde op elke plek uit; begint tekst met `&` of `*`, zet die dan tussen aanhalingstekens")
    }

    /// Where the offending value starts. A list, map or quoted text left open is reported
    /// where it opens, the value's own mark, as for every other YAML error: libyaml gives up
    /// only where it meets something it cannot read, often on a later line
    /// (`titel: [Waar staan` was reported at the next line's key). On one line libyaml's
    /// own mark is the more exact (`[a b]` at the `b`).
    static func offendingMark(_ problem: Mark, context: YamlError.Context?) -> Mark {
        guard let context, context.mark.line < problem.line,
              ["a flow sequence", "a flow mapping", "a quoted scalar"].contains(where: context.text.contains) else { return problem }
        return context.mark
    }

    /// A quote left open on an earlier line that the next quote closes on the line where
    /// libyaml gives up: `titel: "Opgave 4` then `nummer: "3.4"` is one text from the first
    /// quote to the second, followed by `3.4"`, which libyaml reports as a missing key on the
    /// correct line. The open quote is found where a line holds an odd number of them, the
    /// lines after it none, and the line of the problem one before the problem's place.
    static func unclosedQuote(before problem: Mark, in yaml: String) -> (line: Int, column: Int, quote: Character)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard problem.line >= 2, problem.line <= lines.count else { return nil }
        for quote: Character in ["\"", "'"] {
            func quotes(_ line: Substring) -> [Int] {
                var found: [Int] = []
                var previous: Character = " "
                for (offset, character) in line.unicodeScalars.map(Character.init).enumerated() {
                    if character == quote && !(quote == "\"" && previous == "\\") { found.append(offset) }
                    previous = character
                }
                return found
            }
            // The quote that closed it stands before the place of the problem.
            guard let closing = quotes(lines[problem.line - 1]).first, closing + 1 < problem.column else { continue }
            var number = problem.line - 1
            while number >= max(1, problem.line - 8) {
                let found = quotes(lines[number - 1])
                if found.count % 2 == 1, let last = found.last { return (number, last + 1, quote) }
                guard found.isEmpty else { break }
                number -= 1
            }
        }
        return nil
    }

    /// libyaml reports a problem at the end of a text without a final newline on the line
    /// after the last one, which does not exist (in front matter: the closing `---`). Such a
    /// mark is placed just after the last character of the text instead.
    static func place(_ mark: Mark, in yaml: String) -> (line: Int, column: Int) {
        let lineCount = yaml.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        guard mark.line > lineCount else { return (max(1, mark.line), max(1, mark.column)) }
        let lastLine = yaml.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        return (lineCount, lastLine.unicodeScalars.count + 1)
    }

    /// 1-based line and column of the character at a 0-based character offset.
    static func position(ofCharacter offset: Int, in yaml: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for (index, character) in yaml.enumerated() {
            if index == offset { break }
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
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
}
