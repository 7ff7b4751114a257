/// A parsed template: text and tags, with each section holding its own nodes, as
/// `TemplateParser` makes it. The library keeps it only as the `TemplateProgram` it is
/// flattened into once per theme, which every page render reads.
enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as is).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or with `inverted` `{{^name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{>name}}`; a partial on a line of its own carries that line's indentation, which
    /// every line it renders gets (Mustache's rule for standalone partials). With the line
    /// the tag is on, to report a partial the theme does not have.
    case partial(String, indentation: String?, line: Int)
}

/// A name as a tag writes it: `title`, `doc.href`, `.` (the current value), `.title` (the
/// current value only, not the views around it), with optional functions: `last()`,
/// `count(items)`. A class, so a tag holds one reference to its name rather than its three
/// arrays and strings, each retained whenever a render read the tag.
final class TemplateName: Sendable, Equatable {
    enum Function: String, Sendable, CaseIterable {
        // Of the position in the list a section repeats over: `{{^last()}}, {{/last()}}`.
        case first, last, index, even, odd
        // Of a list or a text.
        case count, empty
        // Of a text.
        case uppercased, lowercased
    }

    /// The dotted parts; empty for `.` and for a function of the list position.
    let parts: [String]
    /// Each part as the field views answer it by (nil for a name that is no `TemplateField`),
    /// matched once here rather than at every lookup.
    let fields: [TemplateField?]
    /// `.title`: looked up in the current value only.
    let anchored: Bool
    /// Applied innermost first: `a(b(x))` is `[a, b]`, applied as b, then a.
    let functions: [Function]
    /// The tag's text, to match a section's closing tag.
    let spelling: String

    init(parts: [String], anchored: Bool, functions: [Function], spelling: String) {
        self.parts = parts
        fields = parts.map { TemplateField(rawValue: $0) }
        self.anchored = anchored
        self.functions = functions
        self.spelling = spelling
    }

    static func == (a: TemplateName, b: TemplateName) -> Bool {
        a.parts == b.parts && a.anchored == b.anchored && a.functions == b.functions && a.spelling == b.spelling
    }
}

/// A template that cannot be read, with the place in its text (1-based).
struct TemplateSyntaxError: Error, Equatable {
    var message: String
    var line: Int
    var column: Int
}
