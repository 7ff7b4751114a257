/// `BRON`: the files themselves (encoding, size, place, links) and `ONTW`: the theme.
extension DiagnosticCode {
    var fileExplanation: DiagnosticExplanation? {
        let visie = ExamplePath.visie
        switch self {
        case .fileInvalidUTF8:
            return DiagnosticExplanation(
                meaning: """
                    Het bestand is niet opgeslagen als UTF-8. Meestal is het opgeslagen als Windows-1252 \
                    ("ANSI") of Latin-1: dan is een letter als `ë` één byte die in UTF-8 niets betekent. De \
                    melding noemt de plek van de eerste byte die niet klopt. plansite leest de rest van het \
                    bestand wel (met `�` op de plek van wat niet klopt), zodat links naar de pagina geen \
                    fouten erbij geven; de site wordt pas gebouwd als het bestand als UTF-8 is opgeslagen.
                    """,
                wrong: .illustration("""
                    01-inleiding.md, opgeslagen als Windows-1252:
                    Residenti\\xEBle zorg      (de ë is de byte 0xEB)
                    """),
                right: .illustration("""
                    01-inleiding.md, opgeslagen als UTF-8:
                    Residentiële zorg        (de ë is de bytes 0xC3 0xAB)
                    """),
                fix: """
                    Open het bestand in je editor en sla het op als UTF-8 (in Kladblok: "Opslaan als", codering \
                    UTF-8; in Visual Studio Code: rechtsonder op de codering klikken, "Save with Encoding"). \
                    Controleer daarna of de letters met accenten nog goed staan.
                    """)
        case .fileEmpty:
            return DiagnosticExplanation(
                meaning: """
                    Het bestand is leeg (of bevat alleen spaties en witregels). Een leeg hoofdstuk heeft geen \
                    titel en een leeg YAML-bestand geen gegevens, dus plansite kan er niets van maken.
                    """,
                wrong: .whole(visie + "02-slot.md", ""),
                right: .whole(visie + "02-slot.md", """
                    ---
                    titel: Tot slot
                    nummer: "2"
                    ---

                    De regio werkt deze visie uit in het regioprogramma.
                    """),
                fix: "Vul het bestand (een hoofdstuk begint met front matter met `titel`), of verwijder het.")
        case .fileUnreadable:
            return DiagnosticExplanation(
                meaning: """
                    plansite kan het bestand of de map niet lezen: je gebruiker heeft er geen leesrechten op, of \
                    het bestand is groter dan 64 MB.
                    """,
                wrong: .illustration("""
                    $ ls -l content/regio-voorbeeld/regioprogramma-2024/01-inleiding.md
                    -rw------- 1 beheer beheer 2100 01-inleiding.md     (alleen de eigenaar mag lezen)
                    """),
                right: .illustration("""
                    $ chmod a+r content/regio-voorbeeld/regioprogramma-2024/01-inleiding.md
                    -rw-r--r-- 1 beheer beheer 2100 01-inleiding.md
                    """),
                fix: """
                    Geef iedereen leesrecht (`chmod a+r bestand`, of vraag het de beheerder). Is het bestand te \
                    groot, verdeel de tekst dan over meer hoofdstukken.
                    """)
        case .fileSymlinkLoop:
            return DiagnosticExplanation(
                meaning: """
                    Een symbolische koppeling (symlink) wijst naar een map die plansite al aan het lezen is, of \
                    naar zichzelf. plansite zou dan eindeloos dezelfde mappen lezen en slaat de koppeling over.
                    """,
                wrong: .illustration("""
                    $ ln -s .. content/regio-voorbeeld/regioprogramma-2024/afbeeldingen
                    (de koppeling wijst naar de map van de regio, waar zij zelf in staat)
                    """),
                right: .illustration("""
                    $ rm content/regio-voorbeeld/regioprogramma-2024/afbeeldingen
                    $ mkdir content/regio-voorbeeld/regioprogramma-2024/afbeeldingen
                    """),
                fix: "Verwijder de koppeling en zet er een gewone map met de bestanden voor in de plaats.")
        case .fileUnexpected:
            return DiagnosticExplanation(
                meaning: """
                    Een Markdown- of YAML-bestand op een plek waar plansite het niet verwacht: een notitie in de \
                    map van een regio, `overlegvormen.yaml` in de map van een document in plaats van die van de \
                    regio, of een tikfout in de naam (`regio.yml`, `documnet.yaml`). plansite weet niet wat het \
                    ermee moet en meldt het, zodat er geen tekst ongemerkt wegvalt. Andere bestanden dan \
                    Markdown, YAML en afbeeldingen (zoals een pdf) neemt plansite niet op de site op.
                    """,
                wrong: .whole(ExamplePath.region + "notities.md", """
                    Nog doen: de cijfers van Molenbroek nakijken.
                    """),
                right: .whole("notities/regio-voorbeeld.md", """
                    Nog doen: de cijfers van Molenbroek nakijken.
                    """, lead: "De notitie staat buiten de inhoudsmap:"),
                fix: """
                    Hernoem het bestand als de melding een naam voorstelt, zet het in de map waar het hoort \
                    (`docs/inhoud.md`, "De mappen"), of haal het uit `content/`.
                    """)
        case .fileOutsideContent:
            return DiagnosticExplanation(
                meaning: """
                    Een symbolische koppeling (symlink) in de inhoudsmap wijst naar een bestand of map buiten de \
                    inhoudsmap. plansite leest alleen wat echt in de inhoudsmap staat, zodat een site nooit \
                    ongemerkt bestanden van elders publiceert.
                    """,
                wrong: .illustration("""
                    $ ln -s ~/Documenten/kaart.png content/regio-voorbeeld/regioprogramma-2024/kaart.png
                    """),
                right: .illustration("""
                    $ cp ~/Documenten/kaart.png content/regio-voorbeeld/regioprogramma-2024/kaart.png
                    """),
                fix: "Kopieer het bestand of de map naar de inhoudsmap en verwijder de koppeling.")
        case .fileNotRegular:
            return DiagnosticExplanation(
                meaning: """
                    In de inhoudsmap staat iets wat geen gewoon bestand en geen map is: een pipe, een socket of \
                    een apparaat. plansite opent zoiets niet, want lezen zou kunnen blijven wachten.
                    """,
                wrong: .illustration("""
                    $ mkfifo content/regio-voorbeeld/regioprogramma-2024/04-pijp.md
                    """),
                right: .illustration("""
                    $ rm content/regio-voorbeeld/regioprogramma-2024/04-pijp.md
                    """),
                fix: "Verwijder het, of vervang het door een gewoon bestand.")
        case .fileBrokenLink:
            return DiagnosticExplanation(
                meaning: """
                    Een symbolische koppeling (symlink) in de inhoudsmap wijst naar een bestand of map die er \
                    niet (meer) is, bijvoorbeeld omdat het doel verplaatst of verwijderd is.
                    """,
                wrong: .illustration("""
                    content/regio-voorbeeld/regioprogramma-2024/kaart.png -> afbeeldingen/kaart-oud.png   (bestaat niet meer)
                    """),
                right: .illustration("""
                    content/regio-voorbeeld/regioprogramma-2024/kaart.png   (een gewoon bestand)
                    """),
                fix: "Verwijder de koppeling, of zet het bestand waar zij naar wijst terug. Een gewone kopie is het veiligst.")
        case .fileMissing:
            return DiagnosticExplanation(
                meaning: """
                    Een bestand dat er moet zijn, ontbreekt: `site.yaml` bovenin de inhoudsmap, `regio.yaml` in \
                    de map van een regio, of `document.yaml` in de map van een document. Elke map in een regio is \
                    een document, dus ook een map die je net hebt gemaakt.
                    """,
                wrong: .whole(ExamplePath.region + "regioprogramma-2028/01-inleiding.md", """
                    ---
                    titel: Inleiding
                    nummer: "1"
                    ---

                    Het nieuwe regioprogramma.
                    """, lead: "Een nieuw document, nog zonder `document.yaml`:"),
                right: .files([
                    .init(ExamplePath.region + "regioprogramma-2028/document.yaml", .whole, """
                        titel: Regioprogramma Jeugd 2028-2031
                        soort: regioprogramma
                        niveaus: []
                        """),
                    .init(ExamplePath.region + "regioprogramma-2028/01-inleiding.md", .whole, """
                        ---
                        titel: Inleiding
                        nummer: "1"
                        ---

                        Het nieuwe regioprogramma.
                        """),
                ]),
                fix: """
                    Maak het bestand dat de melding noemt, met de verplichte sleutels (`docs/inhoud.md`). Hoort de \
                    map niet in de inhoudsmap (een map met afbeeldingen direct in de regio, een oude kopie), \
                    verplaats haar dan.
                    """)
        default:
            return themeExplanation
        }
    }

