/// Every diagnostic plansite can emit. The raw value is the stable code editors and CI see;
/// grepping a code finds its definition here, its meaning in `DiagnosticCode+Catalogue.swift`
/// and the one file that emits it. A code means one thing: a new kind of problem gets a new
/// code, never a borrowed one.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // Files and YAML
    case yamlSyntax = "YAML001"
    case yamlDuplicateKey = "YAML002"
    case yamlUnknownKey = "YAML003"
    case yamlWrongType = "YAML004"
    case yamlMissingField = "YAML005"
    case yamlInvalidValue = "YAML006"
    /// An anchor (`&naam`) or alias (`*naam`): refused before anything expands it.
    case yamlAnchorOrAlias = "YAML007"
    case fileInvalidUTF8 = "BRON001"
    case fileEmpty = "BRON002"
    case fileUnreadable = "BRON003"
    case fileSymlinkLoop = "BRON004"
    case fileUnexpected = "BRON005"
    case fileOutsideContent = "BRON006"
    case fileNotRegular = "BRON007"
    case fileBrokenLink = "BRON008"
    /// A required file (site.yaml, regio.yaml, document.yaml) that is not there; formerly `YAML005`.
    case fileMissing = "BRON009"
    // Theme (`ontwerp`)
    case themeMissing = "ONTW001"
    case themeTemplateInvalid = "ONTW002"
    // Markdown
    case markdownUnterminatedFrontMatter = "MD001"
    case markdownReservedSlug = "MD002"
    case markdownDuplicateSlug = "MD003"
    case markdownHeadingAttribute = "MD004"
    case markdownTooDeep = "MD005"
    /// Two chapters (or two bijlagen) of one document with the same `nummer`.
    case markdownDuplicateNumber = "MD006"
    // References
    case refUnknownTarget = "REF001"
    case refUnknownKind = "REF002"
    case refMissingFile = "REF003"
    case refMissingAnchor = "REF004"
    case refAmbiguous = "REF005"
    case refOutsideContent = "REF006"
    case refImageWithoutAlt = "REF007"
    case refImageMissing = "REF008"
    case refUnknownDocument = "REF009"
    // Entities
    case entityDuplicate = "ENT001"
    case entityOutsideParent = "ENT002"
    case entityNumberingGap = "ENT003"
    case entityUnknownKind = "ENT004"
    // Hervormingsagenda
    case haUnknownMaatregel = "HA001"
    case haUnknownColumn = "HA002"
    case haUnknownOnderdeel = "HA003"
    case haOnderdeelInOtherColumn = "HA004"
    case haMalformedReference = "HA005"
    case haZelfdeAlsDiffers = "HA006"
    case haUnknownThema = "HA007"
    case haBegripInOtherColumn = "HA008"
    case haNotAnswered = "HA009"
    case haEntityAnswersNone = "HA010"
    case haTextNamesOtherOnderdeel = "HA011"
    case haDuplicateMaatregel = "HA012"
    /// A maatregel of the national list whose number does not start with its thema's; formerly `HA005`.
    case haMaatregelOutsideThema = "HA013"
    // Gremia
    case grUnknownGremium = "GR001"
    case grReportingCycle = "GR002"
    case grUnresolvedWerktAan = "GR003"
    case grDuplicateGremium = "GR004"
    /// `beschreven-in` names a document the region does not have.
    case grUnknownDocument = "GR005"
    // Gemeenten (`regio.yaml`)
    /// `andere-namen` names a gemeente that `gemeenten` does not list.
    case gemeenteUnknown = "GEM001"
    /// A name a region gives twice: a gemeente listed twice, or an other name that is already
    /// a name (or another other name) of the region's gemeenten.
    case gemeenteNameTwice = "GEM002"
    // Begrippen
    case begripDuplicate = "BEG001"
    // Footnotes
    case fnUndefined = "FN001"
    case fnUnused = "FN002"
    case fnDuplicate = "FN003"
    // Raw HTML
    case htmlNotAllowed = "HTML001"
    case htmlUnbalanced = "HTML002"
}
