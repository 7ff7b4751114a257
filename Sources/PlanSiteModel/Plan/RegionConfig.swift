/// `<regio>/regio.yaml`.
public struct RegionConfig: Sendable {
    public var naam: String
    public var gemeenten: [String]
    /// `andere-namen`: per gemeente of `gemeenten`, the other names the text may use for it
    /// (an old name, another spelling: `Neder-Betuwe: [Nederbetuwe]`). The gemeente pages
    /// find a gemeente by its name and by these.
    public var andereNamen: [String: [String]]
    public var website: String?
    public var omschrijving: String?

    public init(naam: String, gemeenten: [String], andereNamen: [String: [String]] = [:], website: String? = nil, omschrijving: String? = nil) {
        self.naam = naam
        self.gemeenten = gemeenten
        self.andereNamen = andereNamen
        self.website = website
        self.omschrijving = omschrijving
    }
}
