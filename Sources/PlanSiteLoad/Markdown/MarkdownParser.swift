import PlanSiteModel
import CCmarkGFM
import Foundation

/// The only code that touches cmark-gfm. Parsing runs under one process-wide lock: while it
/// parses inlines the library adds and removes its extensions' special characters in a global
/// table. The finished tree is converted outside the lock into `Block`s with positions in the
/// file's own lines and character columns: reading a tree (which caches literals in its own
/// nodes) touches nothing shared, so files convert in parallel.
public enum MarkdownParser {
    /// Held while cmark-gfm parses (see above); `referenceHTML` takes it too.
    static let lock = NSLock()

    /// cmark's options: footnotes on; raw HTML kept in the tree (plansite's renderer, not
    /// cmark, decides what of it is shown: `RawHTMLPolicy`).
    static let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
    /// The GFM extensions plansite enables, by cmark's names.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// How deep block containers (block quotes, list items, footnote definitions) may nest,
    /// and how deep inline markup (emphasis, strikethrough, links) may nest. Far above any
    /// real plan; every later stage walks the tree recursively, so the converter stops
    /// descending here instead of letting `- - - …` overflow the stack.
    public static let maximumBlockDepth = 32
    public static let maximumInlineDepth = 32

    /// - Parameters:
    ///   - body: the Markdown without front matter.
    ///   - file: the whole file, for positions.
    ///   - lineOffset: lines before the body in the file.
    ///   - diagnostics: receives nesting beyond the limits.
    public static func parse(_ body: String, file: SourceFile, lineOffset: Int, fixedLocation: SourceLocation? = nil,
                             into diagnostics: inout [Diagnostic]) -> [Block] {
        lock.lock()
        guard let parser = newParser() else {
            lock.unlock()
            return []
        }
        NestingCap.apply(body).withCString { pointer in
            cmark_parser_feed(parser, pointer, strlen(pointer))
        }
        let finished = cmark_parser_finish(parser)
        lock.unlock()
        // The parser is kept until the tree is read: nothing of the tree may outlive its memory.
        defer { cmark_parser_free(parser) }
        guard let document = finished else { return [] }
        defer { cmark_node_free(document) }
        let converter = Converter(file: file, lineOffset: lineOffset, fixedLocation: fixedLocation)
        converter.readFootnoteLabels(of: document)
        let blocks = converter.blocks(of: document, depth: 0)
        diagnostics += converter.diagnostics
        return blocks
    }

    /// A cmark parser with plansite's options and extensions. Call with `lock` held.
    static func newParser() -> OpaquePointer? {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(options) else { return nil }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        return parser
    }

    /// Parses Markdown from a YAML value; every node gets the value's location.
    public static func parseFragment(_ text: Located<String>, into diagnostics: inout [Diagnostic]) -> RichText {
        let file = SourceFile(relativePath: "", displayPath: text.location.file, text: text.value)
        let blocks = parse(text.value, file: file, lineOffset: 0, fixedLocation: text.location, into: &diagnostics)
        return RichText(text: text.value, blocks: blocks, location: text.location)
    }
}

/// Walks one cmark tree; positions are corrected here once, not in every check. A class:
/// it collects diagnostics and caches one `LineColumns` per line it reports positions on.
final class Converter {
    let file: SourceFile
    let lineOffset: Int
    /// Set for YAML fragments: positions inside a YAML value are the value's own.
    let fixedLocation: SourceLocation?
    private(set) var diagnostics: [Diagnostic] = []
    /// The footnote definitions' labels in cmark-gfm's order, and each definition's label
    /// and place by node (`readFootnoteLabels`).
    var footnoteLabels: [String] = []
    var footnoteDefinitions: [OpaquePointer: (label: String, location: SourceLocation)] = [:]
    private var lineColumns: [Int: LineColumns] = [:]

    init(file: SourceFile, lineOffset: Int, fixedLocation: SourceLocation?) {
        self.file = file
        self.lineOffset = lineOffset
        self.fixedLocation = fixedLocation
    }

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

    /// The bytes and column table of a file line, built on first use.
    func columns(_ line: Int) -> LineColumns? {
        if let cached = lineColumns[line] { return cached }
        guard let text = file.line(line) else { return nil }
        let columns = LineColumns(text)
        lineColumns[line] = columns
        return columns
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
        let column = columns(line)?.characterColumn(ofByteColumn: byteColumn) ?? max(1, byteColumn)
        return file.location(line: line, column: column)
    }

    /// - Parameter depth: how many block containers enclose `node`'s children.
    func blocks(of node: OpaquePointer, depth: Int) -> [Block] {
        let kids = children(node)
        var out: [Block] = []
        out.reserveCapacity(kids.count)
        for child in kids {
            guard let converted = block(child, depth: depth) else { continue }
            // A YAML field's text has one location for all of it; a file's items their own lines.
            if case .paragraph(let inlines, _) = converted,
               let split = PlanMarkdownConventions.letteredList(inlines, start: location(child), linesApart: fixedLocation == nil) {
                out += split
            } else {
                out.append(converted)
            }
        }
        return PlanMarkdownConventions.joinCaptions(out)
    }

