/// `MD`: Markdown files, their names and their structure.
extension DiagnosticCode {
    var markdownExplanation: DiagnosticExplanation? {
        let programma = ExamplePath.programma
        let visie = ExamplePath.visie
        switch self {
        case .markdownUnterminatedFrontMatter:
            return DiagnosticExplanation(
                meaning: """
                    Het bestand begint met `---`, maar de front matter (het blok gegevens bovenaan) wordt nergens \
                    gesloten met een tweede regel `---`. plansite weet dan niet waar de gegevens ophouden en de \
                    tekst begint.
                    """,
                wrong: .whole(visie + "02-slot.md", """
                    ---
                    titel: Tot slot
                    nummer: "2"

                    De regio werkt deze visie uit in het regioprogramma.
                    """),
                right: .whole(visie + "02-slot.md", """
                    ---
                    titel: Tot slot
                    nummer: "2"
                    ---

                    De regio werkt deze visie uit in het regioprogramma.
                    """),
                fix: "Zet direct onder de laatste regel van de front matter een regel met alleen `---`.")
        case .markdownReservedSlug:
            return DiagnosticExplanation(
                meaning: """
                    De naam van een bestand of map geeft geen bruikbaar webadres. Ofwel staan er tekens in die \
                    niet in een webadres horen (hoofdletters, spaties, accenten), ofwel is de naam na het \
                    weghalen van de cijfers vooraan gereserveerd voor een pagina die plansite zelf maakt: \
                    `hervormingsagenda`, `volledig`, `matrix`, `overlegvormen`, `begrippen`, `verantwoording`, \
                    `data`, `assets`, `toegankelijkheid`, of de vorm `<soort>-<nummer>` zoals `opgave-4`.
                    """,
                wrong: .whole(programma + "04-matrix.md", """
                    ---
                    titel: Overzicht van de opgaven
                    nummer: "4"
                    ---

                    Een overzicht van de twee opgaven.
                    """),
                right: .whole(programma + "04-overzicht.md", """
                    ---
                    titel: Overzicht van de opgaven
                    nummer: "4"
                    ---

                    Een overzicht van de twee opgaven.
                    """),
                fix: """
                    Hernoem het bestand of de map: alleen kleine letters, cijfers en `-`, en geen gereserveerde \
                    naam. De melding stelt een naam voor. Pas daarna links naar het oude bestand aan.
                    """)
        case .markdownDuplicateSlug:
            return DiagnosticExplanation(
                meaning: """
                    Twee bestanden van hetzelfde document krijgen hetzelfde webadres: na het weghalen van de \
                    cijfers vooraan houden ze dezelfde naam over (`01-visie.md` en `02-visie.md` worden allebei \
                    `visie/`).
                    """,
                wrong: .whole(visie + "02-visie.md", """
                    ---
                    titel: De visie in cijfers
                    nummer: "2"
                    ---

                    De cijfers achter de visie.
                    """),
                right: .whole(visie + "02-visie-in-cijfers.md", """
                    ---
                    titel: De visie in cijfers
                    nummer: "2"
                    ---

                    De cijfers achter de visie.
                    """),
                fix: "Geef een van de twee bestanden een andere naam na de cijfers, en pas links naar dat bestand aan.")
        case .markdownHeadingAttribute:
            return DiagnosticExplanation(
                meaning: """
                    Een zelfgekozen anker (`{#naam}` achter een kop) komt al eerder op dezelfde pagina voor. Een \
                    anker moet op een pagina uniek zijn, anders weet een link niet waar hij heen moet. plansite \
                    hernoemt een zelfgekozen anker nooit.
                    """,
                wrong: .append(programma + "01-inleiding.md", "## Tot slot {#eigen-anker}",
                               lead: "`01-inleiding.md` heeft al `## Leeswijzer {#eigen-anker}`."),
                right: .append(programma + "01-inleiding.md", "## Tot slot {#tot-slot}"),
                fix: "Kies voor een van de twee koppen een ander anker, en pas links naar dat anker aan.")
        case .markdownTooDeep:
            return DiagnosticExplanation(
                meaning: """
                    Lijsten, citaten of voetnoten zijn meer dan 32 niveaus diep in elkaar genest, of nadruk, \
                    doorhaling en links meer dan 32 keer. Zo diep komt in een echt plan niet voor; meestal is \
                    het een kopieerfout met veel `>` of `*`. plansite toont zo'n stuk als gewone tekst.
                    """,
                wrong: .append(programma + "01-inleiding.md", String(repeating: ">", count: 40) + " Geciteerd uit de regiovisie."),
                right: .append(programma + "01-inleiding.md", "> Geciteerd uit de regiovisie."),
                fix: "Haal de overbodige `>`, `-` of `*` weg, zodat er hooguit een paar niveaus overblijven.")
        case .markdownDuplicateNumber:
            return DiagnosticExplanation(
                meaning: """
                    Twee hoofdstukken van hetzelfde document hebben in hun front matter hetzelfde `nummer` \
                    (of twee bijlagen hetzelfde bijlagenummer). De inhoudsopgave toont dan twee keer \
                    hetzelfde nummer, en een verwijzing als `[](hoofdstuk:1)` komt altijd bij het eerste \
                    bestand uit.
                    """,
                wrong: .whole(visie + "02-slot.md", """
                    ---
                    titel: Tot slot
                    nummer: "1"
                    ---

                    De regio werkt deze visie uit in het regioprogramma.
                    """),
                right: .whole(visie + "02-slot.md", """
                    ---
                    titel: Tot slot
                    nummer: "2"
                    ---

                    De regio werkt deze visie uit in het regioprogramma.
                    """),
                fix: "Geef elk hoofdstuk een eigen nummer, en controleer de verwijzingen naar beide hoofdstukken.")
        default:
            return nil
        }
    }
}
