import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
extension SiteChecker {
    /// What `check(_:)` reports in the files of the document at `r`, `d` (its folder),
    /// computed by running the same families over that document alone, with references
    /// resolved against the whole site. It equals the whole check's diagnostics in that
    /// folder as long as the document's exports (`DocumentExports`) are the ones the rest of
    /// the site was checked against: the families report a problem where it is written, and
    /// nothing written elsewhere depends on a document's text beyond its exports.
    package static func check(documentAt r: Int, _ d: Int, of site: Site) -> [Diagnostic] {
        let folder = site.regions[r].documents[d].sourceFolder
        guard !folder.isEmpty else { return [] }
        return check(ResolvedPlan(site: site.restricted(toDocumentAt: r, d), resolver: ReferenceResolver(site: site), forChecks: true))
            .filter { $0.location.file.hasPrefix(folder) }
    }

    /// What `check(_:)` reports about the mapping of the document at `r`, `d`
    /// (`concernsMapping`). The same families run over the document without its pages' text,
    /// which none of these read.
    package static func check(mappingOfDocumentAt r: Int, _ d: Int, of site: Site) -> [Diagnostic] {
        let document = site.regions[r].documents[d]
        return check(ResolvedPlan(site: site.restricted(toMappingOfDocumentAt: r, d), resolver: ReferenceResolver(site: site), forChecks: true))
            .filter { concernsMapping($0, of: document) }
    }

    /// Whether `diagnostic` can change when the document's mapping alone is saved: it is in
    /// the mapping file, or the mapping checks (`HA`) report it anywhere in the document.
    package static func concernsMapping(_ diagnostic: Diagnostic, of document: Document) -> Bool {
        let folder = document.sourceFolder
        guard !folder.isEmpty, let file = document.agenda?.file else { return false }
        return diagnostic.location.file == file || (AgendaChecks.reports(diagnostic.code) && diagnostic.location.file.hasPrefix(folder))
    }
}
