/// One gremium (overlegvorm) of a region's `overlegvormen.yaml`. What it is and how it hangs
/// together (`id`, `werkt-aan`, `legt-verantwoording-af-aan`) is one fact for the region;
/// what a document says of it (`beschreven-in`) is that document's, so two documents that
/// describe one gremium each keep their own words.
public struct Gremium: Sendable {
    public static let soorten = ["bestuurlijk", "ambtelijk", "uitvoering", "netwerk"]
    public static let niveaus = ["lokaal", "regionaal", "bovenregionaal", "landelijk"]

    public var id: Located<String>
    public var naam: String
    public var afkorting: String?
    public var soort: String?
    public var niveau: String?
    public var werktAan: [Located<String>]
    public var legtVerantwoordingAfAan: [Located<String>]
    /// What holds regardless of document (the top-level fields).
    public var description: GremiumDescription
    /// What each document says, in the order `beschreven-in` lists them.
    public var describedIn: [DocumentDescription]

    public init(id: Located<String>, naam: String, afkorting: String? = nil, soort: String? = nil, niveau: String? = nil, werktAan: [Located<String>],
                legtVerantwoordingAfAan: [Located<String>], description: GremiumDescription = GremiumDescription(), describedIn: [DocumentDescription] = []) {
        self.id = id
        self.naam = naam
        self.afkorting = afkorting
        self.soort = soort
        self.niveau = niveau
        self.werktAan = werktAan
        self.legtVerantwoordingAfAan = legtVerantwoordingAfAan
        self.description = description
        self.describedIn = describedIn
    }
}

/// What a source says of a gremium: who sits in it, who it is for, what it does, how to
/// reach it. Texts that may hold links or addresses are Markdown.
public struct GremiumDescription: Sendable {
    public var leden: [String]
    public var voorzitter: String?
    public var frequentie: String?
    public var rol: RichText?
    /// Who the table is for ("Voor wie?"), for overlegtafels that professionals sign cases up to.
    public var voorWie: RichText?
    public var doel: RichText?
    /// Who organises it, which is not whom it reports to.
    public var georganiseerdDoor: String?
    /// How to sign up: often an address or a web page.
    public var aanmelding: RichText?
    public var contact: RichText?

    public init(leden: [String] = [], voorzitter: String? = nil, frequentie: String? = nil, rol: RichText? = nil, voorWie: RichText? = nil,
                doel: RichText? = nil, georganiseerdDoor: String? = nil, aanmelding: RichText? = nil, contact: RichText? = nil) {
        self.leden = leden
        self.voorzitter = voorzitter
        self.frequentie = frequentie
        self.rol = rol
        self.voorWie = voorWie
        self.doel = doel
        self.georganiseerdDoor = georganiseerdDoor
        self.aanmelding = aanmelding
        self.contact = contact
    }

    /// The Markdown fields, for the link walk and checks.
    public var richTexts: [RichText] {
        [rol, voorWie, doel, aanmelding, contact].compactMap { $0 }
    }
}

/// One entry of `beschreven-in`: a document of the region (by its folder name) and what it says.
public struct DocumentDescription: Sendable {
    public var document: Located<String>
    public var description: GremiumDescription

    public init(document: Located<String>, description: GremiumDescription) {
        self.document = document
        self.description = description
    }
}
