import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `FN`: every footnote reference has a definition and every definition is used. cmark-gfm
/// leaves an undefined `[^9]` as plain text and drops unused definitions, so both are read
/// from the source lines of each file that may hold one (`FootnoteLines`, which the load
/// keeps where it lets the file's text go). Labels match as in GFM, whatever their case:
/// `[^Noot]` refers to `[^noot]:`.
enum FootnoteChecks {
    /// The check in parts of a few dozen pages each, in site order, for the checker to run
    /// beside its other families: as one part it was the longest family by far, and the
    /// other core waited for it (a fifth of the check stage at 100×).
    static func parts(of site: Site) -> [@Sendable () -> [Diagnostic]] {
        let pages = site.regions.flatMap { $0.documents.flatMap { $0.pages.map { (lines: $0.footnoteLines, file: $0.file) } } }
        let size = 64
        return stride(from: 0, to: pages.count, by: size).map { start in
            let part = Array(pages[start..<min(start + size, pages.count)])
            return { part.flatMap { check($0.lines, in: $0.file) } }
        }
    }

    /// - Parameter lines: the lines of `file` that may hold a footnote (the load keeps them
    ///   where it keeps no text); `file` gives the path the diagnostics name.
    static func check(_ lines: FootnoteLines, in file: SourceFile) -> [Diagnostic] {
        var definitions: [String: (label: String, location: SourceLocation)] = [:]
        var references: [(String, SourceLocation)] = []
        for caretLine in lines.lines {
            let number = caretLine.index + 1
            let line = Substring(caretLine.text)
            var definitionEnd = -1
            if let definition = FootnoteLines.definition(in: line) {
                let key = definition.label.lowercased()
                if definitions[key] == nil { definitions[key] = (definition.label, file.location(line: number, column: definition.column + 1)) }
                definitionEnd = definition.end
            }
            let found = { (label: String, column: Int) in references.append((label, file.location(line: number, column: column))) }
            // Read as scalars where those are the characters (nearly every line of a plan);
            // making the line's Characters was most of this check.
            let read = line.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard SeparateScalars.all(bytes) else { return false }
                Self.references(inUTF8: bytes, from: definitionEnd, found)
                return true
            }
            if read != true {
                Self.references(in: Array(line), from: definitionEnd, label: { String($0) }, found)
            }
        }
        var diagnostics: [Diagnostic] = []
        guard !definitions.isEmpty || !references.isEmpty else { return diagnostics }
        let used = Set(references.map { $0.0.lowercased() })
        for (label, location) in references where definitions[label.lowercased()] == nil {
            diagnostics.append(Diagnostic(.fnUndefined, at: location, "voetnoot [^\(label)] heeft geen tekst",
                                          hint: EditDistance.suggestion(label, in: definitions.values.map(\.label), format: { "[^\($0)]" }) ?? "voeg onderaan het bestand `[^\(label)]: tekst van de voetnoot` toe"))
        }
        for (key, (label, location)) in definitions where !used.contains(key) {
            diagnostics.append(Diagnostic(.fnUnused, at: location, "voetnoot [^\(label)] wordt nergens in de tekst gebruikt",
                                          hint: "zet `[^\(label)]` in de tekst waar de voetnoot bij hoort, of verwijder de definitie"))
        }
        return diagnostics
    }

    /// `references(in:from:label:_:)` on a line whose scalars are its characters, read on its
    /// UTF-8 bytes: a scalar's column is the number of bytes before it that start a scalar.
    /// Turning each line that holds a `^` into an array of scalars first was most of the check.
    private static func references(inUTF8 bytes: UnsafeBufferPointer<UInt8>, from definitionEnd: Int, _ found: (String, Int) -> Void) {
        let n = bytes.count
        var b = 0, column = 0
        while b + 2 < n {
            if bytes[b] == UInt8(ascii: "["), bytes[b + 1] == UInt8(ascii: "^"), column >= definitionEnd,
               !(b > 0 && bytes[b - 1] == UInt8(ascii: "\\")) {
                // As below: no `]` after this `[^` means none after a later one either.
                guard let close = bytes.firstOffset(of: UInt8(ascii: "]"), in: (b + 2)..<n) else { break }
                if close > b + 2 {
                    let label = UnsafeBufferPointer(rebasing: bytes[(b + 2)..<close])
                    if !label.contains(UInt8(ascii: " ")) { found(String(decoding: label, as: UTF8.self), column + 2) }
                    // On to the `]`, counting the scalars passed.
                    column += 2 + label.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                    b = close
                }
            }
            if bytes[b] & 0xC0 != 0x80 { column += 1 }
            b += 1
        }
    }

    /// The `[^label]` references on a line from `definitionEnd` on, read as `chars`: its
    /// characters, or its scalars where those are the same (`SeparateScalars`). Reports each
    /// label with its 1-based column.
    private static func references<C: Equatable & ExpressibleByUnicodeScalarLiteral>(
        in chars: [C], from definitionEnd: Int, label: (ArraySlice<C>) -> String, _ found: (String, Int) -> Void
    ) {
        var i = 0
        while i + 2 < chars.count {
            if chars[i] == "[", chars[i + 1] == "^", i >= definitionEnd, !(i > 0 && chars[i - 1] == "\\") {
                // No `]` after this `[^` means none after any later one either: stop, or a
                // line of `[^[^[^…` would be searched to its end from every `[^`.
                guard let close = chars[(i + 2)...].firstIndex(of: "]") else { break }
                if close > i + 2 {
                    let text = label(chars[(i + 2)..<close])
                    if !text.contains(" ") { found(text, i + 2) }
                    i = close
                }
            }
            i += 1
        }
    }
}
