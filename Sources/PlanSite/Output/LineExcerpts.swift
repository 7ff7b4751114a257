/// The part of a source line a diagnostic quotes. A long line (generated or pasted text)
/// is cut to a window around the column: it can carry thousands of diagnostics, and quoting
/// the whole line under each made the report quadratic in the line's length. Character
/// boundaries of a long line are found once and shared by every diagnostic on it.
struct LineExcerpts {
    /// Lines up to this many characters are quoted whole. With the gutter (`   12 | `, wider
    /// for longer files) and the ellipses of a window, no quoted line reaches 200 characters.
    static let longLine = 160
    /// Characters shown on each side of the column in a long line.
    static let context = 60

    private var boundaries: [String: [Int: [String.Index]]] = [:]

    /// The text to quote and the characters of it that stand before the caret.
    mutating func excerpt(of line: Substring, file: String, number: Int, column: Int) -> (shown: String, beforeCaret: String) {
        let target = max(0, column - 1)
        guard line.utf8.count > Self.longLine else { return (String(line), String(line.prefix(target))) }
        let indices = characterBoundaries(of: line, file: file, number: number)
        let count = indices.count - 1
        guard count > Self.longLine else { return (String(line), String(line.prefix(target))) }
        let caret = min(target, count)
        let lower = max(0, caret - Self.context)
        let upper = min(count, caret + Self.context)
        let cutStart = lower > 0 ? "…" : ""
        let shown = cutStart + line[indices[lower]..<indices[upper]] + (upper < count ? "…" : "")
        // "…" stands where the cut text was: one column.
        return (shown, (lower > 0 ? " " : "") + line[indices[lower]..<indices[caret]])
    }

    private mutating func characterBoundaries(of line: Substring, file: String, number: Int) -> [String.Index] {
        if let known = boundaries[file]?[number] { return known }
        var indices = Array(line.indices)
        indices.append(line.endIndex)
        boundaries[file, default: [:]][number] = indices
        return indices
    }
}
