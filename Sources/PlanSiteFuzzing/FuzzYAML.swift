import Foundation
import PlanSite

/// Fuzz entry (a): one YAML file through `YAMLParser.parse` and then every schema reader,
/// as if the bytes were each of plansite's YAML files in turn.
@discardableResult
public func fuzzYAML(_ data: Data) -> [String] {
    guard let file = FuzzInput.file(data, path: "regio-a/regio.yaml") else { return [] }
    switch YAMLParser.parse(file.text, in: file) {
    case .failure(let diagnostic):
        return FuzzInput.check([diagnostic], in: file, what: "parse")
    case .success(let root):
        return YAMLSchema.allCases.flatMap { schema in
            FuzzInput.check(schema.read(root, file: file), in: file, what: schema.rawValue)
        }
    }
}
