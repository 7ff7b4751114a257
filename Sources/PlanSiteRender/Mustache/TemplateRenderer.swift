import PlanSiteModel

/// Renders parsed templates from typed views into one growing string. The context stack is
/// one array pushed and popped in place; a name is looked up by asking each view on it,
/// top down, for its field (Mustache's rule), and the answer is a `TemplateValue`, so no
/// step asks the runtime about types.
struct TemplateRenderer {
    private let library: TemplateLibrary
    private(set) var output = ""
    private var stack: [TemplateValue] = []
    /// How deep partials nest: a theme whose partial includes itself stops here instead of
    /// exhausting the stack.
    private var partialDepth = 0
    private static let maximumPartialDepth = 64

    /// Where a section over a list is: what `first()`, `last()`, `index()` read.
    struct ListPosition {
        var index: Int
        var count: Int
    }

    init(library: TemplateLibrary, root: TemplateValue) {
        self.library = library
        stack = [root]
    }

    /// A renderer whose root view sits inside `outer`: a name the root lacks is looked up there.
    init(library: TemplateLibrary, root: TemplateValue, outer: TemplateValue) {
        self.library = library
        stack = [outer, root]
    }

    mutating func render(_ nodes: [TemplateNode], position: ListPosition?, indentation: String?) {
        guard let indentation, !indentation.isEmpty else {
            // By position, so each node is read where it is rather than copied out first.
            for i in nodes.indices { render(nodes[i], position: position, indentation: nil) }
            return
        }
        // Every node that renders something at the start of a line the template itself
        // began gets the partial's indentation first.
        let start = output.utf8.count
        for node in nodes {
            let atLineStart = output.utf8.count > start && output.utf8.last == UInt8(ascii: "\n")
            guard atLineStart else {
                render(node, position: position, indentation: indentation)
                continue
            }
            // The indentation goes first and is taken back when the node renders nothing.
            // (Rendering into a fresh string and appending it kept the old output alive while
            // appending, which copied the whole page so far for every indented line.)
            let before = output.utf8.count
            output += indentation
            let indented = output.utf8.count
            render(node, position: position, indentation: indentation)
            if output.utf8.count == indented {
                output.removeSubrange(output.utf8.index(output.startIndex, offsetBy: before)...)
            }
        }
    }

    private mutating func render(_ node: TemplateNode, position: ListPosition?, indentation: String?) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            switch lookup(name, position: position) {
            case .text(let text): output += escaped ? HTMLEscape.template(text) : text
            case .number(let number): output += String(number)
            case .flag(let flag): output += flag ? "true" : "false"
            case .view, .list, nil: break
            }
        case .section(let name, let nodes, let inverted):
            let value = lookup(name, position: position)
            if inverted {
                renderInverted(value, nodes, position: position, indentation: indentation)
            } else {
                renderSection(value, nodes, position: position, indentation: indentation)
            }
        case .partial(let name, let partialIndentation, _):
            guard let nodes = library.nodes(named: name), partialDepth < Self.maximumPartialDepth else { return }
            partialDepth += 1
            let combined = partialIndentation.map { (indentation ?? "") + $0 } ?? indentation
            render(nodes, position: nil, indentation: combined)
            partialDepth -= 1
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, _ nodes: [TemplateNode], position: ListPosition?, indentation: String?) {
        switch value {
        case nil: return
        case .flag(let flag):
            if flag { render(nodes, position: position, indentation: indentation) }
        case .list(let list):
            let count = list.count
            for index in 0..<count {
                stack.append(list.templateValue(at: index))
                render(nodes, position: ListPosition(index: index, count: count), indentation: indentation)
                stack.removeLast()
            }
        case .some(let value):
            stack.append(value)
            render(nodes, position: nil, indentation: indentation)
            stack.removeLast()
        }
    }

    private mutating func renderInverted(_ value: TemplateValue?, _ nodes: [TemplateNode], position: ListPosition?, indentation: String?) {
        switch value {
        case nil: render(nodes, position: position, indentation: indentation)
        case .flag(let flag):
            if !flag { render(nodes, position: position, indentation: indentation) }
        case .list(let list):
            guard list.count == 0 else { return }
            stack.append(.list(list))
            render(nodes, position: nil, indentation: indentation)
            stack.removeLast()
        case .some: return
        }
    }

    // MARK: - Names

    private func lookup(_ name: TemplateName, position: ListPosition?) -> TemplateValue? {
        var value: TemplateValue?
        if name.parts.isEmpty {
            value = name.anchored ? stack.last : nil
            if !name.anchored, let position, let function = name.functions.last {
                value = Self.apply(function, to: position)
                return Self.apply(name.functions.dropLast(), to: value)
            }
        } else if name.anchored {
            value = stack.last.flatMap { $0.child(named: name.parts[0]) }
        } else {
            let first = name.parts[0]
            // Each view asked where it lies: through the array's subscript every view on the
            // stack was copied out (and destroyed) for every name looked up.
            value = stack.withUnsafeBufferPointer { views in
                var i = views.count - 1
                while i >= 0 {
                    if let found = views[i].child(named: first) { return found }
                    i -= 1
                }
                return nil
            }
        }
        for part in name.parts.dropFirst() {
            guard let current = value else { return nil }
            value = current.child(named: part)
        }
        // Most tags name a field and apply nothing: without this the empty list of functions
        // was sliced, reversed and walked for every lookup (a fifth of lookup's instructions).
        if name.functions.isEmpty { return value }
        return Self.apply(name.functions[...], to: value)
    }

    private static func apply(_ function: TemplateName.Function, to position: ListPosition) -> TemplateValue? {
        switch function {
        case .first: .flag(position.index == 0)
        case .last: .flag(position.index == position.count - 1)
        case .index: .number(position.index)
        case .even: .flag(position.index % 2 == 0)
        case .odd: .flag(position.index % 2 == 1)
        default: nil
        }
    }

    /// Functions apply innermost first: `a(b(x))` is b, then a. One that does not apply to
    /// its value gives nothing, which renders as nothing and counts as false.
    private static func apply(_ functions: ArraySlice<TemplateName.Function>, to value: TemplateValue?) -> TemplateValue? {
        var value = value
        for function in functions.reversed() {
            switch (function, value) {
            case (.count, .list(let list)): value = .number(list.count)
            case (.count, .text(let text)): value = .number(text.count)
            case (.empty, .list(let list)): value = .flag(list.count == 0)
            case (.empty, .text(let text)): value = .flag(text.isEmpty)
            case (.uppercased, .text(let text)): value = .text(text.uppercased())
            case (.lowercased, .text(let text)): value = .text(text.lowercased())
            default: return nil
            }
        }
        return value
    }
}
