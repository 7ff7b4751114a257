/// What a saved YAML file says, without where it says it: two versions of a mapping or of
/// a region's gremia compared this way tell the preview which national pages show something
/// that changed. (Positions are left out: no page shows them, and a line added above an
/// answer must not make every page after it render again.)
extension DocumentAgenda.Answer {
    var writtenForm: [String] {
        var form = [maatregel.value, toelichting?.text ?? "\u{0}"]
        for cell in cells {
            form += ["cell", cell.column.value, cell.geheel ? "geheel" : "", cell.tekst?.text ?? "\u{0}"]
            form += cell.onderdelen.map(\.value)
            for (onderdeel, tekst) in cell.perOnderdeel { form += [onderdeel.value, tekst.text] }
        }
        return form
    }

    /// Which entities the answer names, and whether it says anything (a toelichting alone
    /// answers), without its texts.
    var entitiesForm: [String] {
        [maatregel.value, toelichting == nil ? "" : "toelichting"] + cells.flatMap { ["cell", $0.column.value, $0.geheel ? "geheel" : ""] + $0.onderdelen.map(\.value) }
    }
}

extension DocumentAgenda.ThemaAnswer {
    var writtenForm: [String] {
        [thema.value, toelichting?.text ?? "\u{0}"] + onderdelen.map(\.value)
    }

    var entitiesForm: [String] {
        [thema.value] + onderdelen.map(\.value)
    }
}

extension DocumentAgenda {
    /// What changed between the mapping `before` and this one, as the pages that show part
    /// of it ask (`MappingChange`).
    func change(since before: DocumentAgenda?) -> MappingChange {
        MappingChange(maatregelen: Self.differing(maatregelen, before?.maatregelen ?? [], by: \.maatregel.value, \.writtenForm),
                      themas: Self.differing(themas, before?.themas ?? [], by: \.thema.value, \.writtenForm),
                      entities: maatregelen.map(\.entitiesForm) != (before?.maatregelen ?? []).map(\.entitiesForm)
                          || themas.map(\.entitiesForm) != (before?.themas ?? []).map(\.entitiesForm))
    }

    /// The ids whose items read differently in the two lists, one added or removed included.
    private static func differing<Item>(_ now: [Item], _ then: [Item], by id: (Item) -> String, _ form: (Item) -> [String]) -> Set<String> {
        let mine = Dictionary(grouping: now, by: id).mapValues { $0.map(form) }
        let theirs = Dictionary(grouping: then, by: id).mapValues { $0.map(form) }
        return Set(mine.keys).union(theirs.keys).filter { mine[$0] != theirs[$0] }
    }
}

extension Gremium {
    /// What the gremium works on and reports to, as written: who works on an answer follows
    /// from these and the ids alone.
    var writtenWork: [[String]] {
        [werktAan.map(\.value), legtVerantwoordingAfAan.map(\.value)]
    }
}
