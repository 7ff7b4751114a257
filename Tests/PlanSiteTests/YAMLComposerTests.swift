import Foundation
import Testing
@testable import PlanSiteLoad
@testable import PlanSiteModel

/// `YAMLComposer` builds the tree from libyaml's events for plain YAML and leaves the rest
/// to Yams (`YAMLParser.parseWithYams`). Where it builds a tree, that tree must be the one
/// the Yams way builds, node for node, with every location and every scalar's plainness;
/// where the text is not plain, it must hand the text on, so errors keep one source.
@Suite struct YAMLComposerTests {
    /// The tree as text: every node's kind, location and value, in order.
    static func describe(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        let at = "\(node.location.line):\(node.location.column)"
        switch node.kind {
        case .scalar(let text, let plain): return "\(at) \(plain ? "plain" : "quoted") \(text.debugDescription)"
        case .sequence(let items): return "\(at) [" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "\(at) {" + pairs.map { "\($0.keyLocation.line):\($0.keyLocation.column) \($0.key.debugDescription): \(describe($0.value))" }
                .joined(separator: ", ") + "}"
        }
    }

    static func composed(_ text: String, lineOffset: Int = 0) -> String? {
        let file = SourceFile(relativePath: "a.yaml", displayPath: "a.yaml", text: text)
        guard case .root(let root) = YAMLComposer.compose(text, file: file, lineOffset: lineOffset) else { return nil }
        return describe(root)
    }

    static func throughYams(_ text: String, lineOffset: Int = 0) -> String? {
        let file = SourceFile(relativePath: "a.yaml", displayPath: "a.yaml", text: text)
        guard case .success(let root) = YAMLParser.parseWithYams(text, in: file, lineOffset: lineOffset) else { return nil }
        return describe(root)
    }

    @Test func plainTextGivesTheTreeYamsGives() throws {
        var texts = [
            "", "# alleen commentaar\n", "---\n", "naam: Rivierenland\n", "a: 1\nb: \"2\"\nc: '3'\nd:\ne: ~\n",
            "lijst:\n  - een\n  - \"twee\"\n  - [drie, vier]\n  - {vijf: 5}\n", "- a\n- b:\n    c: d\n",
            "tekst: |\n  regel een\n  regel twee\nvolgend: >\n  gevouwen\n  tekst\n",
            "café: ‘zorg’ – “jeugd” …\nëën: 🙂\n", "sleutel: !!str 12\n? expliciet\n: waarde\n",
            "diep: {a: [1, [2, [3, {b: c}]]]}\n", "---\nnaam: x\n...\n", "lang: " + String(repeating: "woord ", count: 200) + "\n",
            "veel:\n" + (0..<40).map { "  k\($0): v\($0)\n" }.joined(),
        ]
        // Every YAML file of the bundled content.
        let content = TestSupport.repository.appendingPathComponent("content")
        let files = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for url in files where url.pathExtension == "yaml" { texts.append(try String(contentsOf: url, encoding: .utf8)) }
        #expect(texts.count > 20)
        for text in texts {
            let composed = Self.composed(text, lineOffset: 3)
            #expect(composed != nil, "plain YAML left to Yams: \(text.prefix(80).debugDescription)")
            #expect(composed == Self.throughYams(text, lineOffset: 3), "\(text.prefix(80).debugDescription)")
        }
    }

    @Test func anythingElseIsLeftToYams() {
        let texts = [
            "a: 1\na: 2\n",                                  // a duplicate key
            "veel:\n" + (0..<20).map { "  k\($0): v\($0)\n" }.joined() + "  k3: weer\n",  // one among many
            "[a, b]: c\n", "{a: b}: c\n", "? [a]\n: b\n",    // keys that are not text
            "a: &x 1\nb: *x\n", "a: *x\n", "- &y [1]\n",     // anchors and aliases
            "a: 1\n---\nb: 2\n",                              // a second document
            "a: [1, 2\n", "a:\n\t- b\n", "a: \"open\n", "- a\nb: c\n",  // syntax errors
        ]
        for text in texts {
            #expect(Self.composed(text) == nil, "\(text.debugDescription)")
        }
    }
}
