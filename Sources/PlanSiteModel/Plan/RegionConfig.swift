/// `<regio>/regio.yaml`.
public struct RegionConfig: Sendable {
    public var naam: String
    public var gemeenten: [String]
    public var website: String?
    public var omschrijving: String?

    public init(naam: String, gemeenten: [String], website: String? = nil, omschrijving: String? = nil) {
        self.naam = naam
        self.gemeenten = gemeenten
        self.website = website
        self.omschrijving = omschrijving
    }
}
