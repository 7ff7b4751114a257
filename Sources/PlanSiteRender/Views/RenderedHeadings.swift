/// The sections of a page whose kind lists none itself ("op deze pagina" of the overlegvormen,
/// a national maatregel): the `<h2>`s with an id its template wrote, read from its HTML, so
/// every long page gets the same way to its parts without each kind listing its headings.
enum RenderedHeadings {
    static func sections(of html: String) -> [OnThisPageItem] {
        var items: [OnThisPageItem] = []
        var rest = html[...]
        while let open = rest.range(ofUTF8: "<h2 id=\"") {
            rest = rest[open.upperBound...]
            // Searched in the bytes: `"` and `>` are ASCII, so never inside another character.
            guard let quote = rest.firstIndex(ofASCII: "\""), let close = rest.range(ofUTF8: "</h2>") else { break }
            let id = String(rest[..<quote])
            guard let gt = rest[quote...].firstIndex(ofASCII: ">"), gt < close.lowerBound else { continue }
            let text = MetaDescription.plainText(rest[rest.index(after: gt)..<close.lowerBound])
            rest = rest[close.upperBound...]
            if !text.isEmpty { items.append(OnThisPageItem(id: MetaDescription.decoded(id), text: text, level: 2)) }
        }
        return items
    }
}
