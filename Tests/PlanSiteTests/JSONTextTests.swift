import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The open-data files are written by plansite's own JSON writer; their bytes must stay what
/// Foundation's JSONSerialization (pretty printed, sorted keys, unescaped slashes) gave, so
/// consumers see no change. Each case is compared with JSONSerialization itself.
@Suite struct JSONTextTests {
    private func foundation(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }

    @Test func escapesLikeJSONSerialization() throws {
        let text = "aanhalingsteken \" backslash \\ slash / tab\t regel\nterug\r \u{8} \u{c} \u{1} \u{1f} é – 😀 <>&'"
        #expect(JSONText.object(["t": .string(text)]).text == (try foundation(["t": text])))
    }

    /// The writer skips eight bytes at a time past text that needs no escape: each character
    /// that does, at every place in texts shorter and longer than a word, is still escaped.
    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "\u{1f}", "\t"])
    func escapesACharacterAtEveryPlace(_ special: String) throws {
        let filler = String(repeating: "ab cë/", count: 5)
        for length in 0...20 {
            for place in 0...length {
                let text = String(filler.prefix(place)) + special + String(filler.prefix(length - place))
                #expect(JSONText.object(["t": .string(text)]).text == (try foundation(["t": text])), "\(text.debugDescription)")
            }
        }
    }

    /// The search index's scripts escape U+2028 and U+2029 wherever they stand.
    @Test func scriptTextEscapesLineSeparatorsAtEveryPlace() {
        for separator in ["\u{2028}", "\u{2029}"] {
            for place in 0...17 {
                let text = String(repeating: "x", count: place) + separator + "staart"
                var out = ""
                JSONText.quote(text, into: &out, forScript: true)
                let escaped = separator == "\u{2028}" ? "\\u2028" : "\\u2029"
                #expect(out == "\"" + String(repeating: "x", count: place) + escaped + "staart\"")
            }
        }
    }

    /// The scan goes from a marked byte straight to the next one and reads a string's last
    /// bytes as one word: two characters, each to escape or not ("…" shares its first byte
    /// with U+2028), at every pair of places in texts up to two words long, read as a
    /// reference that looks at each character alone would write them.
    @Test func scriptTextEscapesEveryPairOfPlaces() {
        func reference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                case "\u{1}": out += "\\u0001"
                case "\u{2028}": out += "\\u2028"
                case "\u{2029}": out += "\\u2029"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        let specials = ["\"", "\\", "\n", "\t", "\u{1}", "\u{2028}", "\u{2029}", "…", "–", "é"]
        let filler = Array("abcdefghijklmnopqrs")
        for length in 0...16 {
            for first in specials {
                for second in specials {
                    for p in 0...length {
                        for q in p...length {
                            var text = String(filler[0..<p]) + first + String(filler[p..<q]) + second
                            text += String(filler[q..<length])
                            var out = ""
                            JSONText.quote(text, into: &out, forScript: true)
                            var bytes: [UInt8] = []
                            JSONText.quote(text, into: &bytes, forScript: true)
                            #expect(out == reference(text), "\(text.debugDescription)")
                            #expect(String(decoding: bytes, as: UTF8.self) == out, "\(text.debugDescription)")
                        }
                    }
                }
            }
        }
    }

    /// Keys that differ only in case are left out: JSONSerialization keeps those in hash
    /// order (a different order per run); plansite's keys never differ only in case.
    @Test func ordersKeysLikeJSONSerialization() throws {
        let keys = ["10.1", "2.1", "2.10", "2.2", "b", "C", "a-b", "ab", "per-onderdeel", "onderdelen", "1", "maatregel", "Z"]
        let mine = JSONText.object(Dictionary(uniqueKeysWithValues: keys.map { ($0, JSONText.int(1)) }))
        let theirs = Dictionary(uniqueKeysWithValues: keys.map { ($0, 1) })
        #expect(mine.text == (try foundation(theirs)))
    }

    @Test func nestsAndEmptiesLikeJSONSerialization() throws {
        let mine = JSONText.object([
            "leeg": .array([]), "map": .object([:]), "ja": .bool(true), "nee": .bool(false), "getal": .int(2024),
            "lijst": .array([.object(["x": .array([.string("1.1"), .string("1.2")])]), .object([:])]),
        ])
        let theirs: [String: Any] = [
            "leeg": [Any](), "map": [String: Any](), "ja": true, "nee": false, "getal": 2024,
            "lijst": [["x": ["1.1", "1.2"]], [String: Any]()],
        ]
        #expect(mine.text == (try foundation(theirs)))
    }
}
