import PlanSiteModel
import CCmarkGFM

/// Footnote labels, which cmark-gfm keeps to itself. What it does give: a reference's
/// literal is the number of the note it matched (after GFM's rules: `[^Note]` matches
/// `[^note]:`), and the finished tree holds the used definitions at its end in that order.
/// So the labels are read once from the definitions' source lines, and a reference takes the
/// label of the definition whose number it carries.
extension Converter {
    /// Reads the labels of `document`'s footnote definitions, in cmark-gfm's order. Called
    /// before the tree is converted: the references come before the definitions.
    func readFootnoteLabels(of document: OpaquePointer) {
        for child in children(document) where cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION {
            let definition = readFootnoteDefinition(child)
            footnoteLabels.append(definition.label)
            footnoteDefinitions[child] = definition
        }
    }

    /// A definition's label and the place of its `[^`, as `readFootnoteLabels` read them.
    func footnoteDefinition(_ node: OpaquePointer) -> (label: String, location: SourceLocation) {
        footnoteDefinitions[node] ?? readFootnoteDefinition(node)
    }

    /// A definition's label and the place of its `[^`. cmark-gfm starts a definition at its
    /// text (on the `[^` line when the text starts on the next line), so its `[^label]:` is
    /// the last one on that line before that column; the line may start with a container's
    /// marker (`> [^1]: …`). A YAML fragment has no lines of its own to read: its notes are
    /// labelled by their number.
    private func readFootnoteDefinition(_ node: OpaquePointer) -> (label: String, location: SourceLocation) {
        let fallback = location(node)
        let ordinal = String(footnoteLabels.count + 1)
        guard fixedLocation == nil, let line = columns(fallback.line) else { return (ordinal, fallback) }
        let bytes = line.bytes
        let textStart = min(bytes.count, max(0, Int(cmark_node_get_start_column(node)) - 1))
        guard let (open, close) = Self.lastDefinitionMarker(in: bytes, before: textStart) ?? Self.lastDefinitionMarker(in: bytes, before: bytes.count) else {
            return (ordinal, fallback)
        }
        let label = String(decoding: bytes[(open + 2)..<close], as: UTF8.self)
        return (label, file.location(line: fallback.line, column: line.characterColumn(ofByteColumn: open + 1)))
    }

    /// The byte offsets of `[^` and `]` of the last `[^label]:` that ends before `end`.
    static func lastDefinitionMarker(in bytes: [UInt8], before end: Int) -> (open: Int, close: Int)? {
        var close = end - 2
        while close >= 2 {
            if bytes[close] == UInt8(ascii: "]"), bytes[close + 1] == UInt8(ascii: ":") {
                var open = close - 1
                while open >= 1, bytes[open] != UInt8(ascii: "]") {
                    if bytes[open - 1] == UInt8(ascii: "["), bytes[open] == UInt8(ascii: "^") { return (open - 1, close) }
                    open -= 1
                }
            }
            close -= 1
        }
        return nil
    }

    /// A reference's label (its definition's) and the place of its `[^` in the source.
    func footnoteReference(_ node: OpaquePointer) -> (String, SourceLocation) {
        let fallback = location(node)
        let matched = Int(literal(node)).flatMap { footnoteLabels.indices.contains($0 - 1) ? footnoteLabels[$0 - 1] : nil }
        guard fixedLocation == nil, let line = columns(fallback.line),
              let start = line.nearest(Array("[^".utf8), near: Int(cmark_node_get_start_column(node)) - 1) else {
            return (matched ?? literal(node), fallback)
        }
        let place = file.location(line: fallback.line, column: line.characterColumn(ofByteColumn: start + 1))
        if let matched { return (matched, place) }
        // Not expected: cmark-gfm only makes a reference for a note it numbered. As written, then.
        let bytes = line.bytes
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "]")) ?? bytes.count
        return (String(decoding: bytes[min(start + 2, end)..<end], as: UTF8.self), place)
    }
}
