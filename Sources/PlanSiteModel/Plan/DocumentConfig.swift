/// `<regio>/<document>/document.yaml`.
public struct DocumentConfig: Sendable {
    public struct Adoption: Sendable {
        public var door: String?
        public var datum: String?

        public init(door: String? = nil, datum: String? = nil) {
            self.door = door
            self.datum = datum
        }
    }

    public static let soorten = ["uitvoeringsplan", "regiovisie", "regioprogramma", "regionale-uitvoering", "anders"]
    public static let statussen = ["concept", "vastgesteld"]

    public var titel: String
    public var soort: String
    /// The names of the plan levels, top first: ["Opgave", "Actielijn"].
    public var niveaus: [Located<String>]
    public var periodeVan: Int?
    public var periodeTot: Int?
    /// The year the document is from, for a document that covers no period (a regiovisie
    /// "2021"): shown where a period would be.
    public var jaar: Int?
    public var status: String
    public var versie: String?
    public var vastgesteld: [Adoption]
    public var bronPDF: String?
    public var vervangt: Located<String>?
    public var vervangenDoor: Located<String>?
    public var location: SourceLocation

    public init(titel: String, soort: String, niveaus: [Located<String>], periodeVan: Int? = nil, periodeTot: Int? = nil, jaar: Int? = nil, status: String, versie: String? = nil, vastgesteld: [Adoption], bronPDF: String? = nil, vervangt: Located<String>? = nil, vervangenDoor: Located<String>? = nil, location: SourceLocation) {
        self.titel = titel
        self.soort = soort
        self.niveaus = niveaus
        self.periodeVan = periodeVan
        self.periodeTot = periodeTot
        self.jaar = jaar
        self.status = status
        self.versie = versie
        self.vastgesteld = vastgesteld
        self.bronPDF = bronPDF
        self.vervangt = vervangt
        self.vervangenDoor = vervangenDoor
        self.location = location
    }
}
