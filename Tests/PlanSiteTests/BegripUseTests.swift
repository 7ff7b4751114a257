import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The first use of a begrip in each chapter links to its entry (issue 14): found once by the
/// index stage (`BegripMatcher`, `ResolvedPlan.begripUses`), written by the Markdown renderer.
@Suite(.serialized) struct BegripUseTests {
    static func begrip(_ id: String, _ term: String, afkorting: String? = nil) -> Begrip {
        Begrip(id: Located(id, at: SourceLocation(file: "begrippen.yaml", line: 1, column: 1)), term: term, afkorting: afkorting)
    }

    @Test("The matcher finds whole names, an afkorting in its case, a longer name from either case of its first letter, the longest first")
    func matcherRules() {
        let matcher = BegripMatcher(begrippen: [
            Self.begrip("rao", "Regionaal Ambtelijk Overleg", afkorting: "RAO"),
            Self.begrip("het-rijk", "Het Rijk"),
            Self.begrip("jeugdhulp", "Jeugdhulp"),
            Self.begrip("jeugdhulp-met-verblijf", "Jeugdhulp met verblijf"),
        ])
        func found(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return matcher.matches(in: text).map { String(decoding: bytes[$0.utf8], as: UTF8.self) }
        }
        #expect(found("Het RAO besluit.") == ["RAO"])
        #expect(found("Het rao, RAOS en bRAO niet.") == [])
        #expect(found("In het rijk van Nijmegen") == [])
        #expect(found("zoals het Rijk vraagt") == ["het Rijk"])
        #expect(found("de jeugdhulp met verblijf en jeugdhulp") == ["jeugdhulp met verblijf", "jeugdhulp"])
        #expect(found("jeugdhulpaanbieders, overjeugdhulp") == [])
        #expect(found("Regionaal Ambtelijk Overleg (RAO)") == ["Regionaal Ambtelijk Overleg", "RAO"])
        // A quotation mark is no letter; an accented letter is.
        #expect(found("met \u{2018}jeugdhulp\u{2019} en \u{201C}RAO- middelen\u{201D}") == ["jeugdhulp", "RAO"])
        #expect(found("éRAO en RAOë") == [])
        // A begrip left out is passed over whole: no shorter name is found inside it.
        let rest = matcher.matches(in: "Jeugdhulp met verblijf", skip: { $0 == 3 })
        #expect(rest.isEmpty)
    }

    static let built: Result<URL, Error> = Result {
        let root = try TestSupport.sharedScratch("begripgebruik")
        let site = root.appendingPathComponent("site")
        let result = try TestSupport.run(["build", "--content", TestSupport.bundledContent.path, "--output", site.path], in: root)
        guard result.status == 0 else { throw ReadablePagesTests.BuildFailure(message: result.stderr) }
        return site
    }

    /// The elements open at each `<span class="begrip">` in `html`, outermost first.
    static func ancestorsOfBegripLinks(_ html: Substring) -> [(ancestors: [String], at: String.Index)] {
        var stack: [String] = []
        var found: [(ancestors: [String], at: String.Index)] = []
        let voids: Set<String> = ["br", "img", "hr", "input", "meta", "link", "col", "wbr"]
        for match in html.matches(of: /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/) {
            let closing = !match.output.1.isEmpty
            let name = String(match.output.2).lowercased()
            if closing {
                if let last = stack.lastIndex(of: name) { stack.removeSubrange(last...) }
                continue
            }
            if name == "span", match.output.3.hasPrefix(" class=\"begrip\"") { found.append((stack, match.range.lowerBound)) }
            if !voids.contains(name) { stack.append(name) }
        }
        return found
    }

    @Test("On every chapter page: each begrip linked once, outside headings and links, with its meaning, and not used before in the text")
    func firstUseLinks() throws {
        let site = try Self.built.get()
        guard let plan = SiteBuild(options: .init(content: TestSupport.bundledContent.path, output: "/nonexistent")).check().plan else {
            Issue.record("no plan")
            return
        }
        var links = 0
        for region in plan.site.regions {
            let names = Set(region.begrippen.flatMap { [$0.term] + ($0.afkorting.map { [$0] } ?? []) })
            for document in region.documents {
                for page in document.pages {
                    let html = try TestSupport.read(site.appendingPathComponent(page.route.file))
                    guard let tekst = TekstContractTests.tekstElements(html).first else { continue }
                    var seen: Set<String> = []
                    for (ancestors, at) in Self.ancestorsOfBegripLinks(tekst) {
                        links += 1
                        #expect(!ancestors.contains { ["a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption"].contains($0) },
                                "\(page.url): a begrip inside \(ancestors)")
                        let rest = tekst[at...]
                        let link = try #require(rest.firstMatch(of: /<span class="begrip"><a href="[^"]*#(begrip-[^"]+)" aria-describedby="([^"]+)">(?:<abbr title="[^"]*">)?([^<]+)</))
                        let (entry, uitleg, name) = (String(link.output.1), String(link.output.2), String(link.output.3))
                        #expect(seen.insert(entry).inserted, "\(page.url): \(entry) linked twice")
                        // Its meaning is beside it, under the id the link is described by.
                        #expect(rest.contains("<span class=\"begrip-uitleg\" id=\"\(uitleg)\" role=\"tooltip\">"))
                        // The link's text is one of the region's names (or that name with its first letter in the other case).
                        let decoded = MetaDescription.decoded(name)
                        #expect(names.contains(decoded) || names.contains { $0.count > 6 && $0.dropFirst() == decoded.dropFirst() && $0.first?.lowercased() == decoded.first?.lowercased() },
                                "\(page.url): \(decoded) is no name of a begrip")
                        // Not written before in the page's paragraphs, as linked.
                        var before = String(tekst[..<at])
                        for pattern in [#"<h([1-6])[^>]*>.*?</h\1>"#, #"<a [^>]*>.*?</a>"#, #"(?s)<table[^>]*>.*?</table>"#, #"(?s)<section class="maatregel".*?</section>"#, #"<sup[^>]*>.*?</sup>"#, #"<code>.*?</code>"#, #"<span class="begrip-uitleg"[^>]*>[^<]*</span>"#] {
                            before = before.replacingOccurrences(of: pattern, with: " ", options: [.regularExpression])
                        }
                        let text = " " + MetaDescription.plainText(before[...]) + " "
                        let earlier = text.range(of: "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: decoded) + "(?![\\p{L}\\p{N}])", options: .regularExpression)
                        #expect(earlier == nil, "\(page.url): \(decoded) is used before its link")
                    }
                }
            }
        }
        #expect(links > 200)
    }
}
