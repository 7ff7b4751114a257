import PlanSiteModel
import PlanSiteLoad

/// A document's `hervormingsagenda.yaml` with its maatregelen, columns and onderdelen
/// resolved: the typed form of the agenda tables and the matrix.
public struct ResolvedAgenda: Sendable {
    public var document: SymbolTable.DocumentAddress
    /// The maatregelen answered, in file order.
    public var answers: [ResolvedAnswer]
    /// The thema answers, in file order.
    public var themas: [ResolvedThemaAnswer]
}

/// One maatregel's table in a document.
public struct ResolvedAnswer: Sendable {
    public var maatregel: Located<String>
    /// Whether the national Hervormingsagenda has this maatregel.
    public var isKnown: Bool
    public var answer: DocumentAgenda.Answer
    public var cells: [ResolvedCell]
}

/// One cell: what one top-level entity (column) contributes to a maatregel.
public struct ResolvedCell: Sendable {
    /// The cell as written: its texts and locations.
    public var cell: DocumentAgenda.Cell
    /// The column's top-level entity; nil when the document has no such column.
    public var column: EntityRef?
    /// `geheel`: the whole column answers ("hele opgave").
    public var isWholeColumn: Bool { cell.geheel }
    /// The onderdelen as the table lists them: `onderdelen` in order, then those named
    /// only in the per-onderdeel texts.
    public var onderdelen: [ResolvedOnderdeel]
}

/// A number written for an onderdeel (`"4.1"`), resolved in its document.
public struct ResolvedOnderdeel: Sendable {
    public enum Resolution: Sendable, Hashable {
        /// Not a dotted number (`"4.1/4.2"`, `"a"`).
        case malformed
        /// A well-formed number no entity has (in a cell: no lower-level entity).
        case unknown
        case entity(EntityRef)
    }

    public var written: Located<String>
    /// The number with surrounding white space removed.
    public var number: String
    public var resolution: Resolution

    public var entity: EntityRef? {
        if case .entity(let ref) = resolution { return ref }
        return nil
    }
}

/// A document's answer to a national thema: the onderdelen that work on it.
public struct ResolvedThemaAnswer: Sendable {
    public var thema: Located<String>
    public var isKnown: Bool
    public var answer: DocumentAgenda.ThemaAnswer
    public var onderdelen: [ResolvedOnderdeel]
}

/// An entity that answers a maatregel, and how.
public struct AgendaContribution: Sendable, Hashable {
    public enum Way: Sendable, Hashable {
        /// A column marked `geheel`: the whole top-level entity ("hele opgave").
        case wholeColumn
        /// A column with a cell that is not `geheel` (text or onderdelen).
        case column
        /// An onderdeel named in a cell.
        case onderdeel
        /// A lower-level entity whose top-level column is marked `geheel`.
        case viaWholeColumn
    }

    public var maatregel: String
    public var entity: EntityRef
    public var way: Way
    /// Where the cell or the onderdeel is written.
    public var location: SourceLocation
    /// Whether the cell is marked `geheel`. Besides `wholeColumn` and `viaWholeColumn`, an
    /// `onderdeel` can have it too (`{ geheel: true, onderdelen: [...] }`): the entity page
    /// then says the entity answers as a whole.
    public var isInWholeCell: Bool
}

extension ResolvedAgenda {
    /// The document's answer to maatregel `id`, if it has one.
    public func answer(to id: String) -> ResolvedAnswer? {
        answers.first { $0.maatregel.value == id }
    }

    /// The document's answer to thema `id`, if it has one.
    public func themaAnswer(to id: String) -> ResolvedThemaAnswer? {
        themas.first { $0.thema.value == id }
    }
}

extension ResolvedAnswer {
    /// The cells of one column, in file order.
    public func cells(in column: EntityRef) -> [ResolvedCell] {
        cells.filter { $0.column == column }
    }

    /// Whether the document says anything about the maatregel: a table or a toelichting.
    public var saysAnything: Bool { !cells.isEmpty || answer.toelichting != nil }
}

