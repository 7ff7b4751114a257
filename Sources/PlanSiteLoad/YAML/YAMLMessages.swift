import PlanSiteModel
/// libyaml's English problem texts, translated into the Dutch message and hint an editor
/// sees. Matching is on fragments of libyaml's fixed texts (libyaml 0.2.5 as vendored by
/// Yams 6.2.2); anything not matched gets a Dutch generic message, never the English text,
/// so no English reaches the terminal, the JSON output or the preview panel.
enum YAMLMessages {
    static let generic = ("deze YAML kan niet worden gelezen",
                          "controleer het inspringen, de aanhalingstekens en de haakjes op deze regel en de regel erboven")

    /// - Parameters:
    ///   - problem: libyaml's (or Yams') problem text.
    ///   - context: what libyaml was doing ("while scanning an alias"), when it says so.
    static func translate(_ problem: String, context: String? = nil) -> (String, String?) {
        let context = context ?? ""
        if context.contains("scanning an alias") || context.contains("scanning an anchor") {
            return ("een waarde die met `*` of `&` begint, leest YAML als alias of anker",
                    "zet de hele waarde tussen aanhalingstekens, bijvoorbeeld `\"*belangrijk* plan\"`")
        }
        for (fragment, message, hint) in table where problem.contains(fragment) {
            return (message, hint)
        }
        return generic
    }

    /// Fragment of libyaml's problem text → Dutch message and hint. First match wins.
    private static let table: [(String, String, String?)] = [
        ("mapping values are not allowed",
         "een `:` op een plek waar geen nieuwe sleutel kan beginnen",
         "zet tekst met een dubbele punt tussen aanhalingstekens, of controleer het inspringen"),
        // libyaml 0.2.5 names a tab in the indentation itself.
        ("found a tab character", "een tab in het inspringen", "gebruik spaties om in te springen, geen tabs"),
        ("found character that cannot start any token",
         "een teken waarmee geen YAML-waarde kan beginnen (vaak een tab)", "gebruik spaties om in te springen, geen tabs"),
        ("did not find expected key", "hier werd een sleutel verwacht", "controleer het inspringen van deze regel en de regel erboven"),
        ("could not find expected ':'", "een sleutel zonder `:`", "schrijf `sleutel: waarde`"),
        ("did not find expected '-' indicator", "een lijstelement zonder `-` of met verkeerd inspringen", "controleer het inspringen van de lijst"),
        ("found unexpected end of stream", "het bestand houdt op midden in een waarde", "sluit aanhalingstekens of haakjes"),
        ("did not find expected ',' or ']'", "een lijst `[...]` die niet goed wordt gesloten", "sluit de lijst met `]` en scheid elementen met `,`"),
        ("did not find expected ',' or '}'", "een map `{...}` die niet goed wordt gesloten", "sluit de map met `}` en scheid paren met `,`"),
        ("found unknown escape character", "een onbekende escape (`\\`) tussen dubbele aanhalingstekens", "gebruik enkele aanhalingstekens of schrijf `\\\\`"),
        ("found invalid Unicode character escape code", "een ongeldige `\\u`- of `\\x`-escape tussen dubbele aanhalingstekens", "gebruik enkele aanhalingstekens of schrijf `\\\\`"),
        ("did not find expected hexdecimal number", "een ongeldige `\\u`- of `\\x`-escape tussen dubbele aanhalingstekens", "gebruik enkele aanhalingstekens of schrijf `\\\\`"),
        ("block sequence entries are not allowed", "een lijstelement (`- `) op een plek waar geen lijst kan beginnen", "controleer het inspringen van deze regel"),
        ("mapping keys are not allowed", "een sleutel (`? `) op een plek waar geen sleutel kan staan", "controleer het inspringen van deze regel"),
        ("did not find expected node content", "hier werd een waarde verwacht",
         "zet tekst die met een leesteken begint tussen aanhalingstekens"),
        ("but found another document", "het bestand bevat meer dan één YAML-document",
         "een regel met alleen `---` begint een nieuw document; verwijder die regel"),
        ("did not find expected <document start>", "na het einde van het YAML-document staat nog tekst",
         "een regel met `---` of `...` beëindigt het document; verwijder die regel"),
        ("found unexpected document indicator", "een regel met `---` of `...` midden in een waarde",
         "sluit de aanhalingstekens op de regel ervoor"),
        ("Maximum nesting level reached", "de YAML is te diep genest",
         "plansite-bestanden hebben maar een paar niveaus; controleer de haakjes en het inspringen"),
        ("found unexpected ':'", "een `:` op een onverwachte plek", "zet tekst met een dubbele punt tussen aanhalingstekens"),
        ("did not find expected comment or line break", "na deze waarde mag op de regel alleen nog commentaar (`# ...`) staan",
         "zet de hele waarde tussen aanhalingstekens"),
        ("did not find expected whitespace or line break", "hier werd een spatie of het einde van de regel verwacht",
         "zet de hele waarde tussen aanhalingstekens"),
        ("found an indentation indicator equal to 0", "een blok-tekst (`|` of `>`) met inspringing 0", "schrijf `|` of `|2`, niet `|0`"),
        ("found undefined alias", "een alias zonder bijbehorend anker", "schrijf de waarde uit"),
        ("tag", "een YAML-tag (`!`) die plansite niet kent", "zet een waarde die met `!` begint tussen aanhalingstekens"),
        ("'!'", "een YAML-tag (`!`) die plansite niet kent", "zet een waarde die met `!` begint tussen aanhalingstekens"),
        ("URI", "een YAML-tag (`!`) die plansite niet kent", "zet een waarde die met `!` begint tussen aanhalingstekens"),
        ("directive", "een YAML-directive (`%`) die plansite niet kent", "zet een waarde die met `%` begint tussen aanhalingstekens"),
        ("version", "een YAML-directive (`%YAML`) die plansite niet kent", "verwijder de regel met `%YAML`"),
        ("incompatible YAML document", "een YAML-versie die plansite niet kent", "verwijder de regel met `%YAML`"),
        ("control characters are not allowed", "een onzichtbaar stuurteken, dat in YAML niet is toegestaan",
         "verwijder het teken (vaak meegekopieerd uit een ander programma)"),
        ("input is too long", "het bestand is te groot om te lezen", nil),
    ]
}
