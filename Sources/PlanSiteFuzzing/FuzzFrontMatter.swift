import Foundation
import PlanSite

/// Fuzz entry (b): a Markdown file's front matter, split off and parsed as the loader does
/// (`YAMLRecovery.Parsed`, with the file's line offset: YAML that does not parse is
/// recovered), and read as the front matter of a chapter and of a bijlage.
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
    var diagnostics: [Diagnostic] = []
    let parsed = split.yaml.map { YAMLRecovery.Parsed($0, in: file, lineOffset: split.yamlLineOffset, into: &diagnostics) } ?? .absent
    problems += FuzzInput.check(diagnostics, in: file, what: "parse")
    if parsed.recovered, let root = parsed.node { problems += FuzzInput.check(recovered: root, in: file) }
    for schema in [YAMLSchema.frontMatter, .bijlageFrontMatter] {
        problems += FuzzInput.check(schema.read(parsed.node, file: file), in: file, what: schema.rawValue)
    }
    return problems
}
