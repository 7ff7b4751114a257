import PlanSiteModel
/// The schema diagnostics of the YAML family, each message shape and hint written once:
/// `YAML004` (a value of the wrong kind), `YAML005` (a required field is missing) and
/// `YAML006` (a value that is not allowed). The parser, `MappingReader` and the schema
/// readers call these; no other file names those three codes.
extension Diagnostic {
    // MARK: - YAML004: a value of the wrong kind

    /// A mapping that is empty (`null`) where keys belong.
    static func emptyMapping(_ what: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: location, "\(what) is leeg; hier hoort een map met sleutels")
    }

    /// A list or text where a mapping belongs.
    static func notAMapping(_ what: String, _ node: YAMLNode) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: node.location, "\(what) moet een map (sleutel: waarde) zijn, maar is \(node.kindName)")
    }

    /// A mapping key that is a list or map (`[a, b]: x`).
    static func keyNotText(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: location, "een sleutel moet tekst zijn, geen lijst of map")
    }

    /// A list or map where text belongs.
    static func notText(_ key: String, _ node: YAMLNode) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: node.location, "`\(key)` moet tekst zijn, maar is \(node.kindName)")
    }

    /// An element of a list of texts that is itself a list, a map or empty.
    static func listElementNotText(_ key: String, _ item: YAMLNode) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: item.location, "elk element van `\(key)` moet tekst zijn, maar dit is \(item.kindName)")
    }

    /// A map where a list of texts (or one text) belongs.
    static func textListIsMapping(_ key: String, _ node: YAMLNode) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: node.location, "`\(key)` moet een lijst zijn, maar is een map")
    }

    /// Text or a map where a list of mappings belongs.
    static func notAList(_ key: String, _ node: YAMLNode) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: node.location, "`\(key)` moet een lijst zijn (regels die met `- ` beginnen), maar is \(node.kindName)")
    }

    /// Text that is not a whole number.
    static func notAnInteger(_ key: String, _ text: Located<String>) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: text.location, "`\(key)` moet een geheel getal zijn, maar is `\(text.value)`",
                   hint: "schrijf bijvoorbeeld `\(key): 2024`")
    }

    /// Text that is not `true` or `false`.
    static func notABool(_ key: String, _ text: Located<String>) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: text.location, "`\(key)` moet `true` of `false` zijn, maar is `\(text.value)`")
    }

    /// `niveaus` in document.yaml written as text or a map.
    static func niveausNotAList(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: location, "`niveaus` moet een lijst zijn, bijvoorbeeld `[Opgave, Actielijn]` of `[]`")
    }

    /// A cell of a document's hervormingsagenda.yaml written as a list.
    static func agendaCellIsList(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: location, "een cel is `geheel`, tekst of een map, geen lijst",
                   hint: "schrijf `{ onderdelen: [\"4.4\", \"4.5\"] }`")
    }

    /// A `per-onderdeel` entry of a cell whose value is not text.
    static func perOnderdeelNotText(_ onderdeel: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: location, "de tekst bij onderdeel \(onderdeel) moet tekst zijn")
    }

    /// `onderdelen` of a cell written as one text or a map instead of a list.
    static func cellOnderdelenNotAList(_ node: YAMLNode) -> Diagnostic {
        Diagnostic(.yamlWrongType, at: node.location, "`onderdelen` is altijd een lijst",
                   hint: "schrijf `onderdelen: [\"\(node.scalar ?? "4.4")\"]`")
    }

    // MARK: - YAML005: a required field is missing

    /// A mapping without one of its required keys, reported at the mapping.
    static func missingField(_ key: String, in what: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlMissingField, at: location, "\(what) mist het verplichte veld `\(key)`",
                   hint: "voeg `\(key): ...` toe")
    }

    /// A required key written without a value (`titel:` or `titel: ""`), reported at the key:
    /// read as absent, it gave the page its file's name as a title without a word.
    static func emptyField(_ key: String, in what: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlMissingField, at: location, "het verplichte veld `\(key)` in \(what) is leeg",
                   hint: "vul het in: `\(key): ...`")
    }

    /// A chapter or bijlage without front matter, so without its required `titel`.
    static func missingFrontMatter(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlMissingField, at: location, "dit bestand heeft geen front matter met `titel`",
                   hint: "begin het bestand met\n---\ntitel: ...\n---")
    }

    // MARK: - YAML006: a value that is not allowed

    /// A name outside its `IdentifierRule`, refused where it is written.
    static func refusedIdentifier(_ text: Located<String>, key: String, rule: IdentifierRule) -> Diagnostic {
        Diagnostic(.yamlInvalidValue, at: text.location,
                   "`\(key)` mag \(rule.requirement) bevatten, maar is `\(shortened(text.value))`",
                   hint: rule.suggestion(for: text.value).map { "bedoelde je `\(key): \($0)`?" })
    }

    /// An address outside its `URLRule`.
    static func refusedURL(_ text: Located<String>, key: String, rule: URLRule) -> Diagnostic {
        Diagnostic(.yamlInvalidValue, at: text.location,
                   "`\(key)` moet \(rule.requirement) zijn, maar is `\(shortened(text.value))`",
                   hint: "bijvoorbeeld `\(key): https://www.regio.nl/`")
    }

    /// A value outside a closed list of values.
    static func notAChoice(_ text: Located<String>, key: String, among allowed: [String]) -> Diagnostic {
        Diagnostic(.yamlInvalidValue, at: text.location,
                   "`\(text.value)` is geen geldige waarde voor `\(key)`",
                   hint: EditDistance.suggestion(text.value, in: allowed) ?? "kies uit \(allowed.map { "`\($0)`" }.joined(separator: ", "))")
    }

    /// A chapter or bijlage `nummer` that is not a (dotted) number.
    static func invalidPageNumber(_ nummer: Located<String>) -> Diagnostic {
        Diagnostic(.yamlInvalidValue, at: nummer.location, "`nummer` moet een getal zijn zoals \"3\" of \"3.1\", maar is `\(nummer.value)`")
    }

    /// `periode.tot` before `periode.van`, reported at `tot`.
    static func periodeReversed(van: Int, tot: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlInvalidValue, at: location, "`periode.tot` (\(tot)) ligt vóór `periode.van` (\(van))")
    }

    /// A fourth level in `niveaus`, reported at the first one too many.
    static func tooManyNiveaus(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlInvalidValue, at: location, "een plan heeft ten hoogste drie niveaus")
    }

    /// A level name that cannot become part of an entity URL.
    static func niveauNotLetters(_ niveau: Located<String>) -> Diagnostic {
        Diagnostic(.yamlInvalidValue, at: niveau.location, "de naam van een niveau mag alleen letters a-z bevatten (zonder accenten): `\(niveau.value)`")
    }

    /// A level named twice in `niveaus`, reported at the second.
    static func niveauTwice(_ niveau: Located<String>) -> Diagnostic {
        Diagnostic(.yamlInvalidValue, at: niveau.location, "het niveau `\(niveau.value)` staat twee keer in `niveaus`")
    }

    /// A refused value as shown in a message: at most 60 characters.
    private static func shortened(_ value: String) -> String {
        value.count > 60 ? String(value.prefix(60)) + "…" : value
    }
}
