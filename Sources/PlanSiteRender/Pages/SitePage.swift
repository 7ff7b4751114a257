import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// One page of the site, of one kind. Each kind is one file in `Render/Pages/` that says
/// everything about it: which pages of its kind the site has (`pages(of:at:)`), where each
/// lives (`route`), what it shows (`reads`), and how it is made (`render(in:)`, a typed view
/// poured into the kind's template). `PageRegistry.kinds` lists the kinds; nothing else
/// needs to know one exists: the build renders what the registry lists, the sitemap lists
/// what was rendered, and the preview re-renders the pages whose `reads` an edit touches.
protocol SitePage: Sendable {
    /// This kind's pages at one place in the site, in reading order.
    static func pages(of site: Site, at scope: PageScope) -> [Self]
    /// Where the page is written.
    var route: Route { get }
    /// What the page shows beyond what every page shows (the site's configuration, the
    /// documents' titles and contents, which an edit only changes by changing a document's
    /// exports, and which the preview answers with a whole build).
    var reads: [PageInput] { get }
    /// The page, or nil when the site no longer has what it shows.
    func render(in context: RenderContext) -> OutputFile?
    /// Every file the page makes: its one page, unless the kind writes several files from one
    /// piece of work (the search index's shards).
    func files(in context: RenderContext) -> [OutputFile]
    /// A page whose own work runs over the cores (the search index) is made after the other
    /// pages, on its own: inside the pages' parallel loop its loops would get one core. Such a
    /// kind is a `GatheringPage`.
    static var worksOverTheCores: Bool { get }
}

/// A page that works over the cores, made in two steps: what it reads of the site, read once
/// every other page is made and the render context (the resolved plan, the shared fragments)
/// is let go, and the rest, which holds no part of the site and hands each file to `emit` as
/// it is made. A build runs the second step after it let the parsed site go too: the search
/// index reads its records from the Markdown trees, then analyses them without the trees.
protocol GatheringPage: SitePage {
    func gathered(from site: Site, stillWanted: @escaping @Sendable () -> Bool) -> RemainingWork
}

extension SitePage {
    func files(in context: RenderContext) -> [OutputFile] {
        render(in: context).map { [$0] } ?? []
    }

    static var worksOverTheCores: Bool { Self.self is any GatheringPage.Type }
}

/// What is left of a page's work once it read the site (`GatheringPage.gathered(from:stillWanted:)`):
/// it hands each file it makes to the emit function it is given.
typealias RemainingWork = @Sendable (_ emit: @escaping @Sendable (OutputFile) -> Void) -> Void

/// A page made from a template: the kind says which template and builds its view; the
/// layout and the writing are the same for every kind. Tests look at a page's view alone.
protocol TemplatePage: SitePage {
    associatedtype View: TemplateView
    /// The template's name in the theme (`themes/<naam>/<template>.mustache`).
    static var template: String { get }
    /// The page's view and the layout around it, or nil when the site no longer has what it shows.
    func view(in context: RenderContext) -> PageView<View>?
}

/// What a template page shows: its own view and the layout around it. `Main` is left
/// unconstrained (the page kinds' `View: TemplateView` says what it is): the runtime makes
/// each `PageView<…>`'s type metadata once, and a constraint made it look the conformance up
/// in every conformance record of the binary, for each of the twenty page kinds.
struct PageView<Main> {
    var main: Main
    var layout: LayoutView
}

extension TemplatePage {
    func render(in context: RenderContext) -> OutputFile? {
        guard let view = view(in: context) else { return nil }
        return OutputFile(path: route.file, text: context.page(Self.template, view.main, layout: view.layout))
    }
}

/// The places pages hang from, walked in site order: the site, each region followed by its
/// documents, then the national Hervormingsagenda.
enum PageScope: Sendable, Equatable {
    case site
    case region(Int)
    case document(Int, Int)
    case national
}

/// A part of the content a page shows that the preview can see change on its own.
enum PageInput: Sendable, Hashable {
    /// The whole text of one Markdown page (chapter, bijlage, verantwoording) of a document.
    case pageText(SymbolTable.DocumentAddress, page: Int)
    /// The "genoemd in" list of a target (`MentionKey`).
    case mentions(String)
    /// The places that name a gemeente (by its slug) and their text (`ResolvedPlan.gemeenten`).
    case gemeente(String)
    /// A document's Hervormingsagenda mapping (`hervormingsagenda.yaml`) as the plan resolved
    /// it: its answers, cells, toelichtingen and thema answers, and so what its entities
    /// contribute and which documents answer a maatregel.
    case mapping(SymbolTable.DocumentAddress)
    /// Which entities a document's mapping names for which maatregelen and themas, and which
    /// answers say anything, without their texts: what an entity contributes, the matrix,
    /// how many documents answer a maatregel.
    case mappingEntities(SymbolTable.DocumentAddress)
    /// One answer of a document's mapping: what the document says of one maatregel (by its
    /// id), which the maatregel's national page shows beside every other document's.
    case mappingAnswer(SymbolTable.DocumentAddress, maatregel: String)
    /// What a document's mapping says of one thema (by its id), which the thema's national
    /// page shows beside every other document's.
    case mappingThema(SymbolTable.DocumentAddress, thema: String)
    /// A region's gremia (`overlegvormen.yaml`) beyond their ids and names: what each says,
    /// works on and reports to, so who works on the region's entities.
    case gremia(Int)
    /// What a region's gremia work on and report to (`werkt-aan`,
    /// `legt-verantwoording-af-aan`), without what they say: who works on an answer.
    case gremiaWork(Int)
}

extension Site {
    /// Every document that has a mapping: what the national pages read part of.
    var documentsWithMappings: [SymbolTable.DocumentAddress] {
        regions.indices.flatMap { r in
            regions[r].documents.indices.filter { regions[r].documents[$0].agenda != nil }
                .map { SymbolTable.DocumentAddress(region: r, document: $0) }
        }
    }
}
