import PlanSiteModel
import PlanSiteLoad
/// Every link and image written anywhere in the site, with where it was written. The check
/// stage resolves them for diagnostics; the render stage for "genoemd in" backlinks.
public struct LinkOccurrence: Sendable {
    public var link: Link
    public var isImage: Bool
    public var context: ReferenceContext
    /// The page the link is shown on (nil for region data shown on generated pages).
    public var pageURL: String
    public var pageTitle: String

    public init(link: Link, isImage: Bool, context: ReferenceContext, pageURL: String, pageTitle: String) {
        self.link = link
        self.isImage = isImage
        self.context = context
        self.pageURL = pageURL
        self.pageTitle = pageTitle
    }
}

extension Site {
    public func linkOccurrences() -> [LinkOccurrence] {
        var out: [LinkOccurrence] = []
        for thema in national?.themas ?? [] {
            if let tekst = thema.tekst {
                collect(tekst.blocks, context: .national, url: Route.nationalThema(thema.id.value).url, title: "Thema \(thema.id.value) \(thema.titel)", into: &out)
            }
            for m in thema.maatregelen {
                guard let tekst = m.tekst else { continue }
                collect(tekst.blocks, context: .national, url: Route.nationalMaatregel(m.id.value).url, title: "Maatregel \(m.id.value) \(m.titel)", into: &out)
            }
        }
        if let statement = config.toegankelijkheid {
            collect(statement.blocks, context: .national, url: Route.accessibility.url, title: "Toegankelijkheid", into: &out)
        }
        for (r, region) in regions.enumerated() {
            let regionContext = ReferenceContext(region: r)
            for begrip in region.begrippen {
                if let text = begrip.betekenis {
                    collect(text.blocks, context: regionContext, url: Route.begrippen(region: region.slug).url, title: "Begrippen van \(region.config.naam)", into: &out)
                }
            }
            let overlegvormen = (url: Route.overlegvormen(region: region.slug).url, title: "Overlegvormen van \(region.config.naam)")
            for gremium in region.gremia {
                for text in gremium.description.richTexts {
                    collect(text.blocks, context: regionContext, url: overlegvormen.url, title: overlegvormen.title, into: &out)
                }
                // What a document says is written in that document: its references resolve there.
                for described in gremium.describedIn {
                    let d = region.documents.firstIndex { $0.slug == described.document.value }
                    for text in described.description.richTexts {
                        collect(text.blocks, context: ReferenceContext(region: r, document: d), url: overlegvormen.url, title: overlegvormen.title, into: &out)
                    }
                }
            }
            for (d, document) in region.documents.enumerated() {
                for (p, page) in document.pages.enumerated() {
                    let context = ReferenceContext(region: r, document: d, page: p)
                    collect(page.blocks, context: context, url: page.url, title: page.displayTitle, into: &out)
                    if let doel = page.frontMatter.doel {
                        collect(doel.blocks, context: context, url: page.url, title: page.displayTitle, into: &out)
                    }
                }
                if let agenda = document.agenda {
                    let context = ReferenceContext(region: r, document: d)
                    let url = Route.documentAgenda(region: document.regionSlug, document: document.slug).url
                    let title = "Hervormingsagenda in \(document.config.titel)"
                    for answer in agenda.maatregelen {
                        var texts: [RichText] = answer.toelichting.map { [$0] } ?? []
                        for cell in answer.cells {
                            if let t = cell.tekst { texts.append(t) }
                            texts += cell.perOnderdeel.map(\.tekst)
                        }
                        for text in texts { collect(text.blocks, context: context, url: url, title: title, into: &out) }
                    }
                    for thema in agenda.themas {
                        if let t = thema.toelichting { collect(t.blocks, context: context, url: url, title: title, into: &out) }
                    }
                }
            }
        }
        return out
    }

    private func collect(_ blocks: [Block], context: ReferenceContext, url: String, title: String, into out: inout [LinkOccurrence]) {
        func inlines(_ list: [Inline]) {
            for inline in list {
                switch inline {
                case .link(let link):
                    out.append(LinkOccurrence(link: link, isImage: false, context: context, pageURL: url, pageTitle: title))
                    inlines(link.children)
                case .image(let link) where link.marksMissingFigure:
                    break  // a figure the source lost: no file to find or copy
                case .image(let link):
                    out.append(LinkOccurrence(link: link, isImage: true, context: context, pageURL: url, pageTitle: title))
                case .emphasis(let c), .strong(let c), .strikethrough(let c):
                    inlines(c)
                default:
                    break
                }
            }
        }
        Block.forEachInlines(in: blocks, inlines)
    }
}
