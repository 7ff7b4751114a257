/// A parsed template flattened for rendering: its tags as plain operations in one array,
/// a section's body the operations up to its end, and the texts, names and partials it
/// refers to in tables beside them. An operation holds only numbers, so reading one copies
/// no reference: rendering from the nodes themselves (`TemplateNode`) copied each node it
/// visited, retaining and releasing its strings and arrays, which was about three percent
/// of a build's instructions. Made once per template when the theme loads.
final class TemplateProgram: Sendable {
    enum Operation: Sendable {
        /// `texts[text]`, as is.
        case text(Int32)
        /// `names[name]`, escaped or as is.
        case variable(Int32, escaped: Bool)
        /// A section over `names[name]`; its body is the operations after it up to `end`.
        case section(Int32, end: Int32, inverted: Bool)
        /// `partials[partial]`.
        case partial(Int32)
    }

    /// A partial as its tag includes it, in the order of the template's text.
    struct Partial: Sendable {
        var name: String
        var indentation: String?
        /// The tag's line, to report a partial the theme does not have.
        var line: Int
    }

    let operations: [Operation]
    let texts: [String]
    let names: [TemplateName]
    let partials: [Partial]

    init(_ nodes: [TemplateNode]) {
        var operations: [Operation] = []
        var texts: [String] = []
        var names: [TemplateName] = []
        var partials: [Partial] = []
        func add(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text(let text):
                    operations.append(.text(Int32(texts.count)))
                    texts.append(text)
                case .variable(let name, let escaped):
                    operations.append(.variable(Int32(names.count), escaped: escaped))
                    names.append(name)
                case .section(let name, let inner, let inverted):
                    let at = operations.count
                    let nameIndex = Int32(names.count)
                    names.append(name)
                    operations.append(.section(nameIndex, end: 0, inverted: inverted))
                    add(inner)
                    operations[at] = .section(nameIndex, end: Int32(operations.count), inverted: inverted)
                case .partial(let name, let indentation, let line):
                    operations.append(.partial(Int32(partials.count)))
                    partials.append(Partial(name: name, indentation: indentation, line: line))
                }
            }
        }
        add(nodes)
        self.operations = operations
        self.texts = texts
        self.names = names
        self.partials = partials
    }

    /// All of the template's operations.
    var whole: Range<Int> { 0..<operations.count }
}
