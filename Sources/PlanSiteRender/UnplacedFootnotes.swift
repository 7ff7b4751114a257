import PlanSiteModel
import PlanSiteLoad

/// A text's footnotes as `MarkdownHTML.footnotes()` rendered them, for each page that shows
/// the text to place: its own section heading, and ids and hrefs as that page has them.
struct UnplacedFootnotes: Sendable {
    struct Note: Sendable {
        var label: String
        /// The number a reader sees.
        var number: String
        /// How often the text refers to it: one way back for each.
        var references: Int
        var body: UnplacedHTML
    }

    var notes: [Note]

    /// The notes with Dutch labels and a way back to each reference; empty without notes.
    func section(placedBy placement: HTMLPlacement, headingLevel: Int = 2, titleID: String = "voetnoten") -> String {
        guard !notes.isEmpty else { return "" }
        var section = "<section class=\"voetnoten\" aria-labelledby=\"\(HTMLEscape.attribute(titleID))\">\n<h\(headingLevel) id=\"\(HTMLEscape.attribute(titleID))\">Voetnoten</h\(headingLevel)>\n<ol>\n"
        for note in notes {
            var backlinks = ""
            for n in 1...max(1, note.references) {
                let refID = placement.anchorID(ElementID.footnoteReference(note.label).value) + (n > 1 ? "-\(n)" : "")
                backlinks += " <a class=\"voetnoot-terug\" href=\"#\(HTMLEscape.attribute(refID))\" aria-label=\"Terug naar de tekst bij voetnoot \(HTMLEscape.attribute(note.number))\">\u{21A9}\u{FE0E}</a>"
            }
            var body = note.body.placed(by: placement).trimmingTrailingWhitespace()
            if body.hasSuffix("</p>") {
                body = String(body.dropLast(4)) + backlinks + "</p>"
            } else {
                body += "<p>" + backlinks + "</p>"
            }
            section += "<li id=\"\(HTMLEscape.attribute(ElementID.footnote(note.label).value))\" value=\"\(HTMLEscape.attribute(note.number))\">\(body)</li>\n"
        }
        return section + "</ol>\n</section>\n"
    }
}
