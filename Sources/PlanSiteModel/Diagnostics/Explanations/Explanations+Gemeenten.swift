/// `GEM`: the gemeenten of a region (`regio.yaml` `gemeenten` and `andere-namen`).
extension DiagnosticCode {
    var gemeenteExplanation: DiagnosticExplanation? {
        let regio = ExamplePath.region + "regio.yaml"
        let last = "  - Molenbroek"
        switch self {
        case .gemeenteUnknown:
            return DiagnosticExplanation(
                meaning: """
                    Onder `andere-namen` staat per gemeente welke andere namen de tekst voor haar gebruikt \
                    (een oude naam, een andere schrijfwijze). De gemeente daarvoor de dubbele punt is een \
                    naam die niet onder `gemeenten` van dezelfde `regio.yaml` staat, meestal een tikfout; \
                    plansite weet dan niet bij welke gemeente de andere namen horen.
                    """,
                wrong: .replacing(regio, last, with: last + "\nandere-namen:\n  Lindewaarde: [Linde-Waard]",
                                  lead: "De regio heeft de gemeenten Dijkhoven, Lindewaard en Molenbroek:"),
                right: .replacing(regio, last, with: last + "\nandere-namen:\n  Lindewaard: [Linde-Waard]"),
                fix: """
                    Schrijf de gemeente precies zoals onder `gemeenten`; de melding noemt de naam die er het \
                    meest op lijkt. Hoort de gemeente bij de regio maar ontbreekt ze, zet haar dan onder `gemeenten`.
                    """)
        case .gemeenteNameTwice:
            return DiagnosticExplanation(
                meaning: """
                    Een naam die de regio al gebruikt: een gemeente die twee keer onder `gemeenten` staat, of \
                    een andere naam die al de naam of een andere naam van een gemeente van de regio is. Een \
                    naam hoort bij één gemeente, anders weet plansite niet op welke gemeentepagina een plek \
                    in de tekst hoort.
                    """,
                wrong: .replacing(regio, last, with: last + "\nandere-namen:\n  Lindewaard: [Linde-Waard, Dijkhoven]",
                                  lead: "Dijkhoven is al een gemeente van de regio:"),
                right: .replacing(regio, last, with: last + "\nandere-namen:\n  Lindewaard: [Linde-Waard]"),
                fix: """
                    Haal de dubbele naam weg. Zijn twee gemeenten samengegaan, zet dan alleen de nieuwe \
                    gemeente onder `gemeenten` en de oude naam onder haar `andere-namen`.
                    """)
        default:
            return nil
        }
    }
}
