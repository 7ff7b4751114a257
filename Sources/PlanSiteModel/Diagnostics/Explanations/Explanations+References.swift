/// `REF`: references (`soort:id`), links by path, and images.
extension DiagnosticCode {
    var referenceExplanation: DiagnosticExplanation? {
        let opgave1 = ExamplePath.programma + "02-opgave-1.md"
        let visie = ExamplePath.visie + "01-visie.md"
        let begrippen = ExamplePath.region + "begrippen.yaml"
        // The begrip `residentiele-jeugdhulp` of the example site, with `link` in its betekenis.
        func residentieel(_ link: String) -> String {
            """
              - id: residentiele-jeugdhulp
                term: Residentiële jeugdhulp
                betekenis: >-
                  Jeugdhulp waarbij een jeugdige dag en nacht ergens anders woont dan thuis,
                  bijvoorbeeld in een behandelgroep. Zie ook
                  \(link).
            """
        }
        switch self {
        case .refUnknownTarget:
            return DiagnosticExplanation(
                meaning: """
                    Een verwijzing (`soort:nummer`, `gremium:id`, `begrip:id`, `bijlage:N` …) waarvan de soort \
                    bestaat, maar het doel niet: er is geen actielijn 1.3, geen bijlage 4, geen maatregel 9.1. \
                    Vaak is het een tikfout of een nummer dat na een herindeling is veranderd; de melding noemt \
                    de nummers die er wel zijn.
                    """,
                wrong: .append(opgave1, "Zie ook [actielijn 1.3](actielijn:1.3)."),
                right: .append(opgave1, "Zie ook [actielijn 1.2](actielijn:1.2)."),
                fix: """
                    Verbeter het nummer of de id. Bestaat het doel in een ander document, zet dan `@document` \
                    erachter (`opgave:2@regiovisie-2023`). Moet het onderdeel nog worden vastgelegd, doe dat dan \
                    eerst (`docs/inhoud.md`, "De genummerde opbouw van een plan").
                    """)
        case .refUnknownKind:
            return DiagnosticExplanation(
                meaning: """
                    Een verwijzing `soort:…` met een soort die dit document niet kent. De soorten zijn de \
                    `niveaus` van het document in kleine letters (`opgave`, `actielijn`), en verder `hoofdstuk`, \
                    `bijlage`, `gremium`, `begrip`, `maatregel` en `ha-thema`. Een soort van een ander document \
                    werkt alleen met `@document` erachter.
                    """,
                wrong: .append(opgave1, "Zie [actie 1.1](actie:1.1)."),
                right: .append(opgave1, "Zie [actielijn 1.1](actielijn:1.1)."),
                fix: """
                    Gebruik een soort uit de lijst in de melding. Verwijs je naar een onderdeel van een ander \
                    document, zet dan `@document` erachter: `themalijn:1@uitvoeringsplan-2025`.
                    """)
        case .refMissingFile:
            return DiagnosticExplanation(
                meaning: """
                    Een link met een pad leidt niet naar een pagina of afbeelding. Een pad in een link noemt \
                    een Markdown-bestand (`.md`) of een afbeelding in de inhoudsmap, geteld vanaf het bestand \
                    waarin de link staat. Drie gevallen: het bestand bestaat niet (een tikfout, of een andere \
                    map); het pad noemt een YAML-bestand (`../overlegvormen.yaml`), dat zelf geen pagina is; of \
                    het pad is het webadres van een pagina die plansite maakt (`../overlegvormen/`, \
                    `../regioprogramma-2024/inleiding/`) in plaats van het bronbestand. De melding zegt welk \
                    geval het is en de hulp noemt wat wel werkt.
                    """,
                wrong: .append(visie, "Zie [de inleiding](../regioprogramma-2024/inleiding/) en [de overleggen](../overlegvormen.yaml)."),
                right: .append(visie, "Zie [de inleiding](../regioprogramma-2024/01-inleiding.md) en [de overleggen](overlegvormen:)."),
                fix: """
                    Schrijf het pad van het bronbestand vanaf het bestand waarin je schrijft (`../` is de map \
                    erboven), of een verwijzing: `hoofdstuk:1`, `opgave:2@regioprogramma-2024`. Naar de \
                    pagina met de overlegvormen of de begrippen van de regio verwijs je met `overlegvormen:` of \
                    `begrippen:` (van een andere regio: `overlegvormen:regio`), naar één overleg of begrip \
                    op die pagina met `gremium:id` of `begrip:id`.
                    """)
        case .refMissingAnchor:
            return DiagnosticExplanation(
                meaning: """
                    De link noemt een anker (het deel na `#`) dat op de doelpagina niet bestaat. Ankers maakt \
                    plansite uit de koppen (`## Lokale teams` wordt `#lokale-teams`), uit `{#…}` achter een kop \
                    en uit voetnoten; de melding noemt het anker dat er het meest op lijkt.
                    """,
                wrong: .append(visie, "Zie [de lokale teams](../regioprogramma-2024/01-inleiding.md#lokaal-team)."),
                right: .append(visie, "Zie [de lokale teams](../regioprogramma-2024/01-inleiding.md#lokale-teams)."),
                fix: """
                    Schrijf het anker zoals plansite het maakt: kleine letters, zonder accenten, elk stuk dat \
                    geen letter of cijfer is wordt één `-`. Verwijs je vaak naar een kop, geef hem dan een eigen \
                    anker met `{#naam}`, dat hetzelfde blijft als je de kop herschrijft.
                    """)
        case .refAmbiguous:
            return DiagnosticExplanation(
                meaning: """
                    Een verwijzing zonder `@document` in een bestand van de regio (`begrippen.yaml`, \
                    `overlegvormen.yaml`) past in meer dan één document van de regio. In een regiobestand zoekt \
                    plansite een verwijzing zonder `@` in alle documenten; vindt het er meer dan één, dan kiest \
                    het niet zelf.
                    """,
                setup: .files([
                    .init(ExamplePath.visie + "document.yaml", .whole, """
                        titel: Regiovisie jeugdhulp 2023
                        soort: regiovisie
                        niveaus: [Opgave]
                        """),
                    .init(visie, .append, """
                        ## Dichtbij opgroeien {#opgave:1}

                        ## Passende hulp {#opgave:2}
                        """),
                ], lead: "Stel dat ook de regiovisie opgaven heeft:"),
                wrong: .replacing(begrippen, residentieel("[opgave 2](opgave:2@regioprogramma-2024)"), with: residentieel("[opgave 2](opgave:2)")),
                right: .replacing(begrippen, residentieel("[opgave 2](opgave:2@regioprogramma-2024)"),
                                  with: residentieel("[opgave 2](opgave:2@regioprogramma-2024)")),
                fix: "Zet het document erachter: `opgave:2@regioprogramma-2024`. De melding noemt de vormen waaruit je kiest.")
        case .refOutsideContent:
            return DiagnosticExplanation(
                meaning: """
                    Een pad in een link begint met `/`, of gaat met `../` hoger dan de inhoudsmap. Een pad in \
                    een link telt vanaf het bestand waarin de link staat; een pad dat met `/` begint telt \
                    nergens vanaf, ook niet als het het webadres van een pagina op de site is. Staat zo'n pad \
                    voor een pagina van de site, dan noemt de hulp het pad of de verwijzing die er wel komt.
                    """,
                wrong: .append(visie, "Zie [de inleiding](/regio-voorbeeld/regioprogramma-2024/inleiding/)."),
                right: .append(visie, "Zie [de inleiding](../regioprogramma-2024/01-inleiding.md)."),
                fix: """
                    Schrijf het pad vanaf het bestand waarin je schrijft naar het bronbestand (`../` is de map \
                    erboven), of gebruik een verwijzing (`hoofdstuk:1`, `opgave:1@regioprogramma-2024`). Een \
                    pagina buiten de site krijgt het volledige webadres: `https://…`.
                    """)
        case .refImageWithoutAlt:
            return DiagnosticExplanation(
                meaning: """
                    Een afbeelding zonder alt-tekst: tussen `![` en `]` staat niets. Wie de afbeelding niet kan \
                    zien (een schermlezer, een trage verbinding) krijgt dan niets te horen of te lezen. Een \
                    toegankelijke site vraagt een beschrijving.
                    """,
                setup: DiagnosticExample(lead: "In de map van het regioprogramma staat `kaart.png`.",
                                         files: [.init(ExamplePath.programma + "kaart.png", .whole, "png", shown: false)]),
                wrong: .append(ExamplePath.programma + "01-inleiding.md", "![](kaart.png)"),
                right: .append(ExamplePath.programma + "01-inleiding.md", "![Kaart van Regio Voorbeeld met de drie gemeenten](kaart.png)"),
                fix: """
                    Beschrijf tussen de vierkante haken wat de afbeelding laat zien, in een zin: wat moet de \
                    lezer eruit halen?
                    """)
        case .refImageMissing:
            return DiagnosticExplanation(
                meaning: """
                    Een afbeelding waarvan het bestand niet bestaat, of niet in de inhoudsmap staat. Het pad \
                    telt vanaf het Markdown-bestand. Toegestaan zijn `.png`, `.jpg`, `.jpeg`, `.gif`, `.svg` \
                    en `.webp`, in de map van een document of regio of een map daarin.
                    """,
                setup: DiagnosticExample(lead: "De kaart staat in `afbeeldingen/kaart.png` in de map van het regioprogramma.",
                                         files: [.init(ExamplePath.programma + "afbeeldingen/kaart.png", .whole, "png", shown: false)]),
                wrong: .append(ExamplePath.programma + "01-inleiding.md", "![Kaart van Regio Voorbeeld](afbeelding/kaart.png)"),
                right: .append(ExamplePath.programma + "01-inleiding.md", "![Kaart van Regio Voorbeeld](afbeeldingen/kaart.png)"),
                fix: """
                    Verbeter het pad, of zet het bestand op de plek waar het pad naar wijst. Ontbreekt de \
                    afbeelding in de bron, verzin haar dan niet: meld het in `verantwoording.md`.
                    """)
        case .refUnknownDocument:
            return DiagnosticExplanation(
                meaning: """
                    Een verwijzing noemt na `@` (of in `vervangt` en `vervangen-door`) een document dat niet \
                    bestaat. Een document heet zoals zijn map: `@regioprogramma-2024`, of `@regio/document` voor \
                    een document van een andere regio.
                    """,
                wrong: .append(visie, "Zie [het programma](opgave:1@regioprogramma-2025)."),
                right: .append(visie, "Zie [het programma](opgave:1@regioprogramma-2024)."),
                fix: """
                    Schrijf de mapnaam van het document precies over. Ligt het in een andere regio, zet de \
                    regio ervoor: `@rivierenland/regiovisie-2023`.
                    """)
        default:
            return nil
        }
    }
}
