import Foundation
import PlanSite

/// Fuzz entry (a): one YAML file parsed as the loader does (`YAMLRecovery.Parsed`: YAML
/// that does not parse is recovered), then read by every schema reader, as if the bytes
/// were each of plansite's YAML files in turn.
@discardableResult
public func fuzzYAML(_ data: Data) -> [String] {
    guard let file = FuzzInput.file(data, path: "regio-a/regio.yaml") else { return [] }
    var diagnostics: [Diagnostic] = []
    let parsed = YAMLRecovery.Parsed(file.text, in: file, into: &diagnostics)
    var problems = FuzzInput.check(diagnostics, in: file, what: "parse")
    if parsed.recovered, let root = parsed.node { problems += FuzzInput.check(recovered: root, in: file) }
    return problems + YAMLSchema.allCases.flatMap { schema in
        FuzzInput.check(schema.read(parsed.node, file: file), in: file, what: schema.rawValue)
    }
}
