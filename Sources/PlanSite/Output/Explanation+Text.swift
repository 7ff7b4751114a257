import Foundation

/// The explanation catalogue as the terminal shows it (`plansite uitleg`): one code in full,
/// or every code with its one-line meaning. The Markdown form of the same catalogue is
/// `Explanation+Markdown.swift`.
public enum ExplanationText {
    static let width = 88

    /// `plansite uitleg REF003`: the code, its severity and meaning, the examples and the fix.
    public static func text(for code: DiagnosticCode) -> String {
        var out = "\(code.rawValue) (\(code.defaultSeverity.dutch)): \(code.summary)\n"
        guard let explanation = code.explanation else { return out }
        out += "\n" + section("Wat het betekent", explanation.meaning)
        if let setup = explanation.setup { out += "\n" + example("Uitgangssituatie", setup) }
        out += "\n" + example("Verkeerd", explanation.wrong)
        out += "\n" + example("Goed", explanation.right)
        out += "\n" + section("Zo los je het op", explanation.fix)
        out += "\nAlle codes: `plansite uitleg`; dezelfde uitleg staat in docs/meldingen.md.\n"
        return out
    }

    /// `plansite uitleg`: every code with its severity and one-line meaning, by family.
    public static func list() -> String {
        var out = "De meldingen van plansite. Meer over één code: `plansite uitleg CODE`, bijvoorbeeld `plansite uitleg REF003`.\n"
        for family in DiagnosticFamily.allCases {
            out += "\n\(family.title)\n"
            for code in family.codes {
                let severity = code.defaultSeverity.dutch.padding(toLength: 13, withPad: " ", startingAt: 0)
                out += "  \(code.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(severity)\(code.summary)\n"
            }
        }
        return out
    }

    /// The Dutch error for a code that does not exist, with the codes it is closest to.
    public static func unknownCode(_ written: String) -> String {
        let shown = written.trimmingCharacters(in: .whitespaces)
        let all = DiagnosticCode.allCases.map(\.rawValue)
        let near = EditDistance.nearest(shown.uppercased(), in: all)
        if !near.isEmpty {
            return "de code `\(shown)` bestaat niet; bedoelde je \(listed(near))?"
        }
        let prefix = String(shown.uppercased().prefix { $0.isLetter })
        if let family = DiagnosticFamily(rawValue: prefix) {
            return "de code `\(shown)` bestaat niet; de codes van \(family.rawValue) zijn \(listed(family.codes.map(\.rawValue)))"
        }
        return "de code `\(shown)` bestaat niet; `plansite uitleg` toont alle codes"
    }

    // MARK: - Parts

    private static func section(_ title: String, _ text: String) -> String {
        title + "\n" + paragraphs(text).joined(separator: "\n\n") + "\n"
    }

    private static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { TextWrap.wrap($0, width: width, indent: "  ").joined(separator: "\n") }
    }

    private static func example(_ title: String, _ example: DiagnosticExample) -> String {
        var out = title + "\n"
        if let lead = example.lead { out += paragraphs(lead).joined(separator: "\n\n") + "\n" }
        if let illustration = example.illustration { out += "\n" + code(illustration) }
        for file in example.files where file.shown {
            if file.change == .whole && file.text.isEmpty {
                out += "  \(file.path) is leeg.\n"
                continue
            }
            out += "  " + caption(file) + "\n\n" + code(file.text)
        }
        return out
    }

    /// "In content/…:" — where the text of an example goes.
    static func caption(_ file: DiagnosticExample.File, path: (String) -> String = { $0 }) -> String {
        switch file.change {
        case .whole: return "Het bestand \(path(file.path)):"
        case .append: return "Aan het eind van \(path(file.path)):"
        case .replacing: return "In \(path(file.path)):"
        }
    }

    private static func code(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "      " + $0 }.joined(separator: "\n") + "\n"
    }

    /// "`A`, `B` of `C`".
    static func listed(_ codes: [String]) -> String {
        let quoted = codes.map { "`\($0)`" }
        guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " of " + last
    }
}
