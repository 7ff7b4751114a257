/// The explanation catalogue as Markdown: `docs/meldingen.md`, made by
/// `plansite uitleg --markdown` from the same catalogue as the terminal text, so the two
/// cannot drift apart (a test compares the committed file with this output).
public enum ExplanationMarkdown {
    static let width = 90

    /// The whole of `docs/meldingen.md`.
    public static func document() -> String {
        var out = "<!-- Gemaakt met `plansite uitleg --markdown > docs/meldingen.md` uit "
            + "Sources/PlanSiteModel/Diagnostics/Explanations/; pas die aan, niet dit bestand. -->\n\n"
            + "# Meldingen van plansite\n\n"
        out += paragraph("""
            Elke melding van plansite heeft een code, zoals `REF003`. Hier staat per code wat de melding \
            betekent, een voorbeeld dat haar geeft, hetzelfde voorbeeld zonder de fout, en hoe je het \
            oplost. In de terminal toont `plansite uitleg REF003` hetzelfde, en `plansite uitleg` de lijst \
            van alle codes. Hoe je een melding leest, staat in [de handleiding](inhoud.md#meldingen-lezen).
            """) + "\n"
        out += paragraph("""
            De voorbeelden gaan uit van de voorbeeldsite in `docs/voorbeeld/`, gekopieerd naar `content/`: \
            zo kun je ze zelf proberen. `plansite check --content docs/voorbeeld` werkt ook, met \
            `docs/voorbeeld/` in plaats van `content/` in de paden.
            """) + "\n"
        out += "| code | soort | betekenis |\n|---|---|---|\n"
        for code in DiagnosticCode.allCases {
            out += "| [`\(code.rawValue)`](#\(code.rawValue.lowercased())) | \(code.defaultSeverity.dutch) | \(code.summary.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        for family in DiagnosticFamily.allCases {
            out += "\n## \(family.title)\n"
            for code in family.codes { out += "\n" + section(for: code) }
        }
        return out
    }

    /// One code's section: `### REF003` and its explanation.
    public static func section(for code: DiagnosticCode) -> String {
        var out = "### \(code.rawValue)\n\n"
        out += paragraph("**\(code.defaultSeverity.dutch)**: \(code.summary)")
        guard let explanation = code.explanation else { return out }
        out += "\n" + paragraph(explanation.meaning)
        if let setup = explanation.setup { out += "\n" + example("Uitgangssituatie.", setup) }
        out += "\n" + example("Verkeerd.", explanation.wrong)
        out += "\n" + example("Goed.", explanation.right)
        out += "\n" + paragraph("**Zo los je het op.** " + explanation.fix)
        return out
    }

    // MARK: - Parts

    private static func paragraph(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { TextWrap.wrap($0, width: width).joined(separator: "\n") + "\n" }
            .joined(separator: "\n")
    }

    private static func example(_ title: String, _ example: DiagnosticExample) -> String {
        var out = paragraph("**\(title)**" + (example.lead.map { " " + $0 } ?? ""))
        if let illustration = example.illustration { out += "\n" + fence(illustration, language: "text") }
        for file in example.files where file.shown {
            if file.change == .whole && file.text.isEmpty {
                out += "\n" + paragraph("Het bestand `\(file.path)` is leeg.")
                continue
            }
            out += "\n" + paragraph(ExplanationText.caption(file, path: { "`\($0)`" })) + "\n" + fence(file.text, language: language(of: file.path))
        }
        return out
    }

    private static func fence(_ text: String, language: String) -> String {
        "```\(language)\n\(text)\n```\n"
    }

    private static func language(of path: String) -> String {
        if path.hasSuffix(".md") { return "markdown" }
        if path.hasSuffix(".yaml") { return "yaml" }
        if path.hasSuffix(".css") { return "css" }
        return "text"
    }
}
