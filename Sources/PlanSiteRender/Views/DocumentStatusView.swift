import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// What a document is, in one line, and whether it still holds: the line under the h1 of
/// every page of the document (`document-status.mustache`, soort · periode · status and
/// adoption) and the banner of a concept or a replaced document. Made once per page by
/// `RenderContext.layout`, so every template shows the same words.
final class DocumentStatusView: TemplateView {
    /// "Regioprogramma · 2023–2028 · Vastgesteld door het Regionaal bestuurlijk overleg op 14 maart 2024".
    var line: String
    var isConcept: Bool
    /// The newer document this one is replaced by (`vervangen-door`).
    var vervangenDoor: LinkView?
    /// For a concept: the document that holds until it is adopted (its `vervangt`).
    var geldend: LinkView?

    init(line: String, isConcept: Bool, vervangenDoor: LinkView? = nil, geldend: LinkView? = nil) {
        self.line = line
        self.isConcept = isConcept
        self.vervangenDoor = vervangenDoor
        self.geldend = geldend
    }

    /// The line for a document's configuration: its soort, its period or year, and
    /// "Concept", or who adopted it when ("Vastgesteld door … op …"), as `document.yaml` says.
    static func line(_ config: DocumentConfig) -> String {
        var parts = [config.soortLabel]
        if let periode = config.periodeText { parts.append(periode) }
        parts.append(adoption(config))
        return parts.joined(separator: " · ")
    }

    static func adoption(_ config: DocumentConfig) -> String {
        if config.status == "concept" { return "Concept" }
        let adoptions = config.vastgesteld.map { adoption -> String in
            var text = adoption.door.map { "door " + $0 } ?? ""
            if let datum = adoption.datum { text += (text.isEmpty ? "" : " ") + "op " + DutchDate.format(datum) }
            return text
        }.filter { !$0.isEmpty }
        return adoptions.isEmpty ? "Vastgesteld" : "Vastgesteld " + adoptions.joined(separator: " en ")
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .line: line
        case .isConcept: isConcept
        case .vervangenDoor: vervangenDoor
        case .geldend: geldend
        default: nil
        }
    }
}

/// What a page's own template can read beyond its view: the document's status, for the line
/// under its h1 (`{{> document-status}}`). Named so no page view's field hides it.
struct PageFrameView: TemplateView {
    var documentStatus: DocumentStatusView?

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        field == .documentStatus ? documentStatus : nil
    }
}
