import PlanSiteModel

/// What a page's front matter says when its YAML as a whole cannot be read: each top-level
/// key with its indented lines, read on its own, the keys that read kept.
///
/// The YAML error is reported and fails the build as ever; the page itself is kept, so the
/// rest of the site does not report it missing. Dropped, a front matter typo in one
/// chapter (`titel: [Waar staan`) made every link to the chapter and every `hoofdstuk:3`
/// an error of its own, sixteen of seventeen in a regiovisie, each saying a file that is
/// there does not exist; and the preview lost the page while its editor was typing.
package enum FrontMatterRecovery {
    /// The readable keys of `yaml` (front matter starting `lineOffset` lines into `file`) as
    /// one mapping, or nil when none reads.
    package static func node(_ yaml: String, in file: SourceFile, lineOffset: Int) -> YAMLNode? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var pairs: [YAMLPair] = []
        var start = 0
        while start < lines.count {
            // A chunk: a line that starts a top-level key, and the lines indented under it.
            var end = start + 1
            while end < lines.count, lines[end].isEmpty || lines[end].first == " " || lines[end].first == "\t" { end += 1 }
            defer { start = end }
            guard let first = lines[start].first, first != " ", first != "\t", first != "#" else { continue }
            let chunk = lines[start..<end].joined(separator: "\n") + "\n"
            guard case .success(let node?) = YAMLParser.parse(chunk, in: file, lineOffset: lineOffset + start),
                  case .mapping(let found) = node.kind else { continue }
            for pair in found where !pairs.contains(where: { $0.key == pair.key }) { pairs.append(pair) }
        }
        guard let location = pairs.first?.keyLocation else { return nil }
        return YAMLNode(kind: .mapping(pairs), location: location)
    }
}
