/// A theme's templates by name (`layout`, `gremia`, …), parsed once. Pages render one by
/// name; a template includes another with `{{>name}}`.
struct TemplateLibrary: Sendable {
    /// Each template flattened (`TemplateProgram`), as the renderer reads it; its parsed
    /// nodes are not kept.
    private var programs: [String: TemplateProgram] = [:]

    init() {}

    /// Parses and adds a template, replacing one of the same name.
    mutating func add(_ text: String, named name: String) throws(TemplateSyntaxError) {
        programs[name] = TemplateProgram(try TemplateParser.parse(text))
    }

    func program(named name: String) -> TemplateProgram? {
        programs[name]
    }

    /// The partials the templates include that the library does not have, with the
    /// template that includes each: a typo in `{{>naam}}` is found when the theme loads,
    /// not as a silently missing part of some page.
    var missingPartials: [(template: String, partial: String, line: Int)] {
        programs.sorted { $0.key < $1.key }.flatMap { name, program in
            program.partials.filter { programs[$0.name] == nil }.map { (name, $0.name, $0.line) }
        }
    }

    /// The template rendered from a view; empty when the library has no template of that name.
    /// - Parameter capacity: bytes to reserve for the output, when the caller knows about how
    ///   many it will be (a page's layout: its main part and the frame around it), so the
    ///   output is not grown and copied again and again as it is written.
    func render(_ name: String, _ view: some TemplateView, reserving capacity: Int = 0) -> String {
        guard let program = programs[name] else { return "" }
        var renderer = TemplateRenderer(library: self, root: view.templateValue, reserving: capacity)
        renderer.render(program, program.whole, position: nil, indentation: nil)
        return renderer.output
    }

    /// The template rendered from a view that sits inside `outer`, which answers the names
    /// the view lacks (a page's own template inside the frame every page shares).
    func render(_ name: String, _ view: some TemplateView, within outer: some TemplateView, reserving capacity: Int = 0) -> String {
        guard let program = programs[name] else { return "" }
        var renderer = TemplateRenderer(library: self, root: view.templateValue, outer: outer.templateValue, reserving: capacity)
        renderer.render(program, program.whole, position: nil, indentation: nil)
        return renderer.output
    }
}
