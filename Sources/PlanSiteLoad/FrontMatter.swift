import PlanSiteModel
/// Splits a Markdown file into its YAML front matter and its body, remembering where the
/// body starts so every Markdown position can be reported in the file's own lines.
public struct FrontMatterSplit: Sendable {
    /// The YAML text (without the `---` fences), or nil when the file has none.
    public var yaml: String?
    /// The Markdown body.
    public var body: String
    /// How many lines precede the body (fences and YAML included).
    public var bodyLineOffset: Int
    /// How many lines precede the YAML text (the opening fence).
    public var yamlLineOffset: Int { 1 }

    public static func split(_ file: SourceFile) -> Result<FrontMatterSplit, Diagnostic> {
        guard let first = file.lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .success(FrontMatterSplit(yaml: nil, body: file.text, bodyLineOffset: 0))
        }
        for index in 1..<file.lines.count {
            let line = file.lines[index].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let yaml = String(file.lines.joined(1..<index))
                let body = String(file.lines.joined((index + 1)..<file.lines.count))
                return .success(FrontMatterSplit(yaml: yaml, body: body, bodyLineOffset: index + 1))
            }
        }
        return .failure(Diagnostic(
            .markdownUnterminatedFrontMatter, at: file.start,
            "front matter wordt geopend met `---` maar nergens gesloten",
            hint: "zet een regel met alleen `---` onder de laatste regel van de front matter"))
    }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> Substring {
        var s = self[...]
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return Substring(s)
    }
}
