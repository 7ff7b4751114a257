/// What the rest of the site sees of a region's `overlegvormen.yaml`: which gremia it has,
/// in which order, and the name a link to each shows (`afkorting`, else `naam`). Routes,
/// gremium pages and the symbol table follow from the ids, and a link elsewhere shows the
/// name; every other field is shown only by the pages that declare they read the region's
/// gremia (`PageInput.gremia`). When an edit leaves these as they were, the preview makes
/// those pages again; otherwise it rebuilds the whole site.
struct GremiumExports: Equatable {
    struct Export: Equatable {
        var id: String
        var naam: String
        var afkorting: String?
    }

    var gremia: [Export]

    init(_ gremia: [Gremium]) {
        self.gremia = gremia.map { Export(id: $0.id.value, naam: $0.naam, afkorting: $0.afkorting) }
    }
}
