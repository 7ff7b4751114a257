import CCmarkGFM
import Foundation

/// The only code that touches cmark-gfm. Parsing runs under one process-wide lock: while it
/// parses inlines the library adds and removes its extensions' special characters in a global
/// table. The finished tree is converted outside the lock into `Block`s with positions in the
/// file's own lines and character columns: reading a tree (which caches literals in its own
/// nodes) touches nothing shared, so files convert in parallel.
public enum MarkdownParser {
    private static let lock = NSLock()

    /// - Parameters:
    ///   - body: the Markdown without front matter.
    ///   - file: the whole file, for positions.
    ///   - lineOffset: lines before the body in the file.
    public static func parse(_ body: String, file: SourceFile, lineOffset: Int, fixedLocation: SourceLocation? = nil) -> [Block] {
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
        lock.lock()
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(options) else {
            lock.unlock()
            return []
        }
        for name in ["table", "strikethrough", "autolink", "tagfilter"] {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        body.withCString { pointer in
            cmark_parser_feed(parser, pointer, strlen(pointer))
        }
        let finished = cmark_parser_finish(parser)
        lock.unlock()
        // The parser is kept until the tree is read: nothing of the tree may outlive its memory.
        defer { cmark_parser_free(parser) }
        guard let document = finished else { return [] }
        defer { cmark_node_free(document) }
        let converter = Converter(file: file, lineOffset: lineOffset, fixedLocation: fixedLocation)
        return converter.blocks(of: document)
    }

    /// Parses Markdown from a YAML value; every node gets the value's location.
    public static func parseFragment(_ text: Located<String>) -> RichText {
        let file = SourceFile(relativePath: "", displayPath: text.location.file, text: text.value)
        let blocks = parse(text.value, file: file, lineOffset: 0, fixedLocation: text.location)
        return RichText(text: text.value, blocks: blocks, location: text.location)
    }
}

/// Walks one cmark tree; positions are corrected here once, not in every check.
private struct Converter {
    let file: SourceFile
    let lineOffset: Int
    /// Set for YAML fragments: positions inside a YAML value are the value's own.
    let fixedLocation: SourceLocation?

