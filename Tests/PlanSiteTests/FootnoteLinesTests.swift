import Testing
@testable import PlanSiteCheck
@testable import PlanSiteModel

/// The footnote check reads only the lines `FootnoteLines` finds on the file's bytes; it must
/// find exactly the lines that reading every line as characters finds.
@Suite struct FootnoteLinesTests {
    /// Every line as characters: what the check read before.
    static func byCharacters(_ file: SourceFile) -> [Int] {
        var found: [Int] = []
        var inFence = false
        var inFrontMatter = file.lines.first == "---"
        for (index, line) in file.lines.enumerated() {
            if inFrontMatter {
                if index > 0 && (line == "---" || line == "...") { inFrontMatter = false }
                continue
            }
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if !inFence && line.contains("^") { found.append(index) }
        }
        return found
    }

    @Test func theLinesFoundOnBytesAreTheLinesFoundOnCharacters() {
        let texts = [
            "",
            "Tekst[^1].\n\n[^1]: Noot.\n",
            "---\ntitel: A^\n---\nTekst[^a]\n",
            "---\ntitel: A\n...\n^ na\n",
            "Eerst ^\n---\nNiet meer front matter ^\n",
            "```\n[^1] in code\n```\nBuiten[^1]\n",
            "   ~~~ taal\n^\n   ~~~\n^ na\n",
            "``\u{301}`\n^ geen hek\n",
            "```\u{301}\n^ hek gevolgd door een teken dat samenvoegt\n",
            " \u{301}```\n^\n",
            "````\n^\n````\n^\n",
            "geen afsluiting\n```\n^\n",
            "🙂 ^\n\n\n^",
        ]
        for text in texts {
            let file = SourceFile(relativePath: "a.md", displayPath: "a.md", text: text)
            let found = FootnoteLines(file).lines
            #expect(found.map(\.index) == Self.byCharacters(file), "\(text.debugDescription)")
            #expect(found.map(\.text) == found.map { String(file.lines[$0.index]) })
        }
    }

    /// A reference's column is the character after its `[^`, whether the check read the
    /// line as scalars (accents, ’, –, €: each scalar a character) or as characters
    /// (combining marks, emoji): counted here on the line's Characters.
    @Test func referenceColumnsCountCharactersOnEitherPath() {
        let lines = [
            "Café – ‘zorg’ “jeugd” … €5[^een] en naïef[^twee].",
            "e\u{301}e\u{301} [^drie] 🇳🇱 [^vier]",
            "👩‍👩‍👧[^vijf] – [^zes]",
            "ascii [^zeven] only",
        ]
        for line in lines {
            let file = SourceFile(relativePath: "a.md", displayPath: "a.md", text: line + "\n")
            let found = FootnoteChecks.check(FootnoteLines(file), in: file).filter { $0.code == .fnUndefined }
            let characters = Array(line)
            var expected: [Int] = []
            for i in characters.indices.dropLast() where characters[i] == "[" && characters[i + 1] == "^" { expected.append(i + 2) }
            #expect(found.map(\.location.column) == expected, "\(line.debugDescription)")
        }
    }
}
