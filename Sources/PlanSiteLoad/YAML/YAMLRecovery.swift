import PlanSiteModel

/// What a YAML file or a page's front matter says when its YAML as a whole cannot be read:
/// each top-level key with the lines indented under it, read on its own, the keys that
/// read kept; a key whose value is a list or mapping that does not read (`gremia:`,
/// `maatregelen:`) is read item by item or key by key in the same way.
///
/// The YAML error is reported and fails the build as ever; the file's value (a page, a
/// document, a region's settings) is kept with what it still says, and what it lacks is
/// not reported on top (`ContentLoader`), so the rest of the site does not report it
/// missing. Dropped, one typo in a chapter's front matter (`titel: [Waar staan`) made
/// every link to the chapter and every `hoofdstuk:3` an error of its own, sixteen of
/// seventeen in a regiovisie, each saying a file that is there does not exist; one in a
/// `document.yaml` did the same for every `hoort-bij` and `werkt-aan` naming the document.
package enum YAMLRecovery {
    /// YAML as the loader reads it: parsed, or when it does not parse, its error reported
    /// and what reads on its own recovered. The loader's files and front matter, and the
    /// fuzzers that follow the loader, all read YAML through this.
    package struct Parsed: Sendable {
        package var node: YAMLNode?
        /// Whether `node` was recovered: what it lacks follows from the error reported.
        package var recovered: Bool

        /// No YAML at all (a page without front matter): read as nil, its lacks reported.
        package static let absent = Parsed(node: nil, recovered: false)

        private init(node: YAMLNode?, recovered: Bool) {
            self.node = node
            self.recovered = recovered
        }

        package init(_ yaml: String, in file: SourceFile, lineOffset: Int = 0, into diagnostics: inout [Diagnostic]) {
            switch YAMLParser.parse(yaml, in: file, lineOffset: lineOffset) {
            case .success(let parsed):
                node = parsed
                recovered = false
            case .failure(let problem):
                diagnostics.append(problem)
                node = YAMLRecovery.node(yaml, in: file, lineOffset: lineOffset)
                recovered = true
            }
        }

        /// `read` over the node. A recovered node's diagnostics are left out: a missing
        /// required key or a list cut short follows from the one error already reported.
        package func read<Value>(into diagnostics: inout [Diagnostic], _ read: (YAMLNode?, inout [Diagnostic]) -> Value) -> Value {
            guard recovered else { return read(node, &diagnostics) }
            var consequences: [Diagnostic] = []
            return read(node, &consequences)
        }
    }

    /// The readable top-level keys of `yaml` (starting `lineOffset` lines into `file`) as
    /// one mapping, or nil when none reads.
    package static func node(_ yaml: String, in file: SourceFile, lineOffset: Int) -> YAMLNode? {
        node(yaml, in: file, lineOffset: lineOffset, depth: 0)
    }

    /// Lists are read item by item, and mappings and items key by key, this many levels
    /// down: a file's gremia and begrippen and the lists inside each; a mapping's
    /// maatregelen, each maatregel's columns and each column. Deeper, a chunk that does not
    /// read is left out whole, so no input is read again more than a few times.
    private static let maximumDepth = 3

    private static func node(_ yaml: String, in file: SourceFile, lineOffset: Int, depth: Int) -> YAMLNode? {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        // The final line feed ends the last line; it starts none.
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        var pairs: [YAMLPair] = []
        var start = 0
        while start < lines.count {
            // A chunk: a line that starts a top-level key, and the lines indented under it.
            var end = start + 1
            while end < lines.count, lines[end].isEmpty || lines[end].first == " " || lines[end].first == "\t" { end += 1 }
            defer { start = end }
            guard let first = lines[start].first, first != " ", first != "\t", first != "#" else { continue }
            var found: [YAMLPair] = []
            if let node = parse(lines[start..<end], in: file, lineOffset: lineOffset + start), case .mapping(let read) = node.kind {
                found = read
            } else if depth < maximumDepth, let pair = byParts(lines[start..<end], in: file, lineOffset: lineOffset + start, depth: depth) {
                found = [pair]
            }
            for pair in found where !pairs.contains(where: { $0.key == pair.key }) { pairs.append(pair) }
        }
        guard let location = pairs.first?.keyLocation else { return nil }
        return YAMLNode(kind: .mapping(pairs), location: location)
    }

    /// `key:` alone on its line over a block list or mapping that does not read: the key
    /// with the list's items that read on their own (each `- ` at the list's indentation
    /// with the lines under it; an item that does not read, key by key), or with the
    /// mapping's keys that read on their own (the mapping read as a file, without its
    /// indentation). Nil for any other chunk, or when nothing reads.
    private static func byParts(_ chunk: ArraySlice<Substring>, in file: SourceFile, lineOffset: Int, depth: Int) -> YAMLPair? {
        guard let keyLine = chunk.first, let key = plainKey(keyLine) else { return nil }
        let body = chunk.dropFirst()
        guard let first = body.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) && !$0.drop(while: { $0 == " " }).hasPrefix("#") }) else { return nil }
        let indent = body[first].prefix(while: { $0 == " " }).count
        guard indent > 0 else { return nil }
        // `chunk` starts at `lineOffset`; its line i is the YAML's line lineOffset + i - chunk.startIndex.
        func offset(_ i: Int) -> Int { lineOffset + i - chunk.startIndex }
        let keyLocation = file.location(line: lineOffset + 1, column: 1)
        func startsItem(_ line: Substring) -> Bool {
            let rest = line.dropFirst(indent)
            return line.prefix(indent).allSatisfy { $0 == " " } && (rest.hasPrefix("- ") || rest == "-")
        }
        guard startsItem(body[first]) else {
            // A mapping: its lines without the indentation, read as a file of their own.
            guard let mapping = dedented(body[first...], by: indent, firstCut: indent, in: file, lineOffset: offset(first), depth: depth + 1),
                  case .mapping = mapping.kind else { return nil }
            return YAMLPair(key: key, keyLocation: keyLocation, value: mapping)
        }
        var items: [YAMLNode] = []
        var itemStart = first
        while itemStart < body.endIndex {
            var itemEnd = itemStart + 1
            while itemEnd < body.endIndex, !startsItem(body[itemEnd]) { itemEnd += 1 }
            let item = body[itemStart..<itemEnd]
            if let node = parse(item, in: file, lineOffset: offset(itemStart)), case .sequence(let read) = node.kind {
                items += read
            } else if let node = dedented(item, by: indent + 2, firstCut: indent + 2, in: file, lineOffset: offset(itemStart), depth: depth + 1) {
                // An item that does not read: its lines without the indentation and `- `.
                items.append(node)
            }
            itemStart = itemEnd
        }
        guard let location = items.first?.location else { return nil }
        return YAMLPair(key: key, keyLocation: keyLocation, value: YAMLNode(kind: .sequence(items), location: location))
    }

    /// The key of `key:` alone on its line: letters, digits, `-`, `_` and `.`, bare or in
    /// quotes (`"1.2":`, as a Hervormingsagenda mapping writes maatregelen). Nil otherwise.
    private static func plainKey(_ line: Substring) -> String? {
        guard line.hasSuffix(":") else { return nil }
        var key = line.dropLast()
        if let quote = key.first, quote == "\"" || quote == "'", key.count >= 2, key.last == quote {
            key = key.dropFirst().dropLast()
        }
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else { return nil }
        return String(key)
    }

    /// `lines` without their first `cut` characters (the first line's `firstCut`; only the
    /// spaces there are, on the others), recovered as a file of their own; every location
    /// then moved back by what was cut from its line (ASCII spaces and a dash, one column
    /// each).
    private static func dedented(_ lines: ArraySlice<Substring>, by cut: Int, firstCut: Int, in file: SourceFile, lineOffset: Int, depth: Int) -> YAMLNode? {
        var removed: [Int] = []
        var text: [Substring] = []
        for (i, line) in lines.enumerated() {
            let width = i == 0 ? min(firstCut, line.count) : min(cut, line.prefix(while: { $0 == " " }).count)
            removed.append(width)
            text.append(line.dropFirst(width))
        }
        guard let node = node(text.joined(separator: "\n") + "\n", in: file, lineOffset: lineOffset, depth: depth) else { return nil }
        return shifted(node, by: removed, firstLine: lineOffset + 1)
    }

    private static func shifted(_ node: YAMLNode, by cut: [Int], firstLine: Int) -> YAMLNode {
        relocated(node) { location in
            let i = location.line - firstLine
            guard cut.indices.contains(i) else { return location }
            return SourceLocation(file: location.file, line: location.line, column: location.column + cut[i])
        }
    }

    /// A chunk read on its own: libyaml puts an empty value at its end on the line after
    /// the chunk's last, which may be past the end of the file; such a place is the end of
    /// the chunk's last line (in scalars, as libyaml counts columns).
    private static func parse(_ lines: ArraySlice<Substring>, in file: SourceFile, lineOffset: Int) -> YAMLNode? {
        let text = lines.joined(separator: "\n") + "\n"
        guard case .success(let node?) = YAMLParser.parse(text, in: file, lineOffset: lineOffset) else { return nil }
        let lastLine = lineOffset + lines.count
        let end = file.location(line: lastLine, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
        return relocated(node) { $0.line > lastLine ? end : $0 }
    }

    private static func relocated(_ node: YAMLNode, _ move: (SourceLocation) -> SourceLocation) -> YAMLNode {
        var node = node
        node.location = move(node.location)
        switch node.kind {
        case .scalar: break
        case .sequence(let items): node.kind = .sequence(items.map { relocated($0, move) })
        case .mapping(let pairs):
            node.kind = .mapping(pairs.map { YAMLPair(key: $0.key, keyLocation: move($0.keyLocation), value: relocated($0.value, move)) })
        }
        return node
    }
}
