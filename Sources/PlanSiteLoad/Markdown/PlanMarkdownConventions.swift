import PlanSiteModel

/// What plansite reads on top of GFM, in forms that Pandoc or kramdown editors know and
/// that any Markdown preview shows sensibly: a table's caption as a paragraph `Tabel: …`
/// directly after it (Pandoc's `Table:`), and lettered lists `a.` / `a)` (Pandoc's fancy
/// lists), which cmark-gfm reads as the lines of a paragraph.
enum PlanMarkdownConventions {
    static let captionPrefix = "Tabel:"

    /// The blocks of one container, with captions joined to their tables.
    static func joinCaptions(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            if case .paragraph(let inlines, _) = block, case .table(var table)? = out.last, table.caption == nil,
               let caption = caption(inlines) {
                table.caption = caption
                out[out.count - 1] = .table(table)
            } else {
                out.append(block)
            }
        }
        return out
    }

    /// The caption's text without `Tabel:`, or nil when the paragraph is no caption.
    private static func caption(_ inlines: [Inline]) -> [Inline]? {
        guard case .text(let first)? = inlines.first, first.hasPrefix(captionPrefix) else { return nil }
        let rest = first.dropFirst(captionPrefix.count).drop { $0 == " " }
        var caption = inlines
        if rest.isEmpty { caption.removeFirst() } else { caption[0] = .text(String(rest)) }
        return caption.isEmpty ? nil : caption
    }

    /// A paragraph whose lines from some line on are `a. …`, `b. …` (at least two, in
    /// order): the lines before it stay a paragraph (the text of a numbered item the list is
    /// part of), the rest becomes a lettered list. A line without a letter continues the
    /// item above. `start` is the paragraph's first line, for the items' locations: each on
    /// its own line when `linesApart`, else all at `start` (a YAML field's single location).
    static func letteredList(_ inlines: [Inline], start: SourceLocation, linesApart: Bool = true) -> [Block]? {
        var lines: [[Inline]] = [[]]
        for inline in inlines {
            if case .softBreak = inline { lines.append([]) } else { lines[lines.count - 1].append(inline) }
        }
        guard lines.count >= 2, let first = lines.firstIndex(where: { letter(of: $0) == "a" }) else { return nil }
        var items: [(line: Int, inlines: [Inline])] = []
        var expected: Character = "a"
        for (n, line) in lines.enumerated().dropFirst(first) {
            if let found = letter(of: line) {
                guard found == expected, let scalar = expected.unicodeScalars.first, let next = Unicode.Scalar(scalar.value + 1) else { return nil }
                items.append((n, withoutMarker(line)))
                expected = Character(next)
            } else if !items.isEmpty {
                items[items.count - 1].inlines += [.softBreak] + line
            }
        }
        guard items.count >= 2 else { return nil }
        let listItems = items.map { item in
            ListItem(blocks: [.paragraph(item.inlines)], location: linesApart ? SourceLocation(file: start.file, line: start.line + item.line, column: start.column) : start)
        }
        let list = Block.list(MarkdownList(ordered: true, start: 1, tight: true, items: listItems, lettered: true))
        guard first > 0 else { return [list] }
        let lead = lines[..<first].enumerated().flatMap { $0.offset == 0 ? $0.element : [.softBreak] + $0.element }
        return [.paragraph(lead), list]
    }

    /// The letter of a line that starts `a. ` or `a) `, nil for any other line.
    private static func letter(of line: [Inline]) -> Character? {
        guard case .text(let text)? = line.first else { return nil }
        let chars = Array(text.prefix(3))
        guard chars.count == 3, chars[0].isLowercase, chars[0].isASCII, chars[1] == "." || chars[1] == ")", chars[2] == " " else { return nil }
        return chars[0]
    }

    private static func withoutMarker(_ line: [Inline]) -> [Inline] {
        guard case .text(let text)? = line.first else { return line }
        var rest = line
        let remaining = String(text.dropFirst(3))
        if remaining.isEmpty { rest.removeFirst() } else { rest[0] = .text(remaining) }
        return rest
    }
}
