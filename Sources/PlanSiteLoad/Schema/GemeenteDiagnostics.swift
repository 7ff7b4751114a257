import PlanSiteModel
/// The `GEM` family: the names of a region's gemeenten in `regio.yaml` (`gemeenten`,
/// `andere-namen`), read by `RegionConfig.read`. No other file names these codes.
extension Diagnostic {
    /// `GEM001`: an `andere-namen` key that is not one of the region's `gemeenten`.
    static func andereNamenUnknownGemeente(_ key: Located<String>, listed: [String]) -> Diagnostic {
        Diagnostic(.gemeenteUnknown, at: key.location,
                   "`andere-namen` noemt de gemeente `\(key.value)`, maar die staat niet onder `gemeenten`",
                   hint: EditDistance.suggestion(key.value, in: listed)
                       ?? (listed.isEmpty ? "zet de gemeente onder `gemeenten`" : "de regio heeft: \(listed.joined(separator: ", "))"))
    }

    /// `GEM002`: a gemeente listed a second time under `gemeenten`.
    static func gemeenteListedTwice(_ gemeente: Located<String>, first: SourceLocation) -> Diagnostic {
        Diagnostic(.gemeenteNameTwice, at: gemeente.location,
                   "de gemeente `\(gemeente.value)` staat twee keer onder `gemeenten`",
                   hint: "de eerste staat op regel \(first.line); haal deze weg")
    }

    /// `GEM002`: a gemeente whose name differs from another's only in accents, case or
    /// punctuation (`Sudwest Fryslan`, `Súdwest-Fryslân`): one page would show both.
    static func gemeenteSamePage(_ gemeente: Located<String>, first: Located<String>) -> Diagnostic {
        Diagnostic(.gemeenteNameTwice, at: gemeente.location,
                   "de gemeente `\(gemeente.value)` staat al onder `gemeenten` als `\(first.value)` (regel \(first.location.line)); ze zouden één pagina delen",
                   hint: "haal een van beide weg; een andere schrijfwijze hoort onder `andere-namen`")
    }

    /// `GEM002`: an other name that is already a name the region uses.
    static func andereNaamTwice(_ name: Located<String>, gemeente: String,
                                first: (gemeente: String, listed: Bool, location: SourceLocation)) -> Diagnostic {
        let already = first.listed
            ? "al de naam van een gemeente van de regio"
            : first.gemeente == gemeente ? "al een andere naam van \(gemeente)" : "al een andere naam van \(first.gemeente)"
        return Diagnostic(.gemeenteNameTwice, at: name.location,
                          "`\(name.value)` bij `\(gemeente)` in `andere-namen` is \(already) (regel \(first.location.line))",
                          hint: "een naam hoort bij één gemeente; haal deze weg")
    }
}
