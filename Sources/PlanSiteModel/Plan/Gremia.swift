/// One gremium (overlegvorm) of a region's `overlegvormen.yaml`.
public struct Gremium: Sendable {
    public static let soorten = ["bestuurlijk", "ambtelijk", "uitvoering", "netwerk"]
    public static let niveaus = ["lokaal", "regionaal", "bovenregionaal", "landelijk"]

    public var id: Located<String>
    public var naam: String
    public var afkorting: String?
    public var soort: String?
    public var niveau: String?
    public var werktAan: [Located<String>]
    public var leden: [String]
    public var voorzitter: String?
    public var frequentie: String?
    public var rol: RichText?
    public var legtVerantwoordingAfAan: [Located<String>]

    public init(id: Located<String>, naam: String, afkorting: String? = nil, soort: String? = nil, niveau: String? = nil, werktAan: [Located<String>], leden: [String], voorzitter: String? = nil, frequentie: String? = nil, rol: RichText? = nil, legtVerantwoordingAfAan: [Located<String>]) {
        self.id = id
        self.naam = naam
        self.afkorting = afkorting
        self.soort = soort
        self.niveau = niveau
        self.werktAan = werktAan
        self.leden = leden
        self.voorzitter = voorzitter
        self.frequentie = frequentie
        self.rol = rol
        self.legtVerantwoordingAfAan = legtVerantwoordingAfAan
    }
}
