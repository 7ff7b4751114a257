import Foundation
import PlanSite

/// Fuzz entry (a): one YAML file through `YAMLParser.parse` and then every schema reader,
/// as if the bytes were each of plansite's YAML files in turn. YAML that does not parse is
/// recovered key by key and item by item as the loader does (`YAMLRecovery`), and what is
/// recovered read the same way.
@discardableResult
public func fuzzYAML(_ data: Data) -> [String] {
    guard let file = FuzzInput.file(data, path: "regio-a/regio.yaml") else { return [] }
    var problems: [String] = []
    let root: YAMLNode?
    switch YAMLParser.parse(file.text, in: file) {
    case .failure(let diagnostic):
        problems += FuzzInput.check([diagnostic], in: file, what: "parse")
        root = YAMLRecovery.node(file.text, in: file, lineOffset: 0)
        if let root { problems += FuzzInput.check(recovered: root, in: file) }
    case .success(let node):
        root = node
    }
    return problems + YAMLSchema.allCases.flatMap { schema in
        FuzzInput.check(schema.read(root, file: file), in: file, what: schema.rawValue)
    }
}
