import Foundation
import PlanSite

/// Fuzz entry (b): a Markdown file's front matter, split off as the loader does, parsed with
/// the file's line offset and read as the front matter of a chapter and of a bijlage; YAML
/// that does not parse is recovered key by key as the loader does (`YAMLRecovery`),
/// and what is recovered read the same way.
@discardableResult
public func fuzzFrontMatter(_ data: Data) -> [String] {
    guard let file = FuzzInput.file(data, path: "regio-a/plan/01-inleiding.md") else { return [] }
    let split: FrontMatterSplit
    switch FrontMatterSplit.split(file) {
    case .success(let s): split = s
    case .failure(let diagnostic): return FuzzInput.check([diagnostic], in: file, what: "split")
    }
    var problems: [String] = []
    if split.bodyLineOffset > file.lines.count {
        problems.append("split: body starts after line \(split.bodyLineOffset) of \(file.lines.count)")
    }
    var root: YAMLNode?
    if let yaml = split.yaml {
        switch YAMLParser.parse(yaml, in: file, lineOffset: split.yamlLineOffset) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            problems += FuzzInput.check([diagnostic], in: file, what: "parse")
            root = YAMLRecovery.node(yaml, in: file, lineOffset: split.yamlLineOffset)
            if let root { problems += FuzzInput.check(recovered: root, in: file) }
        }
    }
    for schema in [YAMLSchema.frontMatter, .bijlageFrontMatter] {
        problems += FuzzInput.check(schema.read(root, file: file), in: file, what: schema.rawValue)
    }
    return problems
}
