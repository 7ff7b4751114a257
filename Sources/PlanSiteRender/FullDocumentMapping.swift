import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// On `volledig/` the whole document is one page: links between its pages become in-page
/// anchors, and ids that could clash between chapters get the chapter slug and `--` as prefix.
struct FullDocumentMapping: Sendable {
    let document: Document
    /// Section id of the chapter being rendered.
    private(set) var section: String
    /// Page URL → section id.
    let sections: [String: String]
    /// Ids kept as they are: entity and footnote ids are unique per document already.
    let entityAnchors: Set<String>
    /// Entity page URL → entity, for links to entities that are not pages.
    let entitiesByURL: [String: Entity]

    /// The mapping for one document, built once; `in(section:)` gives each chapter's view.
    init(document: Document) {
        self.document = document
        self.section = ""
        var sections: [String: String] = [:]
        for page in document.pages { sections[page.url] = Self.sectionID(page) }
        self.sections = sections
        self.entityAnchors = Set(document.entities.map { ElementID.entity(key: $0.key) })
        self.entitiesByURL = Dictionary(document.entities.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func `in`(section: String) -> FullDocumentMapping {
        var copy = self
        copy.section = section
        return copy
    }

    static func sectionID(_ page: Page) -> String {
        page.entityKey.map { ElementID.entity(key: $0) } ?? page.slug
    }

    func prefixed(_ id: String) -> String {
        prefixed(id, in: section)
    }

    func prefixed(_ id: String, in section: String) -> String {
        if entityAnchors.contains(id) || id.hasPrefix("voetnoot") || id == section { return id }
        return section + "--" + id
    }

    func localAnchor(for target: ResolvedTarget) -> String? {
        if let section = sections[target.url] {
            guard let fragment = target.fragment else { return section }
            return prefixed(fragment, in: section)
        }
        if let entity = entitiesByURL[target.url] {
            return localAnchor(forEntity: entity)
        }
        return nil
    }

    func localAnchor(forEntity entity: Entity) -> String? {
        guard entity.placement == .page else { return entity.anchor }
        return sections[entity.url]
    }
}
