/// On `volledig/` the whole document is one page: links between its pages become in-page
/// anchors, and ids that could clash between chapters get the chapter slug and `--` as prefix.
struct FullDocumentMapping: Sendable {
    let document: Document
    /// Section id of the chapter being rendered.
    let section: String
    /// Page URL → section id.
    let sections: [String: String]
    /// Ids kept as they are: entity and footnote ids are unique per document already.
    let entityAnchors: Set<String>

    init(document: Document, section: String) {
        self.document = document
        self.section = section
        var sections: [String: String] = [:]
        for page in document.pages { sections[page.url] = Self.sectionID(page) }
        self.sections = sections
        self.entityAnchors = Set(document.entities.map { PageWalker.elementID($0.key) })
    }

    static func sectionID(_ page: Page) -> String {
        page.entityKey.map(PageWalker.elementID) ?? page.slug
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
        if let entity = document.entities.first(where: { $0.url == target.url }) {
            return localAnchor(forEntity: entity)
        }
        return nil
    }

    func localAnchor(forEntity entity: Entity) -> String? {
        guard entity.placement == .page else { return entity.anchor }
        return sections[entity.url]
    }
}
