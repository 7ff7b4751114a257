/// `GR`: the region's overlegvormen (gremia), and `BEG`: its begrippen.
extension DiagnosticCode {
    var gremiumExplanation: DiagnosticExplanation? {
        let overlegvormen = ExamplePath.region + "overlegvormen.yaml"
        let rboRol = "    rol: Stelt het regioprogramma vast en besluit over de regionale inkoop."
        switch self {
        case .grUnknownGremium:
            return DiagnosticExplanation(
                meaning: """
                    Een `id` in `legt-verantwoording-af-aan`, of in een verwijzing `gremium:id`, noemt een \
                    overleg dat niet in `overlegvormen.yaml` van de regio staat.
                    """,
                wrong: .replacing(overlegvormen, "    legt-verantwoording-af-aan: rbo-jeugd", with: "    legt-verantwoording-af-aan: rbo",
                                  lead: "Bij het RAO Jeugd (`rao-jeugd`), dat verantwoording aflegt aan het RBO Jeugd (`rbo-jeugd`):"),
                right: .replacing(overlegvormen, "    legt-verantwoording-af-aan: rbo-jeugd", with: "    legt-verantwoording-af-aan: rbo-jeugd"),
                fix: """
                    Gebruik de `id` van het overleg zoals die in `overlegvormen.yaml` staat (niet de afkorting \
                    of de naam); de melding noemt de id die er het meest op lijkt. Ontbreekt het overleg, voeg \
                    het dan toe.
                    """)
        case .grReportingCycle:
            return DiagnosticExplanation(
                meaning: """
                    Overleggen leggen in een kring verantwoording aan elkaar af: A aan B, B aan C en C weer aan A. \
                    Dan is er geen overleg dat bovenaan staat, en kan plansite het schema niet tekenen. De \
                    melding staat bij het eerste overleg van de kring in het bestand.
                    """,
                wrong: .replacing(overlegvormen, rboRol, with: rboRol + "\n    legt-verantwoording-af-aan: wg-dichtbij",
                                  lead: "De werkgroep legt verantwoording af aan het RAO, het RAO aan het RBO, en nu het RBO aan de werkgroep:"),
                right: .replacing(overlegvormen, rboRol, with: rboRol),
                fix: "Haal de `legt-verantwoording-af-aan` weg die de kring sluit; meestal is dat die van het hoogste overleg.")
        case .grUnresolvedWerktAan:
            return DiagnosticExplanation(
                meaning: """
                    Een verwijzing in `werkt-aan` van een overleg leidt nergens heen: het onderdeel of het \
                    document bestaat niet, of de verwijzing past in meer dan één document. De melding zegt \
                    welke van de drie.
                    """,
                wrong: .replacing(overlegvormen, #"    werkt-aan: ["opgave:1@regioprogramma-2024"]"#, with: #"    werkt-aan: ["opgave:3@regioprogramma-2024"]"#,
                                  lead: "Bij de werkgroep `wg-dichtbij`; het regioprogramma heeft twee opgaven:"),
                right: .replacing(overlegvormen, #"    werkt-aan: ["opgave:1@regioprogramma-2024"]"#, with: #"    werkt-aan: ["opgave:1@regioprogramma-2024"]"#),
                fix: """
                    Verbeter de verwijzing. In `overlegvormen.yaml` schrijf je er het best altijd `@document` \
                    bij: `"opgave:1@regioprogramma-2024"`.
                    """)
        case .grUnknownDocument:
            return DiagnosticExplanation(
                meaning: """
                    Onder `beschreven-in` staat per document wat dat document over een overleg zegt. Een naam \
                    daar is de mapnaam van een document van dezelfde regio; dit document heeft de regio niet \
                    (een tikfout, of het jaartal verschilt).
                    """,
                wrong: .replacing(overlegvormen, rboRol, with: "    beschreven-in:\n      regioprogramma-2042:\n        rol: Stelt het regioprogramma vast.",
                                  lead: "Bij het RBO Jeugd (`rbo-jeugd`):"),
                right: .replacing(overlegvormen, rboRol, with: "    beschreven-in:\n      regioprogramma-2024:\n        rol: Stelt het regioprogramma vast."),
                fix: """
                    Schrijf de mapnaam van het document zoals die in de regio staat; de melding noemt de \
                    mapnaam die er het meest op lijkt, of alle documenten van de regio.
                    """)
        case .grDuplicateGremium:
            return DiagnosticExplanation(
                meaning: "Twee overleggen in `overlegvormen.yaml` hebben dezelfde `id`; een verwijzing `gremium:id` weet dan niet welk overleg bedoeld is.",
                wrong: .append(overlegvormen, """
                      - id: rao-jeugd
                        naam: Regionaal ambtelijk overleg Jeugdbescherming
                    """),
                right: .append(overlegvormen, """
                      - id: rao-jeugdbescherming
                        naam: Regionaal ambtelijk overleg Jeugdbescherming
                    """),
                fix: "Geef elk overleg een eigen `id`. Is het hetzelfde overleg, voeg de twee dan samen.")
        case .begripDuplicate:
            return DiagnosticExplanation(
                meaning: "Twee begrippen in `begrippen.yaml` hebben dezelfde `id`; een verwijzing `begrip:id` weet dan niet welk begrip bedoeld is.",
                wrong: .append(ExamplePath.region + "begrippen.yaml", """
                      - id: gi
                        term: Gezinsinterventie
                    """),
                right: .append(ExamplePath.region + "begrippen.yaml", """
                      - id: gezinsinterventie
                        term: Gezinsinterventie
                    """),
                fix: "Geef elk begrip een eigen `id`. Is het hetzelfde begrip, voeg de twee dan samen.")
        default:
            return nil
        }
    }
}