    func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            out.append(c)
            child = cmark_node_next(c)
        }
        return out
    }

    func literal(_ node: OpaquePointer) -> String {
        guard let p = cmark_node_get_literal(node) else { return "" }
        return String(cString: p)
    }

    func typeString(_ node: OpaquePointer) -> String {
        guard let p = cmark_node_get_type_string(node) else { return "" }
        return String(cString: p)
    }

    /// Converts cmark's byte column on a body line into the file's line and character column.
    func location(_ node: OpaquePointer) -> SourceLocation {
        if let fixedLocation { return fixedLocation }
        // The autolink extension's links (`http://…`, `www.…`) carry no position (line 0):
        // the nearest enclosing node that has one is the closest honest answer.
        var node = node
        while cmark_node_get_start_line(node) == 0, let parent = cmark_node_parent(node) { node = parent }
        let line = Int(cmark_node_get_start_line(node)) + lineOffset
        let byteColumn = Int(cmark_node_get_start_column(node))
        let column = file.line(line)?.characterColumn(ofByteColumn: byteColumn) ?? max(1, byteColumn)
        return file.location(line: line, column: column)
    }

    func blocks(of node: OpaquePointer) -> [Block] {
        children(node).compactMap(block)
    }

    func block(_ node: OpaquePointer) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(of: node))
        case CMARK_NODE_HEADING:
            var content = inlines(of: node)
            let loc = location(node)
            let attribute = Self.takeTrailingAttribute(&content, at: loc)
            return .heading(Heading(level: Int(cmark_node_get_heading_level(node)), inlines: content, attribute: attribute, location: loc))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(of: node))
        case CMARK_NODE_LIST:
            let items = children(node).map { item -> ListItem in
                var itemBlocks = blocks(of: item)
                let loc = location(item)
                var attribute: Located<String>?
                if case .paragraph(var first)? = itemBlocks.first {
                    attribute = Self.takeLeadingAttribute(&first, line: loc.line, file: file, fixedLocation: fixedLocation)
                    if attribute != nil { itemBlocks[0] = .paragraph(first) }
                }
                return ListItem(blocks: itemBlocks, attribute: attribute, location: loc)
            }
            return .list(MarkdownList(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                                      start: Int(cmark_node_get_list_start(node)),
                                      tight: cmark_node_get_list_tight(node) != 0, items: items))
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return .codeBlock(info: info, code: literal(node))
        case CMARK_NODE_HTML_BLOCK:
            return .html(literal(node), location(node))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            // cmark starts a definition at its text; report it at its `[^` as written.
            var loc = location(node)
            if fixedLocation == nil, let line = file.line(loc.line), let open = line.range(of: "[^") {
                loc.column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
            }
            let label = Self.footnoteLabel(definitionLine: file.line(loc.line)) ?? literal(node)
            return .footnoteDefinition(FootnoteDefinition(label: label, blocks: blocks(of: node), location: loc))
        default:
            if typeString(node) == "table" { return table(node) }
            return nil
        }
    }

    func table(_ node: OpaquePointer) -> Block {
        let count = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [MarkdownTable.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<count {
                switch raw[i] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in children(node) {
            let cells = children(row).map { inlines(of: $0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        return .table(MarkdownTable(alignments: alignments, header: header, rows: rows, location: location(node)))
    }

    func inlines(of node: OpaquePointer) -> [Inline] {
        var out: [Inline] = []
        for child in children(node) {
            guard let inline = inline(child) else { continue }
            // cmark splits text at brackets and entities; merge for simpler walkers.
            if case .text(let t) = inline, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + t)
            } else {
                out.append(inline)
            }
        }
        return out
    }

    func inline(_ node: OpaquePointer) -> Inline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .html(literal(node), htmlLocation(node))
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let link = Link(destination: destination,
                            title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                            children: inlines(of: node),
                            location: linkLocation(node, destination: destination))
            return cmark_node_get_type(node) == CMARK_NODE_LINK ? .link(link) : .image(link)
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let (label, loc) = footnoteReference(node)
            return .footnoteReference(label: label, location: loc)
        default:
            if typeString(node) == "strikethrough" { return .strikethrough(inlines(of: node)) }
            return nil
        }
    }

    /// cmark reports a link on the line where its text ends and skips leading white space on
    /// continuation lines; find the `]( destination` in the source and walk back to its `[`.
    func linkLocation(_ node: OpaquePointer, destination: String) -> SourceLocation {
        let fallback = location(node)
        if fixedLocation != nil { return fallback }
        guard let line = file.line(fallback.line) else { return fallback }
        // Searched in UTF-8 bytes: every character looked for is ASCII, and no byte of a
        // multi-byte character is; the result is turned into a character column once.
        var current = Array(line.utf8)
        let needle = Array(("](" + destination).utf8)
        guard let close = Self.find(needle, in: current, near: Int(cmark_node_get_start_column(node)) - 1) else { return fallback }
        var depth = 0
        var lineNumber = fallback.line
        var index = close - 1
        var text = line
        while lineNumber >= max(1, fallback.line - 6) {
            while index >= 0 {
                let c = current[index]
                let escaped = index > 0 && current[index - 1] == UInt8(ascii: "\\")
                if !escaped {
                    if c == UInt8(ascii: "]") { depth += 1 }
                    if c == UInt8(ascii: "[") {
                        if depth == 0 {
                            let isImage = index > 0 && current[index - 1] == UInt8(ascii: "!")
                            return file.location(line: lineNumber, column: text.characterColumn(ofByteColumn: isImage ? index : index + 1))
                        }
                        depth -= 1
                    }
                }
                index -= 1
            }
            lineNumber -= 1
            guard let previous = file.line(lineNumber) else { break }
            text = previous
            current = Array(previous.utf8)
            index = current.count - 1
        }
        return fallback
    }

    func htmlLocation(_ node: OpaquePointer) -> SourceLocation {
        let fallback = location(node)
        if fixedLocation != nil { return fallback }
        guard let line = file.line(fallback.line) else { return fallback }
        let chars = Array(line)
        let tag = Array(literal(node))
        return Self.find(tag, in: chars, near: fallback.column - 1).map { file.location(line: fallback.line, column: $0 + 1) } ?? fallback
    }

    /// cmark does not expose footnote labels: read `[^label]` from the source.
    func footnoteReference(_ node: OpaquePointer) -> (String, SourceLocation) {
        let fallback = location(node)
        if fixedLocation != nil { return (literal(node), fallback) }
        guard let line = file.line(fallback.line) else { return (literal(node), fallback) }
        let chars = Array(line)
        guard let start = Self.find(Array("[^"), in: chars, near: fallback.column - 1),
              let end = chars[start...].firstIndex(of: "]") else { return (literal(node), fallback) }
        return (String(chars[(start + 2)..<end]), file.location(line: fallback.line, column: start + 1))
    }

    static func footnoteLabel(definitionLine: Substring?) -> String? {
        guard let line = definitionLine?.drop(while: { $0 == " " }), line.hasPrefix("[^"),
              let end = line.firstIndex(of: "]") else { return nil }
        return String(line[line.index(line.startIndex, offsetBy: 2)..<end])
    }

    /// The occurrence of `needle` in `chars` closest to `near`.
    static func find<Element: Equatable>(_ needle: [Element], in chars: [Element], near: Int) -> Int? {
        guard !needle.isEmpty, chars.count >= needle.count else { return nil }
        var best: Int?
        for i in 0...(chars.count - needle.count) where chars[i] == needle[0] && chars[i..<(i + needle.count)].elementsEqual(needle) {
            if best == nil || abs(i - near) < abs((best ?? 0) - near) { best = i }
        }
        return best
    }

    /// Removes `{#id}` from the end of a heading's text.
    static func takeTrailingAttribute(_ inlines: inout [Inline], at location: SourceLocation) -> Located<String>? {
        guard case .text(let text)? = inlines.last else { return nil }
        // Only trailing space: leading space separates this text from the inline before it.
        let trimmed = text.trimmingTrailingWhitespace()
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { return nil }
        let id = String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]).trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty, !id.contains(" ") else { return nil }
        let rest = String(trimmed[..<open.lowerBound]).trimmingTrailingWhitespace()
        if rest.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1] = .text(rest) }
        if case .text(let t)? = inlines.last { inlines[inlines.count - 1] = .text(t.trimmingTrailingWhitespace()) }
        return Located(id, at: location)
    }

    /// Removes `{#id}` from the start of a list item's first paragraph.
    static func takeLeadingAttribute(_ inlines: inout [Inline], line: Int, file: SourceFile, fixedLocation: SourceLocation?) -> Located<String>? {
        guard case .text(let text)? = inlines.first, text.hasPrefix("{#"), let close = text.firstIndex(of: "}") else { return nil }
        let id = String(text[text.index(text.startIndex, offsetBy: 2)..<close])
        guard !id.isEmpty, !id.contains(" ") else { return nil }
        let rest = String(text[text.index(after: close)...]).drop(while: { $0 == " " })
        if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
        if let fixedLocation { return Located(id, at: fixedLocation) }
        let column = file.line(line).flatMap { l in l.range(of: "{#").map { l.distance(from: l.startIndex, to: $0.lowerBound) + 1 } } ?? 1
        return Located(id, at: file.location(line: line, column: column))
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = self[...]
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
