import Foundation

/// swift-argument-parser writes its usage errors in English ("Unknown option '--x'"), and
/// every message plansite prints is Dutch. Its errors are not public types, so the message
/// is translated by its known sentence forms (they are stable across the library's 1.x
/// releases); our own `ValidationError`s are Dutch already and pass through.
enum ArgumentErrorText {
    private static let rules: [(pattern: String, dutch: @Sendable ([String]) -> String)] = [
        (#"^Unknown option '([^']*)'\. Did you mean '([^']*)'\?$"#, { "onbekende optie `\($0[0])`; bedoelde je `\($0[1])`?" }),
        (#"^Unknown option '([^']*)'$"#, { "onbekende optie `\($0[0])`" }),
        (#"^Missing value for '([^' <]*)[^']*'$"#, { "de optie `\($0[0])` mist een waarde" }),
        (#"^Unexpected argument '([^']*)'$"#, { "onverwacht argument `\($0[0])`" }),
        (#"^(\d+) unexpected arguments: (.*)$"#, { "\($0[0]) onverwachte argumenten: \(quoted($0[1]))" }),
        (#"^The value '([^']*)' is invalid for '([^' <]*)[^']*'\. Please provide one of (.*)\.$"#,
         { "de waarde `\($0[0])` is ongeldig voor `\($0[1])`; kies uit \(quoted($0[2]))" }),
        (#"^The value '([^']*)' is invalid for '([^' <]*)[^']*'(.*)$"#, { "de waarde `\($0[0])` is ongeldig voor `\($0[1])`" }),
        (#"^The value '([^']*)' is invalid\.?(.*)$"#, { "de waarde `\($0[0])` is ongeldig" }),
        (#"^Missing expected argument '([^']*)'$"#, { "het argument `\($0[0])` ontbreekt" }),
        (#"^Missing one of: (.*)$"#, { "een van deze ontbreekt: \(quoted($0[0]))" }),
        (#"^The option '([^']*)' does not take any value, but '([^']*)' was specified\.$"#,
         { "de optie `\($0[0])` neemt geen waarde, maar kreeg `\($0[1])`" }),
        (#"^Value to be set with (.*) had already been set with (.*)$"#, { "\(quoted($0[0])) en \(quoted($0[1])) zetten dezelfde waarde; geef er één" }),
        (#"^Invalid option: (.*)$"#, { "ongeldige optie `\($0[0])`" }),
        (#"^Missing required subcommand\.$"#, { _ in "geef een opdracht: `build`, `check`, `serve` of `uitleg`" }),
    ]

    /// The Dutch form of one error message (without the usage lines).
    static func dutch(_ message: String) -> String {
        var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.map(translateLine).joined(separator: "\n")
    }

    private static func translateLine(_ line: String) -> String {
        let range = NSRange(line.startIndex..., in: line)
        for rule in rules {
            guard let regex = try? NSRegularExpression(pattern: rule.pattern),
                  let match = regex.firstMatch(in: line, range: range) else { continue }
            let groups = (1..<match.numberOfRanges).map { i in
                Range(match.range(at: i), in: line).map { String(line[$0]) } ?? ""
            }
            return rule.dutch(groups)
        }
        return line
    }

    /// `'text', 'json', or 'github'` → `` `text`, `json` of `github` ``.
    private static func quoted(_ list: String) -> String {
        list.replacingOccurrences(of: "', or '", with: "` of `")
            .replacingOccurrences(of: "' or '", with: "` of `")
            .replacingOccurrences(of: "'", with: "`")
    }
}
