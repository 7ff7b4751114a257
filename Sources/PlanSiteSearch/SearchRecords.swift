import PlanSiteModel

/// The records of a site, in site order, read from the model: every chapter, bijlage and
/// verantwoording page, every entity with a page of its own, every gremium, begrip, region,
/// document and gemeente, and the national Hervormingsagenda's themas and maatregelen. URLs
/// come from `Route` and the model's own URL fields.
public enum SearchRecords {
    /// How exact-name matches are ordered: the thing a number or name most likely means first.
    /// A bare number ("1.3") means the Hervormingsagenda's maatregel first, then the
    /// documents' entities with that number, then chapters.
    enum Rank {
        static let maatregel = 0, entity = 1, gremium = 1, begrip = 1, gemeente = 1, thema = 2, bijlage = 2, chapter = 3, region = 4, document = 5
    }

    /// - Parameter stillWanted: asked per region; once false, no records (`SearchIndex.build`).
    public static func make(_ site: Site, stillWanted: () -> Bool = { true }) -> [SearchRecord] {
        // Regions over the cores, in site order: the text of every page is walked here.
        let perRegion = Array(site.regions.indices).parallelMap { r -> [SearchRecord]? in
            guard stillWanted() else { return nil }
            let region = site.regions[r]
            var records = regionRecords(region, r)
            for (d, document) in region.documents.enumerated() {
                records += documentRecords(document, r, d)
            }
            return records
        }
        var records: [SearchRecord] = []
        records.reserveCapacity(perRegion.reduce(0) { $0 + ($1?.count ?? 0) })
        for part in perRegion {
            guard let part else { return [] }
            records += part
        }
        if let national = site.national { records += nationalRecords(national) }
        return records
    }

    static func regionRecords(_ region: Region, _ r: Int) -> [SearchRecord] {
        let naam = region.config.naam
        var records = [SearchRecord(title: naam, kind: "regio", region: r, document: nil, url: region.url,
                                    passages: [region.config.omschrijving, region.config.gemeenten.joined(separator: ", ")].compactMap { $0 },
                                    names: [naam, region.slug], rank: Rank.region)]
        // A gemeente leads to its own page (the slug rule of `GemeenteNames`), found by its
        // other names (`andere-namen`) too.
        for gemeente in region.config.gemeenten where !Slug.make(gemeente).isEmpty {
            records.append(SearchRecord(title: gemeente, kind: "gemeente", region: r, document: nil, url: Route.gemeente(Slug.make(gemeente)).url,
                                        passages: [], names: [gemeente] + (region.config.andereNamen[gemeente] ?? []), rank: Rank.gemeente))
        }
        for gremium in region.gremia {
            let description = [gremium.description] + gremium.describedIn.map(\.description)
            var passages: [String] = []
            for d in description {
                passages += d.richTexts.flatMap { SearchText.passages($0.blocks) }
                passages += [d.leden.joined(separator: ", "), d.voorzitter, d.georganiseerdDoor, d.frequentie].compactMap { $0 }.filter { !$0.isEmpty }
            }
            let title = gremium.afkorting.map { "\(gremium.naam) (\($0))" } ?? gremium.naam
            records.append(SearchRecord(title: title, kind: "gremium", region: r, document: nil,
                                        url: Route.gremium(region: region.slug, id: gremium.id.value).url,
                                        passages: passages, names: [gremium.naam, gremium.afkorting].compactMap { $0 }, rank: Rank.gremium))
        }
        for begrip in region.begrippen {
            let title = begrip.afkorting.map { "\(begrip.term) (\($0))" } ?? begrip.term
            records.append(SearchRecord(title: title, kind: "begrip", region: r, document: nil,
                                        url: region.begrippenURL + "#" + ElementID.begrip(begrip.id.value).value,
                                        passages: begrip.betekenis.map { SearchText.passages($0.blocks) } ?? [],
                                        names: [begrip.term, begrip.afkorting].compactMap { $0 }, rank: Rank.begrip))
        }
        return records
    }

    static func documentRecords(_ document: Document, _ r: Int, _ d: Int) -> [SearchRecord] {
        var records = [SearchRecord(title: document.config.titel, kind: "document", region: r, document: d, url: document.url,
                                    passages: [], names: [document.config.titel], rank: Rank.document)]
        // Entities within a chapter are records of their own; their chapter leaves their text out.
        var ownPages: [Int: Set<String>] = [:]
        for entity in document.entities where entity.placement != .page { ownPages[entity.pageIndex, default: []].insert(entity.anchor) }
        for (p, page) in document.pages.enumerated() {
            var passages = page.frontMatter.doel.map { SearchText.passages($0.blocks) } ?? []
            passages += SearchText.passages(page.blocks, skipping: ownPages[p] ?? [])
            if let key = page.entityKey, let entity = document.entity(key) {
                passages = (entity.doel.map { SearchText.passages($0.blocks) } ?? []) + passages
                records.append(SearchRecord(title: entity.fullTitle, kind: entity.kind, region: r, document: d, url: page.url,
                                            passages: passages, names: entityNames(entity), rank: Rank.entity))
                continue
            }
            switch page.kind {
            case .chapter:
                let names = page.nummer.map { [$0, "hoofdstuk " + $0] } ?? []
                records.append(SearchRecord(title: page.displayTitle, kind: "hoofdstuk", region: r, document: d, url: page.url,
                                            passages: passages, names: names, rank: Rank.chapter))
            case .bijlage:
                let names = (page.nummer.map { ["bijlage " + $0] } ?? []) + [page.numberLabel].compactMap { $0 }
                records.append(SearchRecord(title: page.displayTitle, kind: "bijlage", region: r, document: d, url: page.url,
                                            passages: passages, names: names, rank: Rank.bijlage))
            case .verantwoording:
                records.append(SearchRecord(title: page.displayTitle, kind: "verantwoording", region: r, document: d, url: page.url,
                                            passages: passages, names: [], rank: Rank.document))
            }
        }
        // Entities inside a chapter (a section or a list item) have pages of their own too.
        for entity in document.entities where entity.placement != .page {
            let passages = (entity.doel.map { SearchText.passages($0.blocks) } ?? []) + SearchText.passages(entity.body)
            records.append(SearchRecord(title: entity.fullTitle, kind: entity.kind, region: r, document: d, url: entity.url,
                                        passages: passages, names: entityNames(entity), rank: Rank.entity))
        }
        return records
    }

    /// "actielijn 4.1" (its kind and its document's name for the level) and "4.1".
    static func entityNames(_ entity: Entity) -> [String] {
        [entity.kind + " " + entity.number, entity.label, entity.number]
    }

    static func nationalRecords(_ national: NationalAgenda) -> [SearchRecord] {
        var records: [SearchRecord] = []
        for thema in national.themas {
            records.append(SearchRecord(title: "Thema \(thema.id.value) \(thema.titel)", kind: "thema", region: nil, document: nil,
                                        url: Route.nationalThema(thema.id.value).url,
                                        passages: thema.tekst.map { SearchText.passages($0.blocks) } ?? [],
                                        names: ["thema " + thema.id.value], rank: Rank.thema))
            for maatregel in thema.maatregelen {
                records.append(SearchRecord(title: "Maatregel \(maatregel.id.value) \(maatregel.titel)", kind: "maatregel", region: nil, document: nil,
                                            url: Route.nationalMaatregel(maatregel.id.value).url,
                                            passages: maatregel.tekst.map { SearchText.passages($0.blocks) } ?? [],
                                            names: ["maatregel " + maatregel.id.value, maatregel.id.value], rank: Rank.maatregel))
            }
        }
        return records
    }
}
