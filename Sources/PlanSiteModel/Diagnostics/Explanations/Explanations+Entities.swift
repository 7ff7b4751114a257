/// `ENT`: the numbered parts of a plan (opgaven, actielijnen, themalijnen …).
extension DiagnosticCode {
    var entityExplanation: DiagnosticExplanation? {
        let opgave1 = ExamplePath.programma + "02-opgave-1.md"
        let opgave2 = ExamplePath.programma + "03-opgave-2.md"
        switch self {
        case .entityDuplicate:
            return DiagnosticExplanation(
                meaning: """
                    Hetzelfde onderdeel (`actielijn:1.2`) is twee keer vastgelegd, met `{#…}` of met `id` in \
                    de front matter. Een verwijzing weet dan niet welke van de twee bedoeld is. plansite meldt \
                    het bij de tweede plek en hernoemt nooit zelf.
                    """,
                wrong: .append(opgave1, "### Samen met de kinderopvang {#actielijn:1.2}",
                               lead: "Opgave 1 heeft al `### Samen met het onderwijs {#actielijn:1.2}`."),
                right: .append(opgave1, "### Samen met de kinderopvang {#actielijn:1.3}"),
                fix: """
                    Geef het onderdeel het nummer dat het plan drukt. Is het twee keer hetzelfde onderdeel, haal \
                    dan een van de twee `{#…}` weg en verwijs vanaf die plek met een link (`[](actielijn:1.2)`).
                    """)
        case .entityOutsideParent:
            return DiagnosticExplanation(
                meaning: """
                    Een onderdeel staat niet binnen het onderdeel waar het bij hoort: `actielijn:2.2` hoort bij \
                    `opgave:2` en moet in de pagina van opgave 2 staan, of onder de kop van opgave 2 en vóór de \
                    volgende kop van hetzelfde of een hoger niveau. Ook een onderdeel waarvan de ouder helemaal \
                    niet bestaat, krijgt deze melding.
                    """,
                wrong: .replacing(opgave1, "### Samen met het onderwijs {#actielijn:1.2}", with: "### Samen met het onderwijs {#actielijn:2.2}",
                                  lead: "In de pagina van opgave 1:"),
                right: .replacing(opgave1, "### Samen met het onderwijs {#actielijn:1.2}", with: "### Samen met het onderwijs {#actielijn:1.2}"),
                fix: """
                    Verbeter het nummer als het een tikfout is, of verplaats de tekst met de kop naar de pagina \
                    of sectie van de ouder. De hulp noemt waar de ouder staat.
                    """)
        case .entityNumberingGap:
            return DiagnosticExplanation(
                meaning: """
                    De nummers van onderdelen onder dezelfde ouder lopen niet 1, 2, 3 op in de volgorde van de \
                    tekst: er ontbreekt een nummer, of een nummer staat vóór een lager nummer. Vaak is dat een \
                    tikfout; soms slaat de bron zelf een nummer over. Dit is een waarschuwing: de site wordt \
                    gebouwd, behalve met `--strict`.
                    """,
                wrong: .append(opgave2, "### Gezinshuizen in elke gemeente {#actielijn:2.3}",
                               lead: "Opgave 2 heeft alleen actielijn 2.1:"),
                right: .append(opgave2, "### Gezinshuizen in elke gemeente {#actielijn:2.2}"),
                fix: """
                    Verbeter het nummer. Slaat de bron echt een nummer over, houd dan het nummer van de bron \
                    aan en schrijf dat in `verantwoording.md`; de waarschuwing blijft dan staan.
                    """)
        case .entityUnknownKind:
            return DiagnosticExplanation(
                meaning: """
                    Een `{#soort:nummer}` of een `id` in de front matter noemt een soort die geen niveau van dit \
                    document is, of een nummer dat niet bij het niveau past. De soorten zijn de `niveaus` uit \
                    `document.yaml` in kleine letters, en het aantal delen van het nummer is het niveau: een \
                    opgave heeft `4`, een actielijn `4.1`.
                    """,
                wrong: .append(opgave1, "### Samen met de kinderopvang {#actie:1.3}"),
                right: .append(opgave1, "### Samen met de kinderopvang {#actielijn:1.3}"),
                fix: """
                    Gebruik een soort uit `niveaus` en een nummer met zoveel delen als het niveau. Heeft het \
                    plan dit niveau echt, voeg het dan toe aan `niveaus` in `document.yaml`.
                    """)
        default:
            return nil
        }
    }
}
