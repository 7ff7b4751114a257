import Foundation

/// Reads built HTML the way the tests need it: the visible text, and attribute values.
enum HTMLText {
    /// The text of an HTML page without tags, scripts and styles, entities decoded.
    static func visibleText(_ html: String) -> String {
        var text = html
        for tag in ["script", "style"] {
            while let open = text.range(of: "<\(tag)"), let close = text.range(of: "</\(tag)>", range: open.upperBound..<text.endIndex) {
                text.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        var out = ""
        out.reserveCapacity(text.count)
        var inTag = false
        for c in text {
            if c == "<" { inTag = true; out.append(" "); continue }
            if c == ">" { inTag = false; continue }
            if !inTag { out.append(c) }
        }
        return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
    }

    /// Every value of `attribute="…"` in the page.
    static func attributeValues(_ attribute: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let needle = " \(attribute)=\""
        while let r = rest.range(of: needle) {
            let after = rest[r.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]))
            rest = after[end...]
        }
        return values
    }

    /// Distinct lower-cased words of four or more letters.
    static func words(_ text: String) -> Set<String> {
        var words: Set<String> = []
        var current = ""
        for c in text.lowercased() {
            if c.isLetter { current.append(c) } else {
                if current.count >= 4 { words.insert(current) }
                current = ""
            }
        }
        if current.count >= 4 { words.insert(current) }
        return words
    }
}
