import PlanSiteModel

/// Tables as plans print them, within GFM's pipe tables: a caption (`Tabel: …` after the
/// table, numbered per document by the index), row headers (a first column whose every
/// cell is wholly bold), no header row (a header of empty cells), lists in cells
/// (`- een<br>- twee`), and merged cells (`^^` joins the cell above, `<<` the cell to the left).
extension MarkdownHTML {
    mutating func renderTable(_ table: MarkdownTable) {
        tableCount += 1
        let number = table.number.map { "Tabel \($0)" }
        let label: String
        if let caption = table.caption {
            label = (number.map { $0 + ": " } ?? "") + caption.plainText
        } else {
            label = lastHeadingText.isEmpty ? "Tabel \(tableCount)" : "Tabel \(tableCount) bij \u{2018}\(lastHeadingText)\u{2019}"
        }
        out += "<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTMLEscape.attribute(label))\">\n<table>\n"
        if let caption = table.caption {
            if let id = table.captionID {
                out += "<caption id=\""
                write(.id(id))
                out += "\">"
            } else {
                out += "<caption>"
            }
            if let number { out += "<span class=\"tabel-nummer\">\(number):</span> " }
            render(caption)
            out += "</caption>\n"
        }
        let spans = TableSpans(table)
        let rowHeaders = !table.rows.isEmpty && table.rows.allSatisfy { $0.first.flatMap(Self.wholeStrong) != nil }
        if table.header.contains(where: { !$0.plainText.trimmed().isEmpty }) {
            out += "<thead>"
            writeRowStart(table.headerID)
            for (c, cell) in table.header.enumerated() where !spans.isCovered(row: -1, column: c) {
                out += "<th scope=\"col\"\(spans.attributes(row: -1, column: c))\(align(table, c))>"
                render(cell)
                out += "</th>"
            }
            out += "</tr></thead>\n"
        }
        // A table of only a header row has no body, and no empty `<tbody>` (as cmark-gfm).
        if !table.rows.isEmpty { out += "<tbody>\n" }
        for (r, row) in table.rows.enumerated() {
            writeRowStart(r < table.rowIDs.count ? table.rowIDs[r] : nil)
            for (c, cell) in row.enumerated() where !spans.isCovered(row: r, column: c) {
                if c == 0, rowHeaders, let label = Self.wholeStrong(cell) {
                    out += "<th scope=\"row\"\(spans.attributes(row: r, column: c))\(align(table, c))>"
                    renderCell(label)
                    out += "</th>"
                } else {
                    out += "<td\(spans.attributes(row: r, column: c))\(align(table, c))>"
                    renderCell(cell)
                    out += "</td>"
                }
            }
            out += "</tr>\n"
        }
        out += (table.rows.isEmpty ? "" : "</tbody>\n") + "</table>\n</div>\n"
    }

    /// `<tr>`, with the id the index gave a row that names a gemeente.
    private mutating func writeRowStart(_ id: String?) {
        guard let id else {
            out += "<tr>"
            return
        }
        out += "<tr id=\""
        write(.id(id))
        out += "\">"
    }

    /// A cell's content, or a list when every line of it (between `<br>`s) starts with `- `.
    private mutating func renderCell(_ cell: [Inline]) {
        guard let items = Self.listItems(cell) else {
            render(cell)
            return
        }
        out += "<ul>"
        for item in items {
            out += "<li>"
            render(item)
            out += "</li>"
        }
        out += "</ul>"
    }

    func align(_ table: MarkdownTable, _ i: Int) -> String {
        guard i < table.alignments.count else { return "" }
        switch table.alignments[i] {
        case .none: return ""
        case .left: return " class=\"links\""
        case .center: return " class=\"midden\""
        case .right: return " class=\"rechts\""
        }
    }

    /// The content of a cell that is one bold run and nothing else (spaces aside).
    static func wholeStrong(_ cell: [Inline]) -> [Inline]? {
        let content = cell.filter { if case .text(let t) = $0 { return !t.trimmed().isEmpty } else { return true } }
        guard content.count == 1, case .strong(let inner) = content[0] else { return nil }
        return inner
    }

    /// The lines of a cell written as a list (`- een<br>- twee`, or one line `- een` in a
    /// column of lists), without their `- `; nil when a line does not start with `- `.
    static func listItems(_ cell: [Inline]) -> [[Inline]]? {
        var lines: [[Inline]] = [[]]
        for inline in cell {
            if case .html(let tag, _) = inline, isLineBreak(tag) { lines.append([]) } else { lines[lines.count - 1].append(inline) }
        }
        var items: [[Inline]] = []
        for var line in lines {
            while case .text(let t)? = line.first, t.trimmed().isEmpty { line.removeFirst() }
            guard case .text(let text)? = line.first else { return nil }
            let trimmed = text.drop { $0 == " " }
            guard trimmed.hasPrefix("- ") else { return nil }
            let rest = String(trimmed.dropFirst(2))
            if rest.isEmpty { line.removeFirst() } else { line[0] = .text(rest) }
            items.append(line)
        }
        return items
    }

    private static func isLineBreak(_ tag: String) -> Bool {
        let compact = tag.lowercased().filter { $0 != " " }
        return compact == "<br>" || compact == "<br/>"
    }
}

/// Which cells of a table are merged into others: `^^` into the cell above, `<<` into the
/// cell to the left. Row -1 is the header (which merges only to the left).
struct TableSpans {
    private var covered: Set<[Int]> = []
    private var rowspan: [[Int]: Int] = [:]
    private var colspan: [[Int]: Int] = [:]

    init(_ table: MarkdownTable) {
        let rows = [table.header] + table.rows
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() {
                switch cell.plainText.trimmed() {
                case "<<" where c > 0:
                    var origin = c - 1
                    while origin > 0, covered.contains([r - 1, origin]) { origin -= 1 }
                    covered.insert([r - 1, c])
                    colspan[[r - 1, origin], default: 1] += 1
                case "^^" where r > 1:
                    var origin = r - 1
                    while origin > 1, covered.contains([origin - 1, c]) { origin -= 1 }
                    covered.insert([r - 1, c])
                    rowspan[[origin - 1, c], default: 1] += 1
                default:
                    break
                }
            }
        }
    }

    func isCovered(row: Int, column: Int) -> Bool { covered.contains([row, column]) }

    func attributes(row: Int, column: Int) -> String {
        var out = ""
        if let n = rowspan[[row, column]] { out += " rowspan=\"\(n)\"" }
        if let n = colspan[[row, column]] { out += " colspan=\"\(n)\"" }
        return out
    }
}
