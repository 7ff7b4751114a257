import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// "Who decides" on the bundled site: every gremium has its own page, every page a gremium
/// works on leads to it, and its chain of verantwoording reaches the top. Built with the CLI
/// into a scratch folder and read as HTML, like a reader gets it.
@Suite(.serialized) struct GremiumPageTests {
    /// The bundled site built once for the suite, with its plan for the expectations.
    final class Built: Sendable {
        let site: URL
        let root: URL
        let plan: ResolvedPlan

        init() throws {
            root = try TestSupport.sharedScratch("GremiumPageTests")
            site = root.appendingPathComponent("site")
            let result = try TestSupport.run(["build", "--content", TestSupport.bundledContent.path, "--output", site.path], in: root)
            try #require(result.status == 0, "\(result.stderr)")
            plan = try #require(SiteBuild(options: .init(content: TestSupport.bundledContent.path, output: "/nonexistent")).check().plan)
        }

        func page(_ url: String) throws -> String {
            try TestSupport.read(site.appendingPathComponent(Route.file(forURL: url)))
        }

        func gremiumURL(_ ref: GremiumRef) -> String {
            Route.gremium(region: plan.site.regions[ref.region].slug, id: plan.gremium(ref).id.value).url
        }
    }

    static let built = Result { try Built() }

    @Test func everyGremiumHasItsOwnPageNamingIt() throws {
        let built = try Self.built.get()
        var count = 0
        for region in built.plan.gremia {
            for g in region {
                let gremium = built.plan.gremium(g.ref)
                let html = try built.page(built.gremiumURL(g.ref))
                #expect(html.contains("<h1>" + HTMLEscape.text(gremium.naam)), "\(gremium.id.value)")
                count += 1
            }
        }
        #expect(count > 100)
    }

    /// The page of every `werkt-aan` target, and of every entity below one, links to the
    /// gremium's page, so a reader on an actielijn reaches who works on it in one tap.
    @Test func everyWerktAanTargetPageLinksToTheGremiumsPage() throws {
        let built = try Self.built.get()
        var checked = 0
        for region in built.plan.gremia {
            for g in region {
                for value in g.werktAan {
                    guard case .target(let target, _) = value.resolution else { continue }
                    let html = try built.page(target.url)
                    let href = RelativeURL.href(to: built.gremiumURL(g.ref), from: target.url)
                    #expect(html.contains("href=\"\(href)\""), "\(target.url) does not link to \(href)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 40)
    }

    /// Regioteam jeugd works on opgave 1 of Rijk van Nijmegen; its actielijn 1.5 shows it
    /// "via" the opgave, and the ROB, which names actielijn 1.3 itself, directly there.
    @Test func anActielijnShowsAGremiumWorkingOnItsParentThroughTheParent() throws {
        let built = try Self.built.get()
        let actielijn15 = try built.page("rijk-van-nijmegen/regioprogramma-2023-2028/actielijn-1-5/")
        let section = try #require(Self.section(actielijn15, id: "wie-werkt-hieraan"))
        #expect(section.contains(">Regioteam jeugd</a> <span class=\"via\">(via <a href=\"../opgave-1/\">Opgave 1</a>"))
        let actielijn13 = try #require(Self.section(try built.page("rijk-van-nijmegen/regioprogramma-2023-2028/actielijn-1-3/"), id: "wie-werkt-hieraan"))
        let rob = try #require(actielijn13.range(of: ">Regionaal Ondersteuningsbureau</a>"))
        #expect(!actielijn13[rob.upperBound...].prefix(40).contains("via"))
    }

    /// Every chain goes up report by report and ends at a gremium that reports to no one;
    /// RAO-Jeugd's, in Centraal Gelderland, goes through RAO Zorg, RPO Zorg and the colleges
    /// to the gemeenteraden, and Noord-Veluwe's bestuurlijk netwerk reaches its gemeenteraad,
    /// "het hoogste orgaan", which its diagram shows.
    @Test func theChainOfVerantwoordingIsCompleteUpToTheTop() throws {
        let built = try Self.built.get()
        for region in built.plan.gremia {
            for g in region {
                for chain in g.chains {
                    var from = g.ref
                    for step in chain {
                        #expect(built.plan.resolved(from).reportsTo.contains { $0.gremium == step })
                        from = step
                    }
                    let top = built.plan.resolved(from).reportsTo.compactMap(\.gremium)
                    #expect(top.allSatisfy { $0 == g.ref || chain.contains($0) }, "chain of \(built.plan.gremium(g.ref).id.value) stops below the top")
                }
                #expect(g.chains.isEmpty == g.reportsTo.compactMap(\.gremium).filter { $0 != g.ref }.isEmpty)
            }
        }
        let cg = try #require(built.plan.site.regions.firstIndex { $0.slug == "centraal-gelderland" })
        let raoJeugd = try #require(built.plan.gremia[cg].first { built.plan.gremium($0.ref).id.value == "rao-jeugd" })
        let names = raoJeugd.chains.map { $0.map { built.plan.gremium($0).id.value } }
        #expect(names == [["rao-zorg", "rpo-zorg", "colleges-van-burgemeester-en-wethouders", "gemeenteraden"]])
        let html = try built.page("centraal-gelderland/overlegvormen/rao-jeugd/")
        #expect(html.contains("<strong>RAO-Jeugd</strong>"))
        #expect(html.contains("href=\"../rpo-zorg/\">RPO Zorg</a>"))
        #expect(html.contains("href=\"../gemeenteraden/\">Gemeenteraden</a></span>"))
        let nv = try #require(built.plan.site.regions.firstIndex { $0.slug == "noord-veluwe" })
        let netwerk = try #require(built.plan.gremia[nv].first { built.plan.gremium($0.ref).id.value == "bestuurlijk-netwerk" })
        #expect(netwerk.chains.map { $0.map { built.plan.gremium($0).id.value } } == [["college-b-en-w", "gemeenteraad"]])
        let overview = try built.page("noord-veluwe/overlegvormen/")
        let svg = try #require(overview.range(of: "<svg")).lowerBound
        #expect(overview[svg...].contains("href=\"gemeenteraad/\""))
    }

    /// A document's Hervormingsagenda page shows, with a maatregel answer, the gremia working
    /// on what its table names, each linking to its page.
    @Test func aMaatregelAnswerNamesTheGremiaWorkingOnIt() throws {
        let built = try Self.built.get()
        let html = try built.page("rijk-van-nijmegen/regioprogramma-2023-2028/hervormingsagenda/")
        #expect(html.contains("<h4>Wie werkt hieraan</h4>"))
        #expect(html.contains("href=\"../../overlegvormen/regioteam-jeugd/\">Regioteam jeugd</a>, aan <a"))
    }

    /// The HTML of the section with `aria-labelledby="id"`.
    static func section(_ html: String, id: String) -> String? {
        guard let start = html.range(of: "aria-labelledby=\"\(id)\""),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }
}
