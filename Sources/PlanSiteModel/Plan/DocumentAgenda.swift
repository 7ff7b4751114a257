/// A document's answers to the Hervormingsagenda (`<document>/hervormingsagenda.yaml`),
/// read as written; the checks decide what is valid.
public struct DocumentAgenda: Sendable {
    /// One cell of a maatregel's table: what one top-level entity (column) contributes.
    public struct Cell: Sendable {
        public var column: Located<String>
        public var geheel: Bool
        public var onderdelen: [Located<String>]
        public var tekst: RichText?
        public var perOnderdeel: [(onderdeel: Located<String>, tekst: RichText)]
        public var location: SourceLocation

        public init(column: Located<String>, geheel: Bool, onderdelen: [Located<String>], tekst: RichText? = nil, perOnderdeel: [(onderdeel: Located<String>, tekst: RichText)], location: SourceLocation) {
            self.column = column
            self.geheel = geheel
            self.onderdelen = onderdelen
            self.tekst = tekst
            self.perOnderdeel = perOnderdeel
            self.location = location
        }
    }

    public struct Answer: Sendable {
        public var maatregel: Located<String>
        public var toelichting: RichText?
        public var cells: [Cell]

        public init(maatregel: Located<String>, toelichting: RichText? = nil, cells: [Cell]) {
            self.maatregel = maatregel
            self.toelichting = toelichting
            self.cells = cells
        }
    }

    public struct ThemaAnswer: Sendable {
        public var thema: Located<String>
        public var toelichting: RichText?
        public var onderdelen: [Located<String>]

        public init(thema: Located<String>, toelichting: RichText? = nil, onderdelen: [Located<String>]) {
            self.thema = thema
            self.toelichting = toelichting
            self.onderdelen = onderdelen
        }
    }

    public var themas: [ThemaAnswer]
    public var maatregelen: [Answer]
    public var file: String

    public init(themas: [ThemaAnswer], maatregelen: [Answer], file: String) {
        self.themas = themas
        self.maatregelen = maatregelen
        self.file = file
    }
}
