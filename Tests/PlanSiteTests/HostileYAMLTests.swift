import Foundation
import Testing

/// Hostile YAML, run as a user would: `plansite check` as a bounded process on a scratch copy
/// of the bundled content, with one file replaced. Each case checks that it finishes, the
/// exit status, the code, the exact `file:line:column` (counted by hand from the text written
/// here) and that the message is Dutch.
@Suite struct HostileYAMLTests {
    static let regio = "content/rivierenland/regio.yaml"
    static let chapter = "content/rivierenland/regiovisie-2023/01-inleiding.md"

    /// English that libyaml or Yams would print; none of it may reach the user.
    static let english = ["control characters", "but found", "another document", "Maximum nesting", "did not find",
                          "while parsing", "while scanning", "found unexpected", "could not find", "are not allowed",
                          "found undefined", "YamlError", "Mark(", "line:", "column:"]

    /// "Billion laughs": nine levels of nine aliases each; expanded it is 9^9 strings.
    static let aliasBomb = """
        naam: Rivierenland
        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        gemeenten: [*h, *h, *h, *h, *h, *h, *h, *h, *h]

        """

    // MARK: - Helpers

    /// A scratch folder with a copy of `content/` in which `files` are replaced.
    private func content(_ files: [String: String], name: String = #function) throws -> URL {
        let root = try TestSupport.scratch(name)
        try TestSupport.copyTree(TestSupport.bundledContent, to: root.appendingPathComponent("content"))
        try TestSupport.write(files, into: root)
        return root
    }

    private func check(_ root: URL, json: Bool = false) throws -> TestSupport.TimedResult {
        try TestSupport.run(["check", "--content", "content"] + (json ? ["--format", "json"] : []), in: root, timeout: 20)
    }

