/// The national Hervormingsagenda (`content/hervormingsagenda/hervormingsagenda.yaml`):
/// the fixed list every document answers.
public struct NationalAgenda: Sendable {
    public struct Thema: Sendable {
        public var id: Located<String>
        public var titel: String
        public var tekst: RichText?
        public var maatregelen: [Maatregel]

        public init(id: Located<String>, titel: String, tekst: RichText? = nil, maatregelen: [Maatregel]) {
            self.id = id
            self.titel = titel
            self.tekst = tekst
            self.maatregelen = maatregelen
        }
    }

    public struct Maatregel: Sendable {
        public var id: Located<String>
        public var titel: String
        public var tekst: RichText?
        public var zelfdeAls: Located<String>?
        public var themaID: String

        public init(id: Located<String>, titel: String, tekst: RichText? = nil, zelfdeAls: Located<String>? = nil, themaID: String) {
            self.id = id
            self.titel = titel
            self.tekst = tekst
            self.zelfdeAls = zelfdeAls
            self.themaID = themaID
        }
    }

    public var themas: [Thema]
    public var file: String
    /// The year the agenda starts (`van: 2023`): a document whose last year is earlier
    /// predates it and is not "nog niet beantwoord". Nil when the file does not say.
    public var van: Int?

    public var maatregelen: [Maatregel] { themas.flatMap(\.maatregelen) }

    public func thema(_ id: String) -> Thema? { themas.first { $0.id.value == id } }
    public func maatregel(_ id: String) -> Maatregel? {
        for t in themas { if let m = t.maatregelen.first(where: { $0.id.value == id }) { return m } }
        return nil
    }

    public init(themas: [Thema], file: String, van: Int? = nil) {
        self.themas = themas
        self.file = file
        self.van = van
    }

    /// Whether a document is older than the agenda, by its period or year.
    public func predates(_ config: DocumentConfig) -> Bool {
        guard let van, let last = config.periodeTot ?? config.periodeVan ?? config.jaar else { return false }
        return last < van
    }
}

import Foundation