    private var themeExplanation: DiagnosticExplanation? {
        let siteWithTheme = """
            titel: Jeugdplannen Regio Voorbeeld
            basis-url: "https://voorbeeld.example/"
            ontwerp: huisstijl
            """
        switch self {
        case .themeMissing:
            return DiagnosticExplanation(
                meaning: """
                    `ontwerp` in `site.yaml` noemt een eigen vormgeving, maar naast de inhoudsmap is er geen map \
                    `themes/<naam>/`. plansite zoekt die map naast `content/`, niet erin.
                    """,
                wrong: .whole(ExamplePath.site, siteWithTheme),
                right: .files([
                    .init(ExamplePath.site, .whole, siteWithTheme),
                    .init("themes/huisstijl/assets/huisstijl.css", .whole, "h1 { color: #004b87; }"),
                ], lead: "Met de map `themes/huisstijl/` naast `content/`:"),
                fix: """
                    Maak de map `themes/<naam>/` naast de inhoudsmap (zie `docs/themes.md`), verbeter de naam, \
                    of laat `ontwerp` weg voor het standaardontwerp.
                    """)
        case .themeTemplateInvalid:
            return DiagnosticExplanation(
                meaning: """
                    Een sjabloon (`.mustache`) van het eigen ontwerp kan niet worden gelezen: een sectie \
                    `{{#naam}}` wordt niet gesloten met `{{/naam}}`, of sluit met een andere naam. plansite bouwt \
                    dan niets, want elke pagina kan dat sjabloon nodig hebben.
                    """,
                wrong: .files([
                    .init(ExamplePath.site, .whole, siteWithTheme),
                    .init("themes/huisstijl/kop.mustache", .whole, "{{#label}}<span>{{label}}</span>"),
                ]),
                right: .files([
                    .init(ExamplePath.site, .whole, siteWithTheme),
                    .init("themes/huisstijl/kop.mustache", .whole, "{{#label}}<span>{{label}}</span>{{/label}}"),
                ]),
                fix: """
                    Sluit elke `{{#naam}}` en `{{^naam}}` met `{{/naam}}`, in de goede volgorde. Begin bij een \
                    kopie van het sjabloon uit `themes/default/` en verander zo weinig mogelijk.
                    """)
        default:
            return nil
        }
    }
}