extension ResolvedPlan {
    /// Whether `number` is a dotted number: `4`, `4.1`, `4.1.2`.
    public static func isWellFormed(_ number: String) -> Bool {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    static func resolveAgendas(of site: Site) -> [ResolvedAgenda] {
        var out: [ResolvedAgenda] = []
        for (r, region) in site.regions.enumerated() {
            for (d, document) in region.documents.enumerated() {
                guard let agenda = document.agenda else { continue }
                out.append(resolve(agenda, of: document, at: SymbolTable.DocumentAddress(region: r, document: d), national: site.national))
            }
        }
        return out
    }

    /// One document's mapping: it resolves against that document's entities and the national
    /// agenda only, so the preview does this alone after the mapping or the document is saved.
    static func resolve(_ agenda: DocumentAgenda, of document: Document, at address: SymbolTable.DocumentAddress, national: NationalAgenda?) -> ResolvedAgenda {
        let entities = document.entities
        /// A cell names a lower-level entity; a thema answer (no column) also a top-level one.
        func onderdeel(_ written: Located<String>, inCell: Bool) -> ResolvedOnderdeel {
            let number = written.value.trimmed()
            guard isWellFormed(number) else { return ResolvedOnderdeel(written: written, number: number, resolution: .malformed) }
            let index = entities.firstIndex { $0.level > 1 && $0.number == number }
                ?? (inCell ? nil : entities.firstIndex { $0.level == 1 && $0.number == number })
            return ResolvedOnderdeel(written: written, number: number,
                                     resolution: index.map { .entity(EntityRef(document: address, index: $0)) } ?? .unknown)
        }
        let themas = agenda.themas.map { thema in
            ResolvedThemaAnswer(thema: thema.thema, isKnown: national?.thema(thema.thema.value) != nil, answer: thema,
                                onderdelen: thema.onderdelen.map { onderdeel($0, inCell: false) })
        }
        let answers = agenda.maatregelen.map { answer in
            let cells = answer.cells.map { cell in
                let column = entities.firstIndex { $0.level == 1 && $0.number == cell.column.value }.map { EntityRef(document: address, index: $0) }
                var written = cell.onderdelen
                for (o, _) in cell.perOnderdeel where !cell.onderdelen.contains(where: { $0.value == o.value }) { written.append(o) }
                return ResolvedCell(cell: cell, column: column, onderdelen: written.map { onderdeel($0, inCell: true) })
            }
            return ResolvedAnswer(maatregel: answer.maatregel, isKnown: national?.maatregel(answer.maatregel.value) != nil, answer: answer, cells: cells)
        }
        return ResolvedAgenda(document: address, answers: answers, themas: themas)
    }

    /// The resolved agenda of a document, if it has one.
    public func agenda(of document: SymbolTable.DocumentAddress) -> ResolvedAgenda? {
        agendaIndex(of: document).map { agendas[$0] }
    }

    /// What answers maatregel `id` ("1.3") in every document, in site order: per cell the
    /// column entity (`wholeColumn` for "hele opgave", else `column`) and each onderdeel
    /// that names an entity. Answers are taken as written: a maatregel that is `zelfde-als`
    /// another is answered by its own table.
    public func entitiesAnswering(maatregel id: String) -> [AgendaContribution] {
        agendas.flatMap { Self.entitiesAnswering(maatregel: id, in: $0) }
    }

    /// What answers maatregel `id` in one document's agenda, as `entitiesAnswering(maatregel:)`
    /// lists it (a document's own pages ask this for every maatregel: it must not walk every
    /// document's agenda to find one's).
    public func entitiesAnswering(maatregel id: String, in document: SymbolTable.DocumentAddress) -> [AgendaContribution] {
        agenda(of: document).map { Self.entitiesAnswering(maatregel: id, in: $0) } ?? []
    }

    private static func entitiesAnswering(maatregel id: String, in agenda: ResolvedAgenda) -> [AgendaContribution] {
        var out: [AgendaContribution] = []
        for answer in agenda.answers where answer.maatregel.value == id {
            for cell in answer.cells {
                if let column = cell.column {
                    out.append(AgendaContribution(maatregel: id, entity: column, way: cell.isWholeColumn ? .wholeColumn : .column, location: cell.cell.location,
                                              isInWholeCell: cell.isWholeColumn))
                }
                for onderdeel in cell.onderdelen {
                    guard let entity = onderdeel.entity else { continue }
                    out.append(AgendaContribution(maatregel: id, entity: entity, way: .onderdeel, location: onderdeel.written.location,
                                                  isInWholeCell: cell.isWholeColumn))
                }
            }
        }
        return out
    }

    /// The maatregelen an entity answers in its document's agenda, in file order, the way
    /// the entity pages show them ("draagt bij aan"): a top-level entity through any cell in
    /// its column, a lower one when a cell names it or when its whole column is `geheel`.
    public func contributions(of ref: EntityRef) -> [AgendaContribution] {
        guard let agenda = agenda(of: ref.document) else { return [] }
        let level = entity(ref).level
        let top = column(of: ref)
        var out: [AgendaContribution] = []
        for answer in agenda.answers {
            let id = answer.maatregel.value
            if level == 1 {
                for cell in answer.cells where cell.column == ref {
                    out.append(AgendaContribution(maatregel: id, entity: ref, way: cell.isWholeColumn ? .wholeColumn : .column, location: cell.cell.location,
                                                  isInWholeCell: cell.isWholeColumn))
                }
                continue
            }
            var named = false
            for cell in answer.cells {
                for onderdeel in cell.onderdelen where onderdeel.entity == ref {
                    named = true
                    out.append(AgendaContribution(maatregel: id, entity: ref, way: .onderdeel, location: onderdeel.written.location,
                                                  isInWholeCell: cell.isWholeColumn))
                }
            }
            if !named, let top, let whole = answer.cells.first(where: { $0.column == top && $0.isWholeColumn }) {
                out.append(AgendaContribution(maatregel: id, entity: ref, way: .viaWholeColumn, location: whole.cell.location, isInWholeCell: true))
            }
        }
        return out
    }
}

extension ResolvedPlan {
    /// The columns of a document's agenda tables and matrix: its top-level entities in
    /// numeric order (`10` after `9`).
    public func columns(of document: SymbolTable.DocumentAddress) -> [EntityRef] {
        let entities = self.document(document).entities
        return entities.indices.filter { entities[$0].level == 1 }
            .sorted { (Int(entities[$0].number) ?? 0, entities[$0].number) < (Int(entities[$1].number) ?? 0, entities[$1].number) }
            .map { EntityRef(document: document, index: $0) }
    }

    /// The documents that say something about maatregel `id` (a table or a toelichting),
    /// with their answer, in site order: the national maatregel page lists these.
    public func answers(to id: String) -> [(agenda: ResolvedAgenda, answer: ResolvedAnswer)] {
        agendas.compactMap { agenda in
            guard let answer = agenda.answer(to: id), answer.saysAnything else { return nil }
            return (agenda, answer)
        }
    }

    /// The thema answers of the entity's document that name the entity, in file order.
    public func themaAnswers(naming ref: EntityRef) -> [ResolvedThemaAnswer] {
        agenda(of: ref.document)?.themas.filter { $0.onderdelen.contains { $0.entity == ref } } ?? []
    }
}

