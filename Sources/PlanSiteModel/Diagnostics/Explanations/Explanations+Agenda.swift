/// `HA`: a document's answers to the Hervormingsagenda Jeugd, and the national list.
extension DiagnosticCode {
    var agendaExplanation: DiagnosticExplanation? {
        let agenda = ExamplePath.programma + "hervormingsagenda.yaml"
        // The cells of maatregel 1.1 in the example site: column 1 whole, actielijn 2.1 in column 2.
        let cell = #"      2: { onderdelen: ["2.1"], tekst: "Kleinschalige woonvormen in de eigen regio" }"#
        func cells(_ second: String, first: String = "      1: geheel") -> String { "    bijdragen:\n\(first)\n\(second)" }
        let bijdragen = cells(cell)
        let national22 = #"      - id: "2.2""#
        let actielijn22 = ExamplePath.programma + "03-opgave-2.md"
        func cellWith(_ onderdelen: String) -> String {
            #"      2: { onderdelen: [\#(onderdelen)], tekst: "Kleinschalige woonvormen in de eigen regio" }"#
        }
        switch self {
        case .haUnknownMaatregel:
            return DiagnosticExplanation(
                meaning: """
                    `hervormingsagenda.yaml` van een document beantwoordt een maatregel die niet in de \
                    landelijke lijst (`hervormingsagenda/hervormingsagenda.yaml`) staat, of `zelfde-als` in de \
                    landelijke lijst noemt een maatregel die er niet is. Meestal is het nummer verkeerd \
                    overgenomen.
                    """,
                wrong: .replacing(agenda, #"  "2.1": {}"#, with: #"  "2.5": {}"#),
                right: .replacing(agenda, #"  "2.1": {}"#, with: #"  "2.1": {}"#),
                fix: "Gebruik het nummer uit de landelijke lijst; de melding noemt het nummer dat er het meest op lijkt.")
        case .haUnknownColumn:
            return DiagnosticExplanation(
                meaning: """
                    Een cel in `bijdragen` staat in een kolom die niet bestaat. De kolommen zijn de onderdelen \
                    van het hoogste niveau van het document (bij het regioprogramma: opgave 1 en 2), met hun \
                    nummer als sleutel.
                    """,
                wrong: .replacing(agenda, bijdragen, with: cells(cell, first: "      3: geheel"), lead: "Het regioprogramma heeft twee opgaven:"),
                right: .replacing(agenda, bijdragen, with: bijdragen),
                fix: "Gebruik het nummer van een onderdeel van het hoogste niveau. Bestaat het onderdeel, leg het dan eerst vast in de tekst.")
        case .haUnknownOnderdeel:
            return DiagnosticExplanation(
                meaning: """
                    `onderdelen` (in een cel of bij een thema) noemt een nummer van een onderdeel dat het \
                    document niet heeft.
                    """,
                wrong: .replacing(agenda, bijdragen, with: cells(cellWith(#""2.4""#))),
                right: .replacing(agenda, bijdragen, with: bijdragen),
                fix: "Verbeter het nummer; de melding noemt de onderdelen die de kolom wel heeft.")
        case .haOnderdeelInOtherColumn:
            return DiagnosticExplanation(
                meaning: """
                    Een onderdeel staat in de kolom van een ander onderdeel: `"1.1"` hoort bij opgave 1, dus in \
                    kolom 1, niet in kolom 2. In de gedrukte plannen staat elk onderdeel onder zijn eigen \
                    opgave; een onderdeel in een andere kolom is bijna altijd een tikfout.
                    """,
                wrong: .replacing(agenda, bijdragen, with: cells(cellWith(#""1.1""#))),
                right: .replacing(agenda, bijdragen, with: bijdragen),
                fix: "Verplaats het onderdeel naar zijn eigen kolom, of verbeter het nummer; de hulp noemt allebei.")
        case .haMalformedReference:
            return DiagnosticExplanation(
                meaning: """
                    Een nummer in `onderdelen` is geen nummer: er staat een schuine streep, komma of spatie in \
                    (`"2.1/2"`), zoals de pdf het soms afdrukt. Elk onderdeel is een eigen nummer in de lijst.
                    """,
                wrong: .replacing(agenda, bijdragen, with: cells(cellWith(#""2.1/2""#))),
                right: .replacing(agenda, bijdragen, with: bijdragen),
                fix: #"Schrijf elk onderdeel apart: `["2.1", "2.2"]`."#)
        case .haZelfdeAlsDiffers:
            return DiagnosticExplanation(
                meaning: """
                    De landelijke lijst zegt met `zelfde-als` dat twee maatregelen dezelfde zijn (de bron drukt \
                    ze twee keer), maar het document beantwoordt ze met verschillende cellen. Dezelfde \
                    maatregel hoort hetzelfde antwoord te krijgen.
                    """,
                setup: .replacing(ExamplePath.national, national22 + "\n        titel: Regionale expertteams voor complexe hulpvragen", with: """
                          - id: "2.2"
                            titel: Regionale expertteams voor complexe hulpvragen
                            zelfde-als: "1.1"
                    """, lead: "Stel dat de landelijke lijst maatregel 2.2 dezelfde noemt als 1.1:"),
                wrong: .append(agenda, """
                      "2.2":
                        bijdragen:
                          1: geheel
                    """),
                right: .append(agenda, """
                      "2.2":
                        bijdragen:
                          1: geheel
                    \(cell)
                    """),
                fix: "Geef beide maatregelen dezelfde cellen (kopieer ze), of laat een van de twee weg.")
        case .haUnknownThema:
            return DiagnosticExplanation(
                meaning: "`themas` in `hervormingsagenda.yaml` van een document noemt een thema dat niet in de landelijke lijst staat.",
                wrong: .append(agenda, """
                    themas:
                      "3":
                        toelichting: Opgave 2 werkt aan de regionale inkoop.
                    """),
                right: .append(agenda, """
                    themas:
                      "2":
                        toelichting: Opgave 2 werkt aan de regionale inkoop.
                    """),
                fix: "Gebruik het nummer van een thema uit de landelijke lijst.")
        case .haBegripInOtherColumn:
            return DiagnosticExplanation(
                meaning: """
                    De tekst van een cel noemt een begrip dat met `hoort-bij` bij een onderdeel van een andere \
                    kolom hoort. Dat kan kloppen, maar vaak staat de tekst dan in de verkeerde kolom. Dit is een \
                    waarschuwing, op grond van een vuistregel.
                    """,
                wrong: .replacing(agenda, bijdragen, with: cells(#"      2: { onderdelen: ["2.1"], tekst: "Kleinschalige woonvormen, met een POH-jeugd bij elke huisarts" }"#),
                                  lead: "De POH-jeugd hoort bij actielijn 1.1 (`begrippen.yaml`):"),
                right: .replacing(agenda, bijdragen, with: cells(#"      2: { onderdelen: ["2.1"], tekst: "Kleinschalige woonvormen, met een [POH-jeugd](begrip:poh-jeugd) bij elke huisarts" }"#)),
                fix: """
                    Staat de tekst in de verkeerde kolom, verplaats hem dan. Is de vermelding bewust, maak er \
                    dan een link van naar het begrip of zijn onderdeel (`[POH-jeugd](begrip:poh-jeugd)`): een \
                    gelinkte vermelding geeft geen waarschuwing, en de lezer krijgt de link.
                    """)
        case .haNotAnswered:
            return DiagnosticExplanation(
                meaning: """
                    Een maatregel uit de landelijke lijst die geen enkel document met cellen beantwoordt. Een \
                    maatregel die een document noemt met `{}`, telt als niet beantwoord. Dit is informatie (te \
                    zien met `--verbose`), geen fout: veel plannen beantwoorden niet elke maatregel.
                    """,
                wrong: .replacing(agenda, #"  "2.1": {}"#, with: #"  "2.1": {}"#,
                                  lead: "Het regioprogramma noemt 2.1 zonder cellen en 2.2 niet:"),
                right: .replacing(agenda, #"  "2.1": {}"#, with: """
                      "2.1":
                        bijdragen:
                          2: geheel
                      "2.2":
                        bijdragen:
                          2: { onderdelen: ["2.1"] }
                    """),
                fix: "Niets, als het document de maatregel echt niet beantwoordt. Anders: geef de maatregel cellen in `bijdragen`.")
        case .haEntityAnswersNone:
            return DiagnosticExplanation(
                meaning: """
                    Een onderdeel van een document met `hervormingsagenda.yaml` draagt volgens dat bestand aan \
                    geen enkele maatregel bij: het staat in geen cel, niet als kolom (`geheel`) en niet in \
                    `onderdelen`. Dit is informatie (te zien met `--verbose`).
                    """,
                wrong: .append(actielijn22, "### Pleegzorg dichtbij huis {#actielijn:2.2}",
                               lead: "Een nieuwe actielijn, die nog in geen cel staat:"),
                right: .files([
                    .init(actielijn22, .append, "### Pleegzorg dichtbij huis {#actielijn:2.2}"),
                    .init(agenda, .replacing(bijdragen), cells(cellWith(#""2.1", "2.2""#))),
                ]),
                fix: "Zet het onderdeel in de cel van de maatregel waar het aan bijdraagt, als het plan dat zegt.")
        case .haTextNamesOtherOnderdeel:
            return DiagnosticExplanation(
                meaning: """
                    De tekst van een cel noemt de titel van een onderdeel van die kolom dat niet in de \
                    `onderdelen` van de cel staat. De gedrukte plannen zetten de woorden van het bedoelde \
                    onderdeel in de cel; een nummer dat daar niet bij past is vaak een tikfout ("4.1" voor "4.4").
                    """,
                setup: .append(actielijn22, "### Pleegzorg dichtbij huis {#actielijn:2.2}",
                               lead: "Stel dat opgave 2 ook actielijn 2.2 heeft:"),
                wrong: .replacing(agenda, bijdragen, with: cells(#"      2: { onderdelen: ["2.1"], tekst: "Pleegzorg dichtbij huis" }"#)),
                right: .replacing(agenda, bijdragen, with: cells(#"      2: { onderdelen: ["2.2"], tekst: "Pleegzorg dichtbij huis" }"#)),
                fix: "Verbeter het nummer in `onderdelen`, of voeg het genoemde onderdeel toe als de tekst klopt.")
        case .haDuplicateMaatregel:
            return DiagnosticExplanation(
                meaning: """
                    Een maatregel staat twee keer in de landelijke lijst. Drukt de bron een maatregel echt twee \
                    keer af (onder twee thema's), dan krijgt de tweede een eigen nummer met `zelfde-als`.
                    """,
                wrong: .replacing(ExamplePath.national, national22, with: #"      - id: "2.1""#),
                right: .replacing(ExamplePath.national, national22, with: national22),
                fix: "Geef elke maatregel zijn eigen nummer; een maatregel die de bron twee keer noemt, krijgt `zelfde-als`.")
        case .haMaatregelOutsideThema:
            return DiagnosticExplanation(
                meaning: """
                    Een maatregel in de landelijke lijst heeft een nummer dat niet bij zijn thema past: onder \
                    thema 2 beginnen de nummers met `2.`.
                    """,
                wrong: .replacing(ExamplePath.national, national22, with: #"      - id: "1.3""#, lead: "Onder thema 2:"),
                right: .replacing(ExamplePath.national, national22, with: national22),
                fix: "Verbeter het nummer, of zet de maatregel onder het thema waar hij bij hoort.")
        default:
            return nil
        }
    }
}
