import PlanSiteModel

/// The `<meta name="description">` of a page: the plain text of the first paragraph of its
/// own HTML, shortened at a word. Taken from the rendered page rather than from its source,
/// so every page kind has one the same way (a chapter's first paragraph, the glossary's
/// introduction, an entity's text) and it says what the reader sees first. The template
/// escapes it.
enum MetaDescription {
    /// Search engines show about this many characters.
    static let maximumLength = 160

    /// The first `<p>` (with no attributes, as Markdown writes it, or only an id, or the `inleiding`) of
    /// `html` as plain text; on a page without one (a bijlage that is one table), its first
    /// list item; nil when there is neither.
    static func firstParagraph(of html: String) -> String? {
        first("p", in: html) ?? first("li", in: html)
    }

    private static func first(_ element: String, in html: String) -> String? {
        var rest = html[...]
        while let open = rest.range(ofUTF8: "<" + element) {
            let afterName = rest[open.upperBound...]
            guard let close = afterName.utf8.firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let attributes = afterName[..<close]
            rest = afterName[afterName.index(after: close)...]
            // A paragraph may carry its place id (a gemeente named in it, `ElementID.place`).
            let placeID = attributes.hasPrefix(" id=\"") && attributes.dropFirst(5).firstIndex(of: "\"") == attributes.index(before: attributes.endIndex)
            guard attributes.isEmpty || attributes == " class=\"inleiding\"" || placeID else { continue }
            guard let end = rest.range(ofUTF8: "</\(element)>") else { return nil }
            let inner = rest[..<end.lowerBound]
            // A paragraph that is one link is a way elsewhere, not what the page says.
            let isOneLink = inner.hasPrefix("<a ") && inner.hasSuffix("</a>") && inner.dropFirst(3).range(ofUTF8: "<a ") == nil
            let text = plainText(inner)
            if !text.isEmpty, !isOneLink { return shortened(text) }
            rest = rest[end.upperBound...]
        }
        return nil
    }

    /// The text of an HTML fragment: tags, footnote references and begrippen's meanings dropped, the entities the
    /// renderer writes decoded, white space collapsed. Read in the UTF-8 bytes: every page's
    /// first paragraph goes through here, and walking it by Characters cost a fortieth of a build.
    static func plainText(_ html: Substring) -> String {
        var text = ""
        text.reserveCapacity(html.utf8.count)
        var rest = html
        while let lt = rest.firstIndex(ofASCII: "<") {
            text += rest[..<lt]
            let tag = rest[lt...]
            // A footnote's number and a begrip's meaning beside its name are not the text.
            if tag.hasUTF8Prefix("<sup"), let end = tag.range(ofUTF8: "</sup>") {
                rest = rest[end.upperBound...]
                continue
            }
            if tag.hasUTF8Prefix("<span class=\"begrip-uitleg\""), let end = tag.range(ofUTF8: "</span>") {
                rest = rest[end.upperBound...]
                continue
            }
            guard let gt = tag.utf8.firstIndex(of: UInt8(ascii: ">")) else { rest = rest[rest.endIndex...]; break }
            rest = rest[rest.utf8.index(after: gt)...]
        }
        text += rest
        return decoded(text).collapsingWhiteSpace
    }

    /// The text with the entities the renderer writes (`&amp;`, `&#8217;`, …) decoded.
    static func decoded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "&")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "&") else {
                out.append(bytes[i])
                i += 1
                continue
            }
            // An entity name is ASCII and short: its ";" within the next ten bytes.
            let window = bytes[(i + 1)..<min(bytes.count, i + 11)]
            if let semi = window.firstIndex(of: UInt8(ascii: ";")),
               let char = character(String(decoding: bytes[(i + 1)..<semi], as: UTF8.self)) {
                out.append(contentsOf: String(char).utf8)
                i = semi + 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func character(_ entity: String) -> Character? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }

    /// At most `maximumLength` characters, cut after a whole word and marked with "…".
    static func shortened(_ text: String) -> String {
        guard text.utf8.count > maximumLength else { return text }
        var copy = text
        return copy.withUTF8 { shortenedByScalars($0) } ?? shortenedByCharacters(text)
    }

    /// `shortenedByCharacters` for text whose first characters are single scalars
    /// (`SeparateScalars`: nearly all Dutch text), read in its UTF-8: walking 160 characters
    /// twice through grapheme breaking, for every page and every begrip link, was a percent
    /// of a build. Nil when one of them is not such a scalar.
    static func shortenedByScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let starts = SeparateScalars.starts(bytes, limit: maximumLength + 1) else { return nil }
        guard starts.count > maximumLength else { return String(decoding: bytes, as: UTF8.self) }
        // The first maximumLength - 1 characters, cut at their last space.
        var end = starts[maximumLength - 1]
        if let space = bytes[..<end].lastIndex(of: UInt8(ascii: " ")) { end = space }
        // Trailing punctuation and spaces dropped, scalar by scalar (each is a character).
        while end > 0 {
            var start = end - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let last = bytes[start..<end]
            let dropped = last.count == 1 ? ",;:.- ".utf8.contains(last[start]) : last.elementsEqual("–".utf8)
            guard dropped else { break }
            end = start
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self) + "…"
    }

    /// `shortened` by characters, for any text.
    static func shortenedByCharacters(_ text: String) -> String {
        // Counting every character of a long text (a begrip's explanation, on each of its
        // links) to learn whether it has more than the maximum: walk to the maximum only.
        guard text.utf8.count > maximumLength,
              let limit = text.index(text.startIndex, offsetBy: maximumLength, limitedBy: text.endIndex),
              limit < text.endIndex else { return text }
        let head = text.prefix(maximumLength - 1)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingTrailing { ",;:.–-".contains($0) || $0 == " " } + "…"
    }
}

private extension Substring {
    func trimmingTrailing(while drop: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, drop(self[index(before: end)]) { end = index(before: end) }
        return String(self[..<end])
    }
}
