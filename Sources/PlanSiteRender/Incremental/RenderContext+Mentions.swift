import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
extension RenderContext {
    /// A context whose "genoemd in" lists were worked out beforehand (`MentionIndex`), so
    /// rendering a few pages after an edit does not resolve every link of the site again.
    init(site: Site, theme: Theme, reloadScript: String, mentions: [String: [Mention]]) {
        self.site = site
        self.theme = theme
        self.resolver = ReferenceResolver(site: site)
        self.reloadScript = reloadScript
        self.mentions = mentions
    }
}