    /// Finished quickly, exit 1, the exact diagnostic line, and no English.
    private func expectRefused(_ run: TestSupport.TimedResult, at position: String, code: String, message: String,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!run.killed, "plansite check did not finish within 20 s", sourceLocation: sourceLocation)
        #expect(run.result.status == 1, "exit status \(run.result.status); stderr:\n\(run.result.stderr)", sourceLocation: sourceLocation)
        let line = "\(position): fout[\(code)]: \(message)\n"
        #expect(run.result.stderr.hasPrefix(line) || run.result.stderr.contains("\n" + line),
                "expected the line\n\(line)in stderr:\n\(run.result.stderr)", sourceLocation: sourceLocation)
        for phrase in Self.english {
            #expect(!run.result.stderr.contains(phrase), "English `\(phrase)` in:\n\(run.result.stderr)", sourceLocation: sourceLocation)
        }
    }

    // MARK: - Anchors and aliases

    @Test func aliasBombIsRefusedAtItsFirstAnchorWithinSeconds() throws {
        let root = try content([Self.regio: Self.aliasBomb])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try check(root)
        // `a: &a`: the anchor starts in column 4 of line 2.
        expectRefused(run, at: "\(Self.regio):2:4", code: "YAML007",
                      message: "een YAML-anker (`&a`) is niet toegestaan; plansite leest geen ankers en aliassen")
        #expect(run.result.stderr.contains("   hulp: schrijf de waarde op elke plek uit"), "\(run.result.stderr)")
    }

    @Test func singleAnchorAndAliasAreRefusedNotExpanded() throws {
        let root = try content([Self.regio: "naam: Rivierenland\ngemeenten: &lijst\n  - Tiel\nomschrijving: *lijst\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        expectRefused(try check(root), at: "\(Self.regio):2:12", code: "YAML007",
                      message: "een YAML-anker (`&lijst`) is niet toegestaan; plansite leest geen ankers en aliassen")
    }

    @Test func aliasIsRefusedAtItsOwnPosition() throws {
        // No anchor at all: the alias itself (line 3, after `  - `) is what is reported.
        let root = try content([Self.regio: "naam: Rivierenland\ngemeenten:\n  - *tiel\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        expectRefused(try check(root), at: "\(Self.regio):3:5", code: "YAML007",
                      message: "een YAML-alias (`*tiel`) is niet toegestaan; plansite leest geen ankers en aliassen")
    }

    @Test func anchorInFrontMatterUsesFileLines() throws {
        // YAML line 1 is file line 2; "titel: " is 7 characters.
        let root = try content([Self.chapter: "---\ntitel: &t Inleiding\nnummer: \"1\"\n---\n\nTekst.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        expectRefused(try check(root), at: "\(Self.chapter):2:8", code: "YAML007",
                      message: "een YAML-anker (`&t`) is niet toegestaan; plansite leest geen ankers en aliassen")
    }

    @Test func ampersandsAndAsterisksInTextAreNoAnchors() throws {
        // Quoted, in a comment, inside a block scalar and inside a plain scalar: all text.
        let regio = """
            naam: "&Rivierenland*"   # *geen alias* &geen-anker
            gemeenten:
              - 'Buren & *Tiel*'
              - Culemborg & Tiel *samen*
            omschrijving: |
              *Nadruk* en &amp; in een blok.
              &geen-anker *geen-alias*

            """
        let root = try content([Self.regio: regio])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try check(root)
        #expect(!run.killed)
        #expect(!run.result.stderr.contains("YAML007"), "\(run.result.stderr)")
        #expect(!run.result.stderr.contains(Self.regio), "\(run.result.stderr)")
    }

    // MARK: - libyaml's messages in Dutch, at their own line

    @Test func controlCharacterIsReportedOnItsLine() throws {
        // U+0001 after "  - Bu" (6 characters) on line 3.
        let root = try content([Self.regio: "naam: Rivierenland\ngemeenten:\n  - Bu\u{01}ren\n  - Tiel\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        expectRefused(try check(root), at: "\(Self.regio):3:7", code: "YAML001",
                      message: "een onzichtbaar stuurteken, dat in YAML niet is toegestaan (U+0001)")
    }

    @Test func secondDocumentGetsADutchMessage() throws {
        let root = try content([Self.regio: "naam: Rivierenland\ngemeenten: [Tiel]\n---\nnaam: Nog een\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        expectRefused(try check(root), at: "\(Self.regio):3:1", code: "YAML001",
                      message: "het bestand bevat meer dan één YAML-document")
    }

    @Test func deepNestingGetsADutchMessage() throws {
        let root = try content([Self.regio: "naam: Rivierenland\ngemeenten: " + String(repeating: "[", count: 2000) + "\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try check(root)
        #expect(!run.killed)
        #expect(run.result.status == 1)
        #expect(run.result.stderr.contains("\(Self.regio):2:"), "\(run.result.stderr)")
        #expect(run.result.stderr.contains("fout[YAML001]: de YAML is te diep genest"), "\(run.result.stderr)")
    }

    @Test func jsonOutputHasNoEnglishLibyamlPhrase() throws {
        let root = try content([
            Self.regio: Self.aliasBomb,
            "content/noord-veluwe/regio.yaml": "naam: Noord-Veluwe\ngemeenten:\n  - Elb\u{07}urg\n",
            "content/rijk-van-nijmegen/regio.yaml": "naam: Rijk van Nijmegen\ngemeenten: [Nijmegen]\n---\n- x\n",
            "content/centraal-gelderland/regio.yaml": "naam: Centraal\ngemeenten: " + String(repeating: "{a: ", count: 1500) + "\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try check(root, json: true)
        #expect(!run.killed)
        #expect(run.result.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.result.stdout.utf8)) as? [[String: Any]]
        let diagnostics = try #require(parsed, "stdout is no JSON list:\n\(run.result.stdout)")
        let yaml = diagnostics.filter { ($0["code"] as? String)?.hasPrefix("YAML") == true }
        #expect(Set(yaml.compactMap { $0["file"] as? String }) == [
            Self.regio, "content/noord-veluwe/regio.yaml", "content/rijk-van-nijmegen/regio.yaml", "content/centraal-gelderland/regio.yaml",
        ])
        for diagnostic in diagnostics {
            let text = "\(diagnostic["message"] ?? "") \(diagnostic["hint"] ?? "")"
            for phrase in Self.english {
                #expect(!text.contains(phrase), "English `\(phrase)` in \(diagnostic)")
            }
        }
        let bomb = yaml.first { $0["file"] as? String == Self.regio }
        #expect(bomb?["code"] as? String == "YAML007")
        #expect(bomb?["line"] as? Int == 2)
        #expect(bomb?["column"] as? Int == 4)
        let control = yaml.first { $0["file"] as? String == "content/noord-veluwe/regio.yaml" }
        #expect(control?["line"] as? Int == 3)
        #expect(control?["column"] as? Int == 8)
    }
}
