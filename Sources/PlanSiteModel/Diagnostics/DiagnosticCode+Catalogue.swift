/// What each code means and how severe it is, in one table. The switch has no `default`, so
/// a new code does not compile until it has its line here. Messages at the emitting site add
/// the particulars (which file, which id); this is the code's meaning as a whole, for the
/// guide and for `--format json` consumers that group by code.
extension DiagnosticCode {
    public struct CatalogueEntry: Sendable {
        public var severity: Severity
        /// One Dutch sentence: what the problem is.
        public var summary: String

        public init(severity: Severity, summary: String) {
            self.severity = severity
            self.summary = summary
        }
    }

    public var defaultSeverity: Severity { catalogueEntry.severity }
    public var summary: String { catalogueEntry.summary }

    public var catalogueEntry: CatalogueEntry {
        func fout(_ s: String) -> CatalogueEntry { CatalogueEntry(severity: .error, summary: s) }
        func waarschuwing(_ s: String) -> CatalogueEntry { CatalogueEntry(severity: .warning, summary: s) }
        func info(_ s: String) -> CatalogueEntry { CatalogueEntry(severity: .info, summary: s) }
        switch self {
        case .yamlSyntax: return fout("YAML kan niet worden gelezen (syntaxfout)")
        case .yamlDuplicateKey: return fout("een sleutel staat twee keer in dezelfde YAML-map")
        case .yamlUnknownKey: return fout("een sleutel die plansite op deze plek niet kent")
        case .yamlWrongType: return fout("een waarde van de verkeerde soort (tekst, lijst of map)")
        case .yamlMissingField: return fout("een verplicht veld ontbreekt")
        case .yamlInvalidValue: return fout("een waarde die niet is toegestaan (naam, adres, keuze of getal)")
        case .yamlAnchorOrAlias: return fout("een YAML-anker (`&naam`) of -alias (`*naam`); schrijf de waarde uit")
        case .fileInvalidUTF8: return fout("het bestand is geen geldige UTF-8")
        case .fileEmpty: return fout("het bestand is leeg")
        case .fileUnreadable: return fout("het bestand of de map kan niet worden gelezen")
        case .fileSymlinkLoop: return fout("een symbolische koppeling vormt een lus")
        case .fileUnexpected: return fout("een bestand dat plansite op deze plek niet kent")
        case .fileOutsideContent: return fout("een symbolische koppeling leidt buiten de inhoudsmap")
        case .fileNotRegular: return fout("geen gewoon bestand (een pipe, apparaat of socket)")
        case .fileBrokenLink: return fout("een symbolische koppeling leidt nergens heen")
        case .fileMissing: return fout("een verplicht bestand ontbreekt (site.yaml, regio.yaml of document.yaml)")
        case .themeMissing: return fout("het ontwerp (`ontwerp` in site.yaml) bestaat niet")
        case .themeTemplateInvalid: return fout("een sjabloon van het ontwerp kan niet worden gelezen")
        case .markdownUnterminatedFrontMatter: return fout("front matter zonder afsluitende `---`")
        case .markdownReservedSlug: return fout("een bestands- of mapnaam geeft geen geldige of vrije URL")
        case .markdownDuplicateSlug: return fout("twee pagina's krijgen dezelfde URL")
        case .markdownHeadingAttribute: return fout("een ongeldig of dubbel anker `{#...}`")
        case .markdownTooDeep: return fout("lijsten, citaten of nadruk zijn te diep in elkaar genest")
        case .markdownDuplicateNumber: return fout("twee hoofdstukken of twee bijlagen van een document hebben hetzelfde nummer")
        case .refUnknownTarget: return fout("een verwijzing naar iets wat niet bestaat")
        case .refUnknownKind: return fout("een verwijzing met een onbekende soort (`soort:nummer`)")
        case .refMissingFile: return fout("een link naar een bestand dat niet bestaat of dat geen pagina of afbeelding is")
        case .refMissingAnchor: return fout("een link naar een anker dat niet bestaat")
        case .refAmbiguous: return fout("een verwijzing die in meer dan één document past")
        case .refOutsideContent: return fout("een link die buiten de inhoudsmap wijst of met `/` begint")
        case .refImageWithoutAlt: return fout("een afbeelding zonder alt-tekst")
        case .refImageMissing: return fout("een afbeelding die niet bestaat")
        case .refUnknownDocument: return fout("een verwijzing naar een document dat niet bestaat")
        case .entityDuplicate: return fout("een onderdeel van het plan is twee keer gedefinieerd")
        case .entityOutsideParent: return fout("een onderdeel staat buiten het onderdeel waar het bij hoort")
        case .entityNumberingGap: return waarschuwing("de nummering van onderdelen slaat een nummer over of staat niet op volgorde")
        case .entityUnknownKind: return fout("een onderdeel van een soort die het document niet kent")
        case .haUnknownMaatregel: return fout("een maatregel die niet in de Hervormingsagenda staat")
        case .haUnknownColumn: return fout("een kolom die geen onderdeel van het hoogste niveau is")
        case .haUnknownOnderdeel: return fout("een onderdeel dat niet bestaat")
        case .haOnderdeelInOtherColumn: return fout("een onderdeel in de kolom van een ander onderdeel")
        case .haMalformedReference: return fout("een verkeerd geschreven nummer (`2.1/2/2`)")
        case .haZelfdeAlsDiffers: return fout("twee maatregelen die `zelfde-als` zijn, zijn verschillend beantwoord")
        case .haUnknownThema: return fout("een thema dat niet in de Hervormingsagenda staat")
        case .haBegripInOtherColumn: return waarschuwing("een celtekst noemt een begrip dat bij een andere kolom hoort")
        case .haNotAnswered: return info("maatregelen die het document niet beantwoordt")
        case .haEntityAnswersNone: return info("onderdelen die geen maatregel beantwoorden")
        case .haTextNamesOtherOnderdeel: return waarschuwing("een celtekst noemt een onderdeel uit een andere kolom")
        case .haDuplicateMaatregel: return fout("een maatregel staat twee keer in de landelijke lijst")
        case .haMaatregelOutsideThema: return fout("een maatregel in de landelijke lijst waarvan het nummer niet bij zijn thema past")
        case .grUnknownGremium: return fout("een gremium dat niet in overlegvormen.yaml staat")
        case .grReportingCycle: return fout("gremia leggen in een kring verantwoording aan elkaar af")
        case .grUnresolvedWerktAan: return fout("`werkt-aan` verwijst naar iets wat niet bestaat")
        case .grDuplicateGremium: return fout("twee gremia hebben hetzelfde `id`")
        case .grUnknownDocument: return fout("`beschreven-in` noemt een document dat de regio niet heeft")
        case .gemeenteUnknown: return fout("`andere-namen` noemt een gemeente die niet onder `gemeenten` staat")
        case .gemeenteNameTwice: return fout("een naam die de regio al voor een gemeente gebruikt")
        case .begripDuplicate: return fout("twee begrippen hebben hetzelfde `id`")
        case .fnUndefined: return fout("een voetnootverwijzing zonder voetnoot")
        case .fnUnused: return waarschuwing("een voetnoot waar niets naar verwijst")
        case .fnDuplicate: return fout("een voetnootnummer dat al in het document voorkomt")
        case .htmlNotAllowed: return waarschuwing("HTML die niet is toegestaan (wordt als tekst getoond)")
        case .htmlUnbalanced: return waarschuwing("een toegestane HTML-tag die niet wordt gesloten of niets sluit")
        }
    }
}
