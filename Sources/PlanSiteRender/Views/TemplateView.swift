import Mustache
import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex

/// What a template reads, as a struct rather than a dictionary: a page builds its view with
/// the compiler checking every field, and a theme overriding the template reads the same
/// names (docs/themes.md lists each template with its view).
///
/// Each view answers Mustache's lookups itself in `child(named:)`, one line per field, rather
/// than leaving them to `Mirror`: reflection costs a few microseconds per lookup, and the
/// layout alone looks up some thirty names on every page. `TemplateViewTests` holds every
/// view's `child(named:)` to its stored properties, so the two cannot drift apart.
protocol TemplateView: MustacheParent {}

/// A link as the templates show it: text and a relative address.
final class LinkView: TemplateView {
    var title: String
    var href: String

    init(title: String, href: String) {
        self.title = title
        self.href = href
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        default: nil
        }
    }
}
