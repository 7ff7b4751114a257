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

    init(library: TemplateLibrary, root: TemplateValue, reserving capacity: Int = 0) {
        self.library = library
        stack = [root]
        if capacity > 0 { output.reserveCapacity(capacity) }
    }

    /// A renderer whose root view sits inside `outer`: a name the root lacks is looked up there.
    init(library: TemplateLibrary, root: TemplateValue, outer: TemplateValue, reserving capacity: Int = 0) {
        self.library = library
        stack = [outer, root]
        if capacity > 0 { output.reserveCapacity(capacity) }
    }

    /// Renders the operations of `program` in `range` (a whole template, or a section's body).
    mutating func render(_ program: TemplateProgram, _ range: Range<Int>, position: ListPosition?, indentation: String?) {
        guard let indentation, !indentation.isEmpty else {
            var i = range.lowerBound
            while i < range.upperBound { i = render(program, at: i, position: position, indentation: nil) }
            return
        }
        // Every operation that renders something at the start of a line the template itself
        // began gets the partial's indentation first.
        let start = output.utf8.count
        var i = range.lowerBound
        while i < range.upperBound {
            let atLineStart = output.utf8.count > start && output.utf8.last == UInt8(ascii: "\n")
            guard atLineStart else {
                i = render(program, at: i, position: position, indentation: indentation)
                continue
            }
            // The indentation goes first and is taken back when the operation renders nothing.
            // (Rendering into a fresh string and appending it kept the old output alive while
            // appending, which copied the whole page so far for every indented line.)
            let before = output.utf8.count
            output += indentation
            let indented = output.utf8.count
            i = render(program, at: i, position: position, indentation: indentation)
            if output.utf8.count == indented {
                output.removeSubrange(output.utf8.index(output.startIndex, offsetBy: before)...)
            }
        }
    }

    /// Renders the operation at `index` (a section with its body) and returns where the next one starts.
    private mutating func render(_ program: TemplateProgram, at index: Int, position: ListPosition?, indentation: String?) -> Int {
        switch program.operations[index] {
        case .text(let text):
            output += program.texts[Int(text)]
            return index + 1
        case .variable(let name, let escaped):
            switch lookup(program.names[Int(name)], position: position) {
            case .text(let text): output += escaped ? HTMLEscape.template(text) : text
            case .number(let number): output += String(number)
            case .flag(let flag): output += flag ? "true" : "false"
            case .view, .list, nil: break
            }
            return index + 1
        case .section(let name, let end, let inverted):
            let value = lookup(program.names[Int(name)], position: position)
            let body = (index + 1)..<Int(end)
            if inverted {
                renderInverted(value, program, body, position: position, indentation: indentation)
            } else {
                renderSection(value, program, body, position: position, indentation: indentation)
            }
            return Int(end)
        case .partial(let partial):
            let included = program.partials[Int(partial)]
            guard let nodes = library.program(named: included.name), partialDepth < Self.maximumPartialDepth else { return index + 1 }
            partialDepth += 1
            let combined = included.indentation.map { (indentation ?? "") + $0 } ?? indentation
            render(nodes, nodes.whole, position: nil, indentation: combined)
            partialDepth -= 1
            return index + 1
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, _ program: TemplateProgram, _ body: Range<Int>, position: ListPosition?, indentation: String?) {
        switch value {
        case nil: return
        case .flag(let flag):
            if flag { render(program, body, position: position, indentation: indentation) }
        case .list(let list):
            let count = list.count
            for index in 0..<count {
                stack.append(list.templateValue(at: index))
                render(program, body, position: ListPosition(index: index, count: count), indentation: indentation)
                stack.removeLast()
            }
        case .some(let value):
            stack.append(value)
            render(program, body, position: nil, indentation: indentation)
            stack.removeLast()
        }
    }

    private mutating func renderInverted(_ value: TemplateValue?, _ program: TemplateProgram, _ body: Range<Int>, position: ListPosition?, indentation: String?) {
        switch value {
        case nil: render(program, body, position: position, indentation: indentation)
        case .flag(let flag):
            if !flag { render(program, body, position: position, indentation: indentation) }
        case .list(let list):
            guard list.count == 0 else { return }
            stack.append(.list(list))
            render(program, body, position: nil, indentation: indentation)
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
            value = stack.last.flatMap { $0.child(name.fields[0], named: name.parts[0]) }
        } else {
            let (field, first) = (name.fields[0], name.parts[0])
            // Each view asked where it lies: through the array's subscript every view on the
            // stack was copied out (and destroyed) for every name looked up.
            value = stack.withUnsafeBufferPointer { views in
                var i = views.count - 1
                while i >= 0 {
                    if let found = views[i].child(field, named: first) { return found }
                    i -= 1
                }
                return nil
            }
        }
        var part = 1
        while part < name.parts.count {
            guard let current = value else { return nil }
            value = current.child(name.fields[part], named: name.parts[part])
            part += 1
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
