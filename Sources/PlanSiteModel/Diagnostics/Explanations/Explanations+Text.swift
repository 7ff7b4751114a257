/// `FN`: footnotes, and `HTML`: raw HTML in the text.
extension DiagnosticCode {
    var textExplanation: DiagnosticExplanation? {
        let inleiding = ExamplePath.programma + "01-inleiding.md"
        let opgave1 = ExamplePath.programma + "02-opgave-1.md"
        switch self {
        case .fnUndefined:
            return DiagnosticExplanation(
                meaning: """
                    De tekst verwijst naar een voetnoot (`[^3]`), maar de voetnoot zelf (`[^3]: …`) staat niet \
                    in hetzelfde bestand. Een voetnoot staat altijd in het bestand waarin ernaar verwezen wordt.
                    """,
                wrong: .append(opgave1, "Het aantal praktijkondersteuners groeit.[^3]"),
                right: .append(opgave1, """
                    Het aantal praktijkondersteuners groeit.[^3]

                    [^3]: Bron: jaarverslag van de huisartsen in de regio, 2024.
                    """),
                fix: """
                    Zet de voetnoot op een eigen regel in hetzelfde bestand: `[^3]: tekst`. Staat de tekst in \
                    een ander hoofdstuk, verplaats hem dan. Ontbreekt de noottekst in de bron, meld dat in \
                    `verantwoording.md`.
                    """)
        case .fnUnused:
            return DiagnosticExplanation(
                meaning: """
                    Een voetnoot (`[^3]: …`) waar de tekst nergens naar verwijst. Hij komt dan los onderaan de \
                    pagina te staan. Dit is een waarschuwing.
                    """,
                wrong: .append(opgave1, """
                    Het aantal praktijkondersteuners groeit.

                    [^3]: Bron: jaarverslag van de huisartsen in de regio, 2024.
                    """),
                right: .append(opgave1, """
                    Het aantal praktijkondersteuners groeit.[^3]

                    [^3]: Bron: jaarverslag van de huisartsen in de regio, 2024.
                    """),
                fix: "Zet `[^3]` in de tekst op de plek waar de noot hoort, of haal de voetnoot weg.")
        case .fnDuplicate:
            return DiagnosticExplanation(
                meaning: """
                    Een voetnootlabel komt twee keer voor in hetzelfde document (alle hoofdstukken en bijlagen \
                    samen). Elke voetnoot krijgt een anker `#voetnoot-<label>` en het nummer uit het gedrukte \
                    plan; twee keer hetzelfde label zou "zie noot 1" dubbelzinnig maken.
                    """,
                wrong: .append(opgave1, """
                    Het aantal praktijkondersteuners groeit.[^1]

                    [^1]: Bron: jaarverslag van de huisartsen in de regio, 2024.
                    """, lead: "`01-inleiding.md` heeft al voetnoot `[^1]`."),
                right: .append(opgave1, """
                    Het aantal praktijkondersteuners groeit.[^3]

                    [^3]: Bron: jaarverslag van de huisartsen in de regio, 2024.
                    """),
                fix: "Gebruik als label het nummer uit het gedrukte plan; dat is per document uniek.")
        case .htmlNotAllowed:
            return DiagnosticExplanation(
                meaning: """
                    HTML in de tekst die plansite niet toestaat. Toegestaan zijn alleen `<sup>`, `<sub>`, \
                    `<br>`, `<b>`, `<strong>`, `<i>`, `<em>` en `<abbr>`; andere HTML komt als gewone tekst op \
                    de pagina (je ziet de haakjes). Commentaar `<!-- … -->` mag altijd: het komt niet op de \
                    site. Dit is een waarschuwing.
                    """,
                wrong: .append(inleiding, "Het lokale team is <u>altijd</u> bereikbaar."),
                right: .append(inleiding, "Het lokale team is **altijd** bereikbaar."),
                fix: "Schrijf het in Markdown (`*schuin*`, `**vet**`, een lijst, een tabel), of gebruik een van de toegestane tags.")
        case .htmlUnbalanced:
            return DiagnosticExplanation(
                meaning: """
                    Een toegestane HTML-tag wordt geopend maar niet gesloten in dezelfde alinea, kop, tabelcel \
                    of hetzelfde lijstpunt, of een sluittag sluit niets. plansite sluit een open tag aan het \
                    eind van de alinea, zodat de rest van de pagina niet vet wordt; een losse sluittag komt als \
                    tekst op de pagina. Dit is een waarschuwing.
                    """,
                wrong: .append(inleiding, "Het lokale team is <b>altijd bereikbaar."),
                right: .append(inleiding, "Het lokale team is <b>altijd</b> bereikbaar."),
                fix: "Sluit de tag in dezelfde alinea (`<b>…</b>`), of schrijf het in Markdown: `**altijd**`.")
        default:
            return nil
        }
    }
}
