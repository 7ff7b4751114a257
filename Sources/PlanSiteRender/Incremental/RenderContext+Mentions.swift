import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
extension RenderContext {
    /// A context whose "genoemd in" lists were worked out beforehand (`MentionIndex`, kept
    /// up to date part by part), so rendering a few pages after an edit does not join every
    /// list of the site again. `plan` is the preview's plan after the edit
    /// (`ResolvedPlan.updating(documentsAt:textsOf:gremiaOfRegionsAt:names:in:)`).
    init(plan: ResolvedPlan, theme: Theme, reloadScript: String, mentions: [String: [Mention]]) {
        self.plan = plan
        self.site = plan.site
        self.theme = theme
        self.resolver = ReferenceResolver(site: plan.site)
        self.reloadScript = reloadScript
        self.mentions = mentions
    }
}
