import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// `FN`: every footnote reference has a definition and every definition is used. cmark-gfm
/// leaves an undefined `[^9]` as plain text and drops unused definitions, so both are read
/// from the source lines of each file. Labels match as in GFM, whatever their case:
/// `[^Noot]` refers to `[^noot]:`.
enum FootnoteChecks {
    static func check(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for region in site.regions {
            for document in region.documents {
                for page in document.pages { diagnostics += check(page.file) }
            }
        }
        return diagnostics
    }

    static func check(_ file: SourceFile) -> [Diagnostic] {
        var definitions: [String: (label: String, location: SourceLocation)] = [:]
        var references: [(String, SourceLocation)] = []
        var inFence = false
        var inFrontMatter = file.lines.first == "---"
        for (index, line) in file.lines.enumerated() {
            let number = index + 1
            if inFrontMatter {
                if number > 1 && (line == "---" || line == "...") { inFrontMatter = false }
                continue
            }
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { continue }
            // Most lines have no footnote at all: skip them without walking characters.
            let hasCaret = line.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "^")) }
                ?? line.utf8.contains(UInt8(ascii: "^"))
            guard hasCaret else { continue }
            let chars = Array(line)
            var i = 0
            var definitionEnd = -1
            // Only spaces were dropped, one byte each: no need to count characters.
            let indent = line.utf8.count - trimmed.utf8.count
            if indent <= 3, trimmed.hasPrefix("[^"), let close = trimmed.firstIndex(of: "]"),
               trimmed.index(after: close) < trimmed.endIndex, trimmed[trimmed.index(after: close)] == ":" {
                let label = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close])
                let column = indent + 2
                if definitions[label.lowercased()] == nil { definitions[label.lowercased()] = (label, file.location(line: number, column: column)) }
                definitionEnd = indent + trimmed.distance(from: trimmed.startIndex, to: close) + 2
            }
            while i + 2 < chars.count {
                if chars[i] == "[", chars[i + 1] == "^", i >= definitionEnd, !(i > 0 && chars[i - 1] == "\\") {
                    // No `]` after this `[^` means none after any later one either: stop, or a
                    // line of `[^[^[^…` would be searched to its end from every `[^`.
                    guard let close = chars[(i + 2)...].firstIndex(of: "]") else { break }
                    if close > i + 2 {
                        let label = String(chars[(i + 2)..<close])
                        if !label.contains(" ") { references.append((label, file.location(line: number, column: i + 2))) }
                        i = close
                    }
                }
                i += 1
            }
        }
        var diagnostics: [Diagnostic] = []
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
}
