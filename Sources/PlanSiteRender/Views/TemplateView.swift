import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// What a template reads, as a struct rather than a dictionary: a page builds its view with
/// the compiler checking every field, and a theme overriding the template reads the same
/// names (docs/themes.md lists each template with its view).
///
/// Each view answers the template's lookups itself in `child(_:)`, one line per field
/// (`TemplateField`), returning the field as is (nil, or an absent optional, sends the
/// lookup on to the enclosing view, as Mustache does). `PageViewTests` holds every view's
/// `child(named:)` to its stored properties, so the two cannot drift apart.
protocol TemplateView: TemplateValueConvertible {
    func child(_ field: TemplateField) -> (any TemplateValueConvertible)?
    /// A name as a template writes it, asked only for a name that is no `TemplateField`
    /// (which no view of the site answers; the engine's tests use views of their own names).
    func child(named name: String) -> (any TemplateValueConvertible)?
}

extension TemplateView {
    var templateValue: TemplateValue { .view(TemplateViewRef(self)) }

    func child(named name: String) -> (any TemplateValueConvertible)? {
        TemplateField(rawValue: name).flatMap(child)
    }
}

/// A link as the templates show it: text and a relative address.
final class LinkView: TemplateView {
    var title: String
    var href: String

    init(title: String, href: String) {
        self.title = title
        self.href = href
    }

    func child(_ field: TemplateField) -> (any TemplateValueConvertible)? {
        switch field {
        case .title: title
        case .href: href
        default: nil
        }
    }
}
