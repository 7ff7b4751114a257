import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// What `genoemd-in.mustache` reads: the pages that link to a target ("genoemd in").
struct MentionsView: TemplateView {
    /// `h2` on a page of its own; a caller that shows the list deeper passes its level.
    var headingLevel: Int
    var hasMentions: Bool
    var mentions: [LinkView]
    var titleID = ElementID.mentions.value

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .headingLevel: headingLevel
        case .hasMentions: hasMentions
        case .mentions: mentions
        case .titleID: titleID
        default: nil
        }
    }
}
