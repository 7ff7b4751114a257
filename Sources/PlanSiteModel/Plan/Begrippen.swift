/// One entry of a region's `begrippen.yaml`.
public struct Begrip: Sendable {
    public var id: Located<String>
    public var term: String
    public var afkorting: String?
    public var betekenis: RichText?
    public var hoortBij: Located<String>?

    public init(id: Located<String>, term: String, afkorting: String? = nil, betekenis: RichText? = nil, hoortBij: Located<String>? = nil) {
        self.id = id
        self.term = term
        self.afkorting = afkorting
        self.betekenis = betekenis
        self.hoortBij = hoortBij
    }
}