    func block(_ node: OpaquePointer, depth: Int) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(of: node, depth: 0))
        case CMARK_NODE_HEADING:
            var content = inlines(of: node, depth: 0)
            let loc = location(node)
            var attribute = Self.takeTrailingAttribute(&content, at: loc)
            // One the index stage reports is shown where its `{#` is written.
            if let written = attribute, written.isUnreadableAttribute, fixedLocation == nil,
               let line = file.line(loc.line), let open = line.range(of: "{#", options: .backwards) {
                attribute = Located(written.value, at: file.location(line: loc.line, column: line.distance(from: line.startIndex, to: open.lowerBound) + 1))
            }
            return .heading(Heading(level: Int(cmark_node_get_heading_level(node)), inlines: content, attribute: attribute, location: loc))
        case CMARK_NODE_BLOCK_QUOTE:
            if depth >= MarkdownParser.maximumBlockDepth { return tooDeepBlock(node) }
            return .blockQuote(blocks(of: node, depth: depth + 1))
        case CMARK_NODE_LIST:
            if depth >= MarkdownParser.maximumBlockDepth { return tooDeepBlock(node) }
            let items = children(node).map { item -> ListItem in
                var itemBlocks = blocks(of: item, depth: depth + 1)
                let loc = location(item)
                var attribute: Located<String>?
                if case .paragraph(var first, _)? = itemBlocks.first {
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
            if depth >= MarkdownParser.maximumBlockDepth { return tooDeepBlock(node) }
            let (label, loc) = footnoteDefinition(node)
            return .footnoteDefinition(FootnoteDefinition(label: label, blocks: blocks(of: node, depth: depth + 1), location: loc))
        default:
            if typeString(node) == "table" { return table(node) }
            return nil
        }
    }

    /// A container nested past the limit: reported where it starts, its text kept as one
    /// plain paragraph (read without recursion) so nothing after this stage walks deeper.
    func tooDeepBlock(_ node: OpaquePointer) -> Block? {
        diagnostics.append(Diagnostic(.markdownTooDeep, at: location(node),
                                      "lijsten en citaten zijn hier dieper genest dan \(MarkdownParser.maximumBlockDepth) niveaus",
                                      hint: "gebruik minder niveaus van lijsten of citaten"))
        let text = plainText(node)
        return text.isEmpty ? nil : .paragraph([.text(text)])
    }

    /// Inline markup nested past the limit: reported, its text kept as plain text.
    func tooDeepInline(_ node: OpaquePointer) -> Inline {
        diagnostics.append(Diagnostic(.markdownTooDeep, at: location(node),
                                      "opmaak (nadruk, doorhaling, links) is hier dieper genest dan \(MarkdownParser.maximumInlineDepth) niveaus",
                                      hint: "gebruik minder geneste opmaak met `*`, `_`, `~~` of `[...]`"))
        return .text(plainText(node))
    }

    /// The text under `node`, read with cmark's iterator (no recursion, however deep).
    func plainText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var out = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: out += literal(current)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if !out.isEmpty && out.last != " " { out += " " }
            default: break
            }
        }
        return out.trimmingTrailingWhitespace()
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
            let cells = children(row).map { inlines(of: $0, depth: 0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        return .table(MarkdownTable(alignments: alignments, header: header, rows: rows, location: location(node)))
    }

    /// - Parameter depth: how many inline containers enclose `node`'s children.
    func inlines(of node: OpaquePointer, depth: Int) -> [Inline] {
        let kids = children(node)
        var out: [Inline] = []
        // Sized once: the trees live through the whole build, and an array grown by doubling
        // keeps up to half its storage unused (about 25 MB of the 100× corpus).
        out.reserveCapacity(kids.count)
        // cmark splits text at brackets and entities; merge for simpler walkers. Appended in
        // place: `previous + text` copied the run so far for every piece, quadratic in a
        // line of thousands of `[` or `&amp;`.
        var pending: String?
        for child in kids {
            guard let inline = inline(child, depth: depth) else { continue }
            if case .text(let t) = inline {
                if pending == nil { pending = t } else { pending?.append(t) }
                continue
            }
            if let text = pending { out.append(.text(text)); pending = nil }
            out.append(inline)
        }
        if let text = pending { out.append(.text(text)) }
        return out
    }

    func inline(_ node: OpaquePointer, depth: Int) -> Inline? {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .html(literal(node), htmlLocation(node))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let (label, loc) = footnoteReference(node)
            return .footnoteReference(label: label, location: loc)
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            break
        default:
            guard typeString(node) == "strikethrough" else { return nil }
        }
        if depth >= MarkdownParser.maximumInlineDepth { return tooDeepInline(node) }
        let content = inlines(of: node, depth: depth + 1)
        switch type {
        case CMARK_NODE_EMPH: return .emphasis(content)
        case CMARK_NODE_STRONG: return .strong(content)
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let link = Link(destination: destination,
                            title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                            children: content,
                            location: linkLocation(node, destination: destination))
            return type == CMARK_NODE_LINK ? .link(link) : .image(link)
        default:
            return .strikethrough(content)
        }
    }

    /// cmark reports a link on the line where its text ends and skips leading white space on
    /// continuation lines; find the `]( destination` in the source and walk back to its `[`.
    /// Searched in UTF-8 bytes: every character looked for is ASCII, and no byte of a
    /// multi-byte character is; the result is turned into a character column once.
    func linkLocation(_ node: OpaquePointer, destination: String) -> SourceLocation {
        let fallback = location(node)
        if fixedLocation != nil { return fallback }
        guard var current = columns(fallback.line) else { return fallback }
        let needle = Array(("](" + destination).utf8)
        guard let close = current.nearest(needle, near: Int(cmark_node_get_start_column(node)) - 1) else { return fallback }
        var depth = 0
        var lineNumber = fallback.line
        var index = close - 1
        while lineNumber >= max(1, fallback.line - 6) {
            let bytes = current.bytes
            while index >= 0 {
                let c = bytes[index]
                let escaped = index > 0 && bytes[index - 1] == UInt8(ascii: "\\")
                if !escaped {
                    if c == UInt8(ascii: "]") { depth += 1 }
                    if c == UInt8(ascii: "[") {
                        if depth == 0 {
                            let isImage = index > 0 && bytes[index - 1] == UInt8(ascii: "!")
                            return file.location(line: lineNumber, column: current.characterColumn(ofByteColumn: isImage ? index : index + 1))
                        }
                        depth -= 1
                    }
                }
                index -= 1
            }
            lineNumber -= 1
            guard let previous = columns(lineNumber) else { break }
            current = previous
            index = current.bytes.count - 1
        }
        return fallback
    }

    func htmlLocation(_ node: OpaquePointer) -> SourceLocation {
        let fallback = location(node)
        if fixedLocation != nil { return fallback }
        guard let line = columns(fallback.line) else { return fallback }
        let tag = Array(literal(node).utf8)
        guard let start = line.nearest(tag, near: Int(cmark_node_get_start_column(node)) - 1) else { return fallback }
        return file.location(line: fallback.line, column: line.characterColumn(ofByteColumn: start + 1))
    }

    /// Removes `{#id}` from the end of a heading's text. A `{#` that ends the text but does
    /// not make an id (`{#actielijn 6.4}`, `{#}`, `{#actielijn:6.4` without its `}`) is
    /// removed too and returned as written, braces included (`isUnreadableAttribute`), so the
    /// index stage reports it (`MD004`) instead of the page showing it and losing the entity.
    static func takeTrailingAttribute(_ inlines: inout [Inline], at location: SourceLocation) -> Located<String>? {
        guard case .text(let text)? = inlines.last else { return nil }
        // Only trailing space: leading space separates this text from the inline before it.
        let trimmed = text.trimmingTrailingWhitespace()
        guard let open = trimmed.range(of: "{#", options: .backwards) else { return nil }
        let closed = trimmed.hasSuffix("}")
        let inner = closed ? trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)] : trimmed[open.upperBound...]
        // A `}` before the end: the braces close earlier and the heading goes on after them.
        guard !inner.contains("}") else { return nil }
        let id = inner.trimmingCharacters(in: .whitespaces)
        let value = closed && !id.isEmpty && !id.contains(where: \.isWhitespace) ? id : String(trimmed[open.lowerBound...])
        let rest = String(trimmed[..<open.lowerBound]).trimmingTrailingWhitespace()
        if rest.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1] = .text(rest) }
        if case .text(let t)? = inlines.last { inlines[inlines.count - 1] = .text(t.trimmingTrailingWhitespace()) }
        return Located(value, at: location)
    }

    /// Removes `{#id}` from the start of a list item's first paragraph. A `{#…}` there that
    /// does not make an id (`{#actielijn 4.1}`, `{#}`) is removed too and returned as
    /// written, braces included (`isUnreadableAttribute`), for the index stage to report.
    static func takeLeadingAttribute(_ inlines: inout [Inline], line: Int, file: SourceFile, fixedLocation: SourceLocation?) -> Located<String>? {
        guard case .text(let text)? = inlines.first, text.hasPrefix("{#"), let close = text.firstIndex(of: "}") else { return nil }
        let inner = String(text[text.index(text.startIndex, offsetBy: 2)..<close])
        let id = !inner.isEmpty && !inner.contains(where: \.isWhitespace) ? inner : String(text[...close])
        let rest = String(text[text.index(after: close)...]).drop(while: { $0 == " " })
        if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
        if let fixedLocation { return Located(id, at: fixedLocation) }
        let column = file.line(line).flatMap { l in l.range(of: "{#").map { l.distance(from: l.startIndex, to: $0.lowerBound) + 1 } } ?? 1
        return Located(id, at: file.location(line: line, column: column))
    }
}

extension String {
    /// Without white space at the end. Stepped back one Character at a time: `dropLast()`
    /// counted the whole text again for every step (17,000 instructions a footnote).
    package func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before].isWhitespace else { break }
            end = before
        }
        return end == endIndex ? self : String(self[..<end])
    }
}
