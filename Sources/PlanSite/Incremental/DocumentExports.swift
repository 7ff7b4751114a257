/// What the rest of the site sees of a document's Markdown: page URLs, titles and anchors,
/// entity keys, labels and URLs. Links elsewhere resolve against these (and show their
/// labels), the symbol table is built from them, and other pages list them. When an edit
/// leaves a document's exports as they were, only that document's own pages, checks and
/// "genoemd in" contributions can change; otherwise the preview rebuilds the whole site.
/// Locations and bodies are left out on purpose: only the document's own pages and
/// diagnostics show them, and those are made again after every edit.
struct DocumentExports: Equatable {
    struct PageExport: Equatable {
        var kind: LoadedPage.Kind
        var slug: String
        var url: String
        var titel: String
        var nummer: String?
        var relativePath: String
        var fileName: String
        var entityKey: String?
        var ids: Set<String>
        var headings: [HeadingExport]
    }

    struct HeadingExport: Equatable {
        var id: String
        var level: Int
        var text: String
    }

    struct EntityExport: Equatable {
        var kind: String
        var niveau: String
        var number: String
        var title: String
        var level: Int
        var placement: Entity.Placement
        var pageIndex: Int
        var url: String
        var anchor: String
    }

    var pages: [PageExport]
    var entities: [EntityExport]

    init(_ document: Document) {
        pages = document.pages.map { page in
            PageExport(kind: page.kind, slug: page.slug, url: page.url, titel: page.titel, nummer: page.nummer,
                       relativePath: page.relativePath, fileName: page.fileName, entityKey: page.entityKey, ids: page.ids,
                       headings: page.headings.map { HeadingExport(id: $0.id, level: $0.level, text: $0.text) })
        }
        entities = document.entities.map { entity in
            EntityExport(kind: entity.kind, niveau: entity.niveau, number: entity.number, title: entity.title, level: entity.level,
                         placement: entity.placement, pageIndex: entity.pageIndex, url: entity.url, anchor: entity.anchor)
        }
    }
}
