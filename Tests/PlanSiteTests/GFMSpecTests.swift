import Foundation
import Testing
@testable import PlanSiteRender
@testable import PlanSiteLoad
@testable import PlanSiteModel

/// plansite's Markdown, held against cmark-gfm itself. Every example of the GFM spec, its
/// extensions and its regression tests (`Fixtures/gfm-spec/`), and each of plansite's own
/// examples (`GFMSpecExample.plansiteExamples`), is rendered by cmark-gfm (with plansite's
/// options and extensions: `MarkdownParser.referenceHTML`) and by plansite's parser and
/// renderer; both are brought into one form (`GFMSpecNormalisation`) and compared.
/// Where plansite deliberately differs, the example is listed in `exceptions` with the
/// rule's name, as docs/content-format.md states it: a new difference fails, and so does an
/// exception that no longer differs.
@Suite struct GFMSpecTests {
    /// plansite's documented Markdown rules, named as in docs/content-format.md
    /// ("Markdown compared with cmark-gfm").
    enum Rule: String, CaseIterable, Sendable {
        // Markup rules, undone by `GFMSpecNormalisation` in every example.
        case headingLevels = "Heading levels"
        case headingIDs = "Heading ids"
        case tableMarkup = "Table markup"
        case externalLinks = "External links"
        case lazyImages = "Lazy images"
        case footnoteMarkup = "Footnote markup"
        // Rules that change what the reader gets: listed per example in `exceptions`.
        case rawHTML = "Raw HTML"
        case htmlComments = "HTML comments"
        case printedFootnoteNumbers = "Printed footnote numbers"
        case filledLinkText = "Filled link text"
        case idAttributes = "Id attributes"
        case emptyTableHeader = "Empty table header"
        case imageDescriptions = "Image descriptions"

        /// Whether the normalisation undoes this rule everywhere (else: per example).
        var isMarkup: Bool {
            switch self {
            case .headingLevels, .headingIDs, .tableMarkup, .externalLinks, .lazyImages, .footnoteMarkup: true
            default: false
            }
        }
    }

    /// Every example whose difference is one of plansite's rules, by file and number.
    static let exceptions: [GFMSpecExample.ID: Rule] = {
        var table: [GFMSpecExample.ID: Rule] = [:]
        func add(_ rule: Rule, _ file: String, _ numbers: [Int]) {
            for number in numbers {
                let id = GFMSpecExample.ID(file: file, number: number)
                // One rule per example: a second would hide the first.
                table[id] = table[id] == nil ? rule : nil
            }
        }
        // Only the allowed inline tags are kept (without attributes but `abbr`'s `title`), an
        // allowed tag left open is closed at the end of its run, everything else is text.
        add(.rawHTML, "spec", [118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135,
                               136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 147, 149, 150, 151, 153, 154, 155, 156,
                               157, 158, 159, 160, 170, 317, 327, 354, 484, 485, 486, 500, 503, 532, 544, 632, 633, 634,
                               635, 636, 642, 647, 648, 649, 650, 651, 653, 663, 664])
        add(.rawHTML, "extensions", [22])
        add(.rawHTML, "regression", [3, 6, 9, 14, 17])
        // Comments are editors' notes: never in the page.
        add(.htmlComments, "spec", [146, 148, 152, 288, 289, 644])
        // plansite's own examples (`GFMSpecExample.plansiteExamples`).
        add(.printedFootnoteNumbers, "plansite", [6])
        add(.filledLinkText, "plansite", [7])
        add(.idAttributes, "plansite", [8, 9])
        add(.emptyTableHeader, "plansite", [10])
        add(.imageDescriptions, "plansite", [11])
        return table
    }()

    struct Outcome: Sendable {
        var example: GFMSpecExample
        var reference: String
        var plansite: String
        var matches: Bool { reference == plansite }
    }

    static func outcome(_ example: GFMSpecExample) -> Outcome {
        Outcome(example: example,
                reference: GFMSpecNormalisation.reference(MarkdownParser.referenceHTML(example.markdown)),
                plansite: GFMSpecNormalisation.plansite(GFMSpecExample.plansiteHTML(example.markdown)))
    }

    static let examples: [GFMSpecExample] = (try? GFMSpecExample.all()) ?? []

    // MARK: - Tests

    @Test("Each GFM spec example renders as cmark-gfm renders it, or is an exception by a documented rule", arguments: examples)
    func example(_ example: GFMSpecExample) {
        let outcome = Self.outcome(example)
        if let rule = Self.exceptions[example.id] {
            #expect(!outcome.matches, "\(example) is listed under \u{201C}\(rule.rawValue)\u{201D} but now renders as cmark-gfm does: remove it from the exceptions")
        } else {
            #expect(outcome.matches, """
                \(example) differs from cmark-gfm
                Markdown:
                \(example.markdown)
                cmark-gfm:
                \(outcome.reference)
                plansite:
                \(outcome.plansite)
                """)
        }
    }

    /// All examples at once: the counts, and the exception list's own soundness.
    @Test("GFM spec examples: counted, and every exception names an example and a documented rule")
    func summary() throws {
        let examples = Self.examples
        let byFile = Dictionary(grouping: examples, by: \.file).mapValues(\.count)
        #expect(byFile == ["spec": 673, "extensions": 30, "regression": 25, "plansite": GFMSpecExample.plansiteExamples.count],
                "the fixture files are cmark-gfm 0.29.0.gfm.6's: \(byFile)")
        let ids = Set(examples.map(\.id))
        for id in Self.exceptions.keys.sorted() {
            #expect(ids.contains(id), "the exception \(id) names no example")
        }
        for rule in Set(Self.exceptions.values) {
            #expect(!rule.isMarkup, "\(rule.rawValue) is undone by the normalisation: it needs no exception")
        }
        let guide = try TestSupport.read(TestSupport.repository.appendingPathComponent("docs/content-format.md"))
        let undocumented = Rule.allCases.filter { !guide.contains("**\($0.rawValue)**") }.map(\.rawValue)
        #expect(undocumented.isEmpty, "docs/content-format.md does not describe these rules: \(undocumented)")
        let outcomes = examples.map(Self.outcome)
        let matching = outcomes.filter(\.matches).count
        var perRule: [Rule: Int] = [:]
        for outcome in outcomes where !outcome.matches {
            if let rule = Self.exceptions[outcome.example.id] { perRule[rule, default: 0] += 1 }
        }
        let excepted = perRule.values.reduce(0, +)
        let rules = perRule.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue): \($0.value)" }.joined(separator: ", ")
        let summary = "\(examples.count) examples: \(matching) render as cmark-gfm does, \(excepted) differ by a rule (\(rules)), \(examples.count - matching - excepted) differ otherwise"
        print("GFM spec: " + summary)
        if let path = ProcessInfo.processInfo.environment["GFM_SPEC_DIFFS"] {
            // For whoever works on the renderer: every difference, written out in full.
            var report = summary + "\n"
            for outcome in outcomes where !outcome.matches {
                let rule = Self.exceptions[outcome.example.id].map { " [\($0.rawValue)]" } ?? ""
                report += "\n===== \(outcome.example)\(rule)\n\(outcome.example.markdown)----- cmark-gfm\n\(outcome.reference)----- plansite\n\(outcome.plansite)"
            }
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(examples.count > 0 && matching + excepted == examples.count, "\(summary)")
    }
}
