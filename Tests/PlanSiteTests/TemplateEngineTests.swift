import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender

/// plansite's Mustache engine, rule by rule, with the examples of the Mustache spec's
/// sections (interpolation, sections, inverted, partials, delimiters, comments): every
/// template of a theme is read and rendered by it, so a broken rule shows on every page.
@Suite struct TemplateEngineTests {
    /// A view for tests: fields by name, nested views and lists as they come.
    final class Fields: TemplateView {
        let fields: [String: any TemplateValueConvertible]
        init(_ fields: [String: any TemplateValueConvertible]) { self.fields = fields }
        func child(named name: String) -> (any TemplateValueConvertible)? { fields[name] }
        func child(_ field: TemplateField) -> (any TemplateValueConvertible)? { fields[field.rawValue] }
    }

    func render(_ template: String, _ fields: [String: any TemplateValueConvertible] = [:], partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        try library.add(template, named: "t")
        for (name, text) in partials { try library.add(text, named: name) }
        return library.render("t", Fields(fields))
    }

    func syntaxError(_ template: String) -> TemplateSyntaxError? {
        do {
            _ = try TemplateParser.parse(template)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Interpolation

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let fields: [String: any TemplateValueConvertible] = ["x": "<a href=\"#\">Tom & Jerry's</a>"]
        #expect(try render("{{x}}", fields) == "&lt;a href=&quot;#&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(try render("{{{x}}}", fields) == "<a href=\"#\">Tom & Jerry's</a>")
        #expect(try render("{{& x }}", fields) == "<a href=\"#\">Tom & Jerry's</a>")
    }

    @Test func numbersAndFlagsRenderAsTextAndAnUnknownNameAsNothing() throws {
        #expect(try render("{{n}}|{{b}}|{{missing}}|", ["n": 42, "b": true]) == "42|true||")
    }

    @Test func dottedNamesWalkIntoViewsAndAnAnchoredNameDoesNotClimb() throws {
        let inner = Fields(["title": "Binnen"])
        let fields: [String: any TemplateValueConvertible] = ["a": Fields(["b": inner]), "title": "Buiten"]
        #expect(try render("{{a.b.title}}", fields) == "Binnen")
        #expect(try render("{{#a}}{{title}}|{{.title}}|{{/a}}", fields) == "Buiten||")
        #expect(try render("{{a.missing.title}}", fields) == "")
    }

    /// An absent optional field leaves the lookup to the view around it, as Mustache does.
    @Test func anAbsentFieldIsLookedUpInTheEnclosingView() throws {
        struct Inner: TemplateView {
            var note: String?
            func child(_ field: TemplateField) -> (any TemplateValueConvertible)? { child(named: field.rawValue) }
            func child(named name: String) -> (any TemplateValueConvertible)? {
                switch name {
                case "note": note
                default: nil
                }
            }
        }
        let fields: [String: any TemplateValueConvertible] = ["inner": [Inner(note: nil), Inner(note: "eigen")], "note": "buiten"]
        #expect(try render("{{#inner}}{{note}};{{/inner}}", fields) == "buiten;eigen;")
    }

    // MARK: - Sections

    @Test func sectionsRepeatListsEnterViewsAndTestFlags() throws {
        let fields: [String: any TemplateValueConvertible] = [
            "items": [Fields(["n": "a"]), Fields(["n": "b"])], "none": [Fields](), "words": ["x", "y"],
            "yes": true, "no": false, "doc": Fields(["n": "d"]),
        ]
        #expect(try render("{{#items}}[{{n}}]{{/items}}", fields) == "[a][b]")
        #expect(try render("{{#none}}[{{n}}]{{/none}}", fields) == "")
        #expect(try render("{{#words}}{{.}},{{/words}}", fields) == "x,y,")
        #expect(try render("{{#yes}}ja{{/yes}}{{#no}}nee{{/no}}{{#missing}}weg{{/missing}}", fields) == "ja")
        #expect(try render("{{#doc}}{{n}}{{/doc}}", fields) == "d")
        #expect(try render("{{^none}}leeg{{/none}}{{^no}}niet{{/no}}{{^missing}}afwezig{{/missing}}{{^items}}X{{/items}}{{^yes}}X{{/yes}}", fields) == "leegnietafwezig")
    }

    @Test func listPositionFunctionsSeparateItems() throws {
        let fields: [String: any TemplateValueConvertible] = ["words": ["a", "b", "c"]]
        #expect(try render("{{#words}}{{.}}{{^last()}}, {{/last()}}{{/words}}", fields) == "a, b, c")
        #expect(try render("{{#words}}{{#first()}}>{{/first()}}{{index()}}{{/words}}", fields) == ">012")
        #expect(try render("{{count(words)}} {{#empty(words)}}leeg{{/empty(words)}}{{uppercased(t)}}", ["words": ["a"], "t": "ha"]) == "1 HA")
    }

    // MARK: - Whitespace

    /// Spec, sections "Standalone Lines": a line holding only a section tag leaves no trace.
    @Test func standaloneTagLinesAreRemovedWhole() throws {
        let template = "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n"
        #expect(try render(template, ["boolean": true]) == "| This Is\n|\n| A Line\n")
        #expect(try render("  {{#b}}\n  x\n  {{/b}}  \n  {{! opmerking }}\n", ["b": true]) == "  x\n")
        // Not standalone: text beside the tag keeps the line.
        #expect(try render(" {{#b}}ja{{/b}}\n", ["b": true]) == " ja\n")
        // The last line needs no newline.
        #expect(try render("a\n{{#b}}\nx\n{{/b}}", ["b": true]) == "a\nx\n")
        #expect(try render("a\r\n{{#b}}\r\nx\r\n{{/b}}\r\n", ["b": true]) == "a\r\nx\r\n")
    }

    /// Spec, partials "Standalone Indentation": each line of a standalone partial is indented
    /// as the tag was.
    @Test func standalonePartialsIndentEveryLine() throws {
        let out = try render("<ul>\n  {{>item}}\n</ul>\n", ["x": "1"], partials: ["item": "<li>\n{{x}}\n</li>\n"])
        #expect(out == "<ul>\n  <li>\n  1\n  </li>\n</ul>\n")
        #expect(try render("[{{>p}}]", ["x": "y"], partials: ["p": "{{x}}"]) == "[y]")
        #expect(try render("[{{>missing}}]") == "[]")
    }

    @Test func aPartialIncludingItselfStopsInsteadOfCrashing() throws {
        let out = try render("{{>loop}}", partials: ["loop": "x{{>loop}}"])
        #expect(out.count == 64)
    }

    @Test func delimitersCanBeChanged() throws {
        #expect(try render("{{=<% %>=}}<% x %> {{x}} <%={{ }}=%>{{x}}", ["x": "v"]) == "v {{x}} v")
    }

    // MARK: - Errors

    @Test func brokenTemplatesSayWhatAndWhere() throws {
        let unclosed = try #require(syntaxError("a\n  {{#items}}\n{{x}}\n"))
        #expect(unclosed.line == 2 && unclosed.column == 3)
        #expect(unclosed.message.contains("`{{#items}}` wordt niet gesloten met `{{/items}}`"))
        let mismatched = try #require(syntaxError("{{#a}}\n{{/b}}\n"))
        #expect(mismatched.line == 2 && mismatched.column == 1)
        #expect(mismatched.message.contains("`{{/b}}` sluit `{{#a}}` (regel 1) niet af"))
        let function = try #require(syntaxError("{{#items}}{{^laatste()}},{{/laatste()}}{{/items}}"))
        #expect(function.column == 11 && function.message.contains("onbekende functie `laatste()`"))
        #expect(syntaxError("x {{ title") != nil)
        #expect(syntaxError("{{/a}}")?.message.contains("niet open") == true)
        #expect(syntaxError("{{a b}}")?.message.contains("ongeldige naam") == true)
        #expect(syntaxError("{{<parent}}{{/parent}}")?.message.contains("overerving") == true)
    }

    /// A theme template with a syntax error, or one that includes a template the theme does
    /// not have, is ONTW002 at the place in that template.
    @Test func aBrokenSiteTemplateIsReportedAtItsLine() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        var files = TestSupport.minimalSite()
        files["content/site.yaml"] = "titel: Testsite\nbasis-url: https://test.example/\nontwerp: regio\n"
        files["themes/regio/404.mustache"] = "<h1>Weg</h1>\n<p>\n  {{#home}}terug{{/thuis}}\n</p>\n"
        try TestSupport.write(files, into: root)
        let broken = try TestSupport.run(["build"], in: root)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("themes/regio/404.mustache:3:17: fout[ONTW002]"), "\(broken.stderr)")
        #expect(broken.stderr.contains("`{{/thuis}}` sluit `{{#home}}` (regel 3) niet af"))

        try TestSupport.write(["themes/regio/404.mustache": "<h1>Weg</h1>\n{{>voet}}\n"], into: root)
        let missing = try TestSupport.run(["build"], in: root)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("themes/regio/404.mustache:2:1: fout[ONTW002]"), "\(missing.stderr)")
        #expect(missing.stderr.contains("`{{>voet}}`"))
    }
}
