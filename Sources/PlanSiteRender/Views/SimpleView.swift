import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// What `simple.mustache` reads: a heading and HTML made elsewhere (a Markdown text).
struct SimpleView: TemplateView {
    var title: String
    var body: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "body": body
        default: nil
        }
    }
}
