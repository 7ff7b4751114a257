/// `YAML`: the data files (site, region, document, begrippen, overlegvormen, agenda) and
/// the front matter of a Markdown file.
extension DiagnosticCode {
    var yamlExplanation: DiagnosticExplanation? {
        let regio = ExamplePath.region + "regio.yaml"
        let visie = ExamplePath.visie + "document.yaml"
        switch self {
        case .yamlSyntax:
            return DiagnosticExplanation(
                meaning: """
                    plansite kan een YAML-bestand (of de front matter van een Markdown-bestand) niet lezen: de \
                    tekst volgt de regels van YAML niet. Vaak gaat het om een dubbele punt met een spatie erna in \
                    een tekst zonder aanhalingstekens, een regel die met een tab is ingesprongen, of een lijst \
                    waarvan de regels niet even ver zijn ingesprongen. De melding wijst de plek aan waar het lezen \
                    vastliep; de eigenlijke fout staat soms een regel hoger. Een lijst `[...]`, map `{...}` of tekst \
                    tussen aanhalingstekens die nergens wordt gesloten, wijst de melding aan waar die begint. \
                    plansite leest van het bestand wat op zichzelf wel te lezen is (elk veld, elk gremium of begrip \
                    in een lijst), zodat het hoofdstuk, het document of het gremium blijft bestaan: verwijzingen \
                    ernaar geven dan geen fouten erbij. Pas als deze fout is opgelost, meldt plansite wat er verder \
                    in het bestand niet klopt.
                    """,
                wrong: .whole(regio, """
                    naam: Regio Voorbeeld
                    gemeenten: [Dijkhoven, Lindewaard, Molenbroek]
                    omschrijving: Let op: drie gemeenten werken samen.
                    """),
                right: .whole(regio, """
                    naam: Regio Voorbeeld
                    gemeenten: [Dijkhoven, Lindewaard, Molenbroek]
                    omschrijving: "Let op: drie gemeenten werken samen."
                    """),
                fix: """
                    Zet een tekst met `: ` erin, of die begint met `[`, `{`, `*`, `&`, `#` of `@`, tussen \
                    aanhalingstekens. Spring in met spaties, nooit met tabs, en zet wat bij elkaar hoort even ver in.
                    """)
        case .yamlDuplicateKey:
            return DiagnosticExplanation(
                meaning: """
                    Dezelfde sleutel staat twee keer in één groep. YAML staat dat niet toe, en plansite kan niet \
                    weten welke van de twee waarden je bedoelt. De melding staat bij de tweede en noemt de regel \
                    van de eerste.
                    """,
                wrong: .whole(regio, """
                    naam: Regio Voorbeeld
                    gemeenten: [Dijkhoven, Lindewaard]
                    gemeenten: [Molenbroek]
                    """),
                right: .whole(regio, """
                    naam: Regio Voorbeeld
                    gemeenten: [Dijkhoven, Lindewaard, Molenbroek]
                    """),
                fix: "Voeg de twee samen tot één sleutel, of verwijder de sleutel die niet klopt.")
        case .yamlUnknownKey:
            return DiagnosticExplanation(
                meaning: """
                    Een sleutel die plansite op deze plek niet kent: een tikfout (`titell`), een Engelse of \
                    oude naam, of een sleutel die in een ander bestand hoort. plansite slaat zo'n sleutel niet \
                    stil over, want dan verdwijnt de waarde zonder dat iemand het merkt. De melding noemt de \
                    sleutel die je waarschijnlijk bedoelde.
                    """,
                wrong: .whole(visie, """
                    titel: Regiovisie jeugdhulp 2023
                    soort: regiovisie
                    niveaus: []
                    periode: { van: 2023, tot: 2028 }
                    auteur: Team jeugd van Regio Voorbeeld
                    """),
                right: .whole(visie, """
                    titel: Regiovisie jeugdhulp 2023
                    soort: regiovisie
                    niveaus: []
                    periode: { van: 2023, tot: 2028 }
                    # auteur: Team jeugd van Regio Voorbeeld
                    """),
                fix: """
                    Verbeter de spelling (sleutels zijn Nederlands, met kleine letters en koppeltekens, zonder \
                    accenten), of verplaats de sleutel naar het bestand waar hij hoort. Is het een notitie voor \
                    jezelf, maak er dan commentaar van met `#`. `docs/inhoud.md` noemt per bestand alle sleutels.
                    """)
        case .yamlWrongType:
            return DiagnosticExplanation(
                meaning: """
                    Een waarde van de verkeerde soort: tekst waar een lijst hoort, een lijst waar een groep \
                    (sleutel: waarde) hoort, of een getal waar iets anders staat. plansite leest de waarde dan niet.
                    """,
                wrong: .whole(visie, """
                    titel: Regiovisie jeugdhulp 2023
                    soort: regiovisie
                    niveaus: geen
                    """),
                right: .whole(visie, """
                    titel: Regiovisie jeugdhulp 2023
                    soort: regiovisie
                    niveaus: []
                    """),
                fix: """
                    Schrijf een lijst als `[a, b]` of als regels die met `- ` beginnen, een lege lijst als `[]`, \
                    en een groep als `{ sleutel: waarde }` of als ingesprongen regels. De melding zegt welke \
                    soort er hoort.
                    """)
        case .yamlMissingField:
            return DiagnosticExplanation(
                meaning: """
                    Een verplichte sleutel ontbreekt, bijvoorbeeld `gemeenten` in `regio.yaml`, `titel` in \
                    `document.yaml` of de front matter met `titel` bovenaan een hoofdstuk. Zonder die waarde \
                    kan plansite de pagina niet maken.
                    """,
                wrong: .whole(regio, """
                    naam: Regio Voorbeeld
                    website: "https://voorbeeld.example/"
                    """),
                right: .whole(regio, """
                    naam: Regio Voorbeeld
                    gemeenten: [Dijkhoven, Lindewaard, Molenbroek]
                    website: "https://voorbeeld.example/"
                    """),
                fix: "Voeg de sleutel toe die de melding noemt. `docs/inhoud.md` zegt per bestand welke sleutels verplicht zijn.")
        case .yamlInvalidValue:
            return DiagnosticExplanation(
                meaning: """
                    De soort waarde klopt, maar de waarde zelf mag niet: een keuze die niet in de lijst staat \
                    (`soort: plan`), een naam met tekens die niet in een webadres passen, een webadres dat niet \
                    met `https://` begint, of een `periode` waarvan `tot` vóór `van` ligt.
                    """,
                wrong: .whole(visie, """
                    titel: Regiovisie jeugdhulp 2023
                    soort: visie
                    niveaus: []
                    """),
                right: .whole(visie, """
                    titel: Regiovisie jeugdhulp 2023
                    soort: regiovisie
                    niveaus: []
                    """),
                fix: "Kies een van de waarden die de melding noemt, of schrijf de waarde in de vorm die de melding vraagt.")
        case .yamlAnchorOrAlias:
            return DiagnosticExplanation(
                meaning: """
                    Een YAML-anker (`&naam`) of -alias (`*naam`). Daarmee kun je in YAML een waarde hergebruiken, \
                    maar een paar regels kunnen zo uitgroeien tot een bestand dat niemand kan lezen. plansite \
                    weigert ze daarom, in elk YAML-bestand en in front matter.
                    """,
                wrong: .whole(regio, """
                    naam: &naam Regio Voorbeeld
                    gemeenten: [Dijkhoven, Lindewaard, Molenbroek]
                    omschrijving: *naam
                    """),
                right: .whole(regio, """
                    naam: Regio Voorbeeld
                    gemeenten: [Dijkhoven, Lindewaard, Molenbroek]
                    omschrijving: Regio Voorbeeld
                    """),
                fix: """
                    Schrijf de waarde elke keer uit. Begint een tekst met `&` of `*`, zet hem dan tussen \
                    aanhalingstekens: `"*met sterretje"`.
                    """)
        default:
            return nil
        }
    }
}
