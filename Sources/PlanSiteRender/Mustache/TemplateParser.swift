/// Reads a Mustache template into nodes. Three passes, each simple: split the text into text
/// and tags (following `{{=<% %>=}}` delimiter changes), drop the lines that hold only one
/// section, comment or partial tag (Mustache's standalone rule, so a template can put each
/// tag on its own line without leaving blank lines in the page), and nest the sections.
struct TemplateParser {
    private let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        try TemplateParser(text).parse()
    }

    func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        try nest(removingStandaloneLines(tokenize()))
    }

    // MARK: - Tokens

    private enum Token {
        /// Text up to a tag or through the end of its line (`endsLine`).
        case text(ArraySlice<UInt8>, endsLine: Bool)
        /// A tag: its sigil (`#`, `^`, `/`, `!`, `>`, `=`, `%`, `&`, `{`, or nil for a variable),
        /// its content without sigil and delimiters, and where it starts.
        case tag(sigil: UInt8?, content: String, offset: Int)
        /// A standalone partial's indentation, set by `removingStandaloneLines`.
        case indentedPartial(name: String, indentation: String, offset: Int)
    }

    private static let sigils: Set<UInt8> = Set("#^/!>=%&{<$".utf8)
    /// The tags that may stand alone on a line, which is then dropped from the output.
    private static let standaloneSigils: Set<UInt8> = Set("#^/!>=%<$".utf8)

    private func tokenize() throws(TemplateSyntaxError) -> [Token] {
        var tokens: [Token] = []
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var i = 0
        while i < bytes.count {
            let newline = bytes[i...].firstIndex(of: UInt8(ascii: "\n"))
            // A tag that counts starts before the line ends: search no further.
            let tagStart = find(open, from: i, before: newline.map { $0 + 1 } ?? bytes.count)
            if let newline, tagStart.map({ newline < $0 }) ?? true {
                tokens.append(.text(bytes[i...newline], endsLine: true))
                i = newline + 1
                continue
            }
            guard let start = tagStart else {
                tokens.append(.text(bytes[i...], endsLine: false))
                break
            }
            if start > i { tokens.append(.text(bytes[i..<start], endsLine: false)) }
            var contentStart = start + open.count
            var sigil: UInt8?
            if contentStart < bytes.count, Self.sigils.contains(bytes[contentStart]) {
                sigil = bytes[contentStart]
                contentStart += 1
            }
            // `{{{name}}}` ends with one more brace; `{{=<% %>=}}` with `=` before the delimiter.
            let terminator: [UInt8] = sigil == UInt8(ascii: "{") ? Array("}".utf8) + close
                : sigil == UInt8(ascii: "=") ? Array("=".utf8) + close : close
            guard let end = find(terminator, from: contentStart, before: bytes.count) else {
                throw error("de tag `\(String(decoding: open, as: UTF8.self))` wordt niet gesloten", at: start)
            }
            let content = String(decoding: bytes[contentStart..<end], as: UTF8.self).trimmingSpaces
            tokens.append(.tag(sigil: sigil, content: content, offset: start))
            i = end + terminator.count
            if sigil == UInt8(ascii: "=") {
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw error("ongeldige scheidingstekens in `\(String(decoding: bytes[start..<i], as: UTF8.self))`; schrijf bijvoorbeeld `{{=<% %>=}}`", at: start)
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            }
        }
        return tokens
    }

    private func find(_ needle: [UInt8], from start: Int, before limit: Int) -> Int? {
        guard let first = needle.first, start < bytes.count else { return nil }
        var i = start
        while i < limit, i + needle.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    // MARK: - Standalone lines

    /// A line holding one section, comment, partial or delimiter tag and otherwise only spaces
    /// and tabs is left out whole, newline included. A partial's leading spaces stay, and
    /// indent every further line the partial renders.
    private func removingStandaloneLines(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart
            while lineEnd < tokens.count {
                if case .text(_, endsLine: true) = tokens[lineEnd] { break }
                lineEnd += 1
            }
            let line = tokens[lineStart..<min(lineEnd + 1, tokens.count)]
            result += standalone(line) ?? Array(line)
            lineStart = lineEnd + 1
        }
        return result
    }

    /// The line's tokens if it is standalone (the tag alone, or a partial with its
    /// indentation), nil if it is not.
    private func standalone(_ line: ArraySlice<Token>) -> [Token]? {
        var tag: Token?
        var indentation = ""
        for token in line {
            switch token {
            case .text(let text, _):
                guard text.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }) else { return nil }
                if tag == nil { indentation = String(decoding: text, as: UTF8.self) }
            case .tag(let sigil, _, _):
                guard tag == nil, let sigil, Self.standaloneSigils.contains(sigil) else { return nil }
                tag = token
            case .indentedPartial:
                return nil
            }
        }
        guard let tag else { return nil }
        if case .tag(UInt8(ascii: ">"), let name, let offset) = tag {
            let partial = Token.indentedPartial(name: name, indentation: indentation, offset: offset)
            return indentation.isEmpty ? [partial] : [.text(ArraySlice(indentation.utf8), endsLine: false), partial]
        }
        return [tag]
    }

    // MARK: - Sections

    private struct OpenSection {
        var name: TemplateName
        var inverted: Bool
        var offset: Int
        var nodes: [TemplateNode] = []
    }

    private func nest(_ tokens: [Token]) throws(TemplateSyntaxError) -> [TemplateNode] {
        var stack: [OpenSection] = []
        var nodes: [TemplateNode] = []
        func add(_ node: TemplateNode) {
            if stack.isEmpty { nodes.append(node) } else { stack[stack.count - 1].nodes.append(node) }
        }
        for token in tokens {
            switch token {
            case .text(let text, _):
                if !text.isEmpty { add(.text(String(decoding: text, as: UTF8.self))) }
            case .indentedPartial(let name, let indentation, let offset):
                add(.partial(try partialName(name, at: offset), indentation: indentation, line: position(of: offset).line))
            case .tag(let sigil, let content, let offset):
                let kind: Character? = sigil.map { Character(Unicode.Scalar($0)) }
                switch kind {
                case nil: add(.variable(try name(content, at: offset), escaped: true))
                case "&", "{": add(.variable(try name(content, at: offset), escaped: false))
                case "#", "^":
                    stack.append(OpenSection(name: try name(content, at: offset), inverted: sigil == UInt8(ascii: "^"), offset: offset))
                case "/":
                    guard let open = stack.popLast() else {
                        throw error("`{{/\(content)}}` sluit een sectie die niet open is", at: offset)
                    }
                    guard open.name.spelling == content else {
                        throw error("`{{/\(content)}}` sluit `{{\(open.inverted ? "^" : "#")\(open.name.spelling)}}` (regel \(position(of: open.offset).line)) niet af", at: offset)
                    }
                    add(.section(open.name, open.nodes, inverted: open.inverted))
                case ">": add(.partial(try partialName(content, at: offset), indentation: nil, line: position(of: offset).line))
                case "<", "$":
                    throw error("template-overerving (`{{<` en `{{$`) kent plansite niet; gebruik partials (`{{>naam}}`)", at: offset)
                default:
                    break  // a comment, a delimiter change, a pragma: nothing to render
                }
            }
        }
        if let open = stack.last {
            throw error("de sectie `{{\(open.inverted ? "^" : "#")\(open.name.spelling)}}` wordt niet gesloten met `{{/\(open.name.spelling)}}`", at: open.offset)
        }
        return nodes
    }

    // MARK: - Names

    private static let nameBytes: Set<UInt8> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_?".utf8)

    private func name(_ content: String, at offset: Int) throws(TemplateSyntaxError) -> TemplateName {
        var inner = Substring(content)
        var functions: [TemplateName.Function] = []
        while let paren = inner.firstIndex(of: "(") {
            guard inner.last == ")" else { throw error("ongeldige naam `\(content)`", at: offset) }
            let function = String(inner[..<paren])
            guard let known = TemplateName.Function(rawValue: function) else {
                let names = TemplateName.Function.allCases.map { "`\($0.rawValue)()`" }.joined(separator: ", ")
                throw error("onbekende functie `\(function)()` in `\(content)`; plansite kent \(names)", at: offset)
            }
            functions.append(known)
            inner = inner[inner.index(after: paren)..<inner.index(before: inner.endIndex)]
        }
        if inner == "." { return TemplateName(parts: [], anchored: true, functions: functions, spelling: content) }
        if inner.isEmpty {
            guard !functions.isEmpty else { throw error("een tag zonder naam", at: offset) }
            return TemplateName(parts: [], anchored: false, functions: functions, spelling: content)
        }
        let anchored = inner.first == "."
        let parts = (anchored ? inner.dropFirst() : inner).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(Self.nameBytes.contains) }) else {
            throw error("ongeldige naam `\(content)`: een naam bestaat uit letters, cijfers, `-`, `_` en punten ertussen", at: offset)
        }
        return TemplateName(parts: parts.map(String.init), anchored: anchored, functions: functions, spelling: content)
    }

    private func partialName(_ content: String, at offset: Int) throws(TemplateSyntaxError) -> String {
        guard !content.hasPrefix("*") else {
            throw error("een partial met een naam uit de view (`{{>*…}}`) kent plansite niet", at: offset)
        }
        guard !content.isEmpty else { throw error("een partial zonder naam", at: offset) }
        return content
    }

    // MARK: - Errors

    private func position(of offset: Int) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }

    private func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        let (line, column) = position(of: offset)
        return TemplateSyntaxError(message: message, line: line, column: column)
    }
}

private extension String {
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
