/// `content/site.yaml`.
public struct SiteConfig: Sendable {
    public var titel: String
    public var basisURL: String
    public var ontwerp: String
    /// Where `ontwerp` is written, so a missing theme is reported there; nil when it is not.
    public var ontwerpLocation: SourceLocation?
    public var toegankelijkheid: RichText?
    public var omschrijving: String?

    public init(titel: String, basisURL: String, ontwerp: String, ontwerpLocation: SourceLocation? = nil, toegankelijkheid: RichText? = nil, omschrijving: String? = nil) {
        self.titel = titel
        self.basisURL = basisURL
        self.ontwerp = ontwerp
        self.ontwerpLocation = ontwerpLocation
        self.toegankelijkheid = toegankelijkheid
        self.omschrijving = omschrijving
    }
}
