import PlanSiteModel
import PlanSiteLoad

/// One gemeente as its page shows it: the regions that list it, every place in every
/// document that names it, and the gremia it sits in. Made once per plan
/// (`ResolvedPlan.gemeenten`) from what the index stage found on each page
/// (`Page.gemeentePlaces`) and from the regions' `overlegvormen.yaml`.
public struct ResolvedGemeente: Sendable {
    public var naam: String
    /// The key of its page (`Route.gemeente`).
    public var slug: String
    public var andereNamen: [String]
    /// Indices into `Site.regions`, in site order.
    public var regions: [Int]
    /// Every place that names it, in site order (region, document, page, place on the page).
    public var places: [GemeentePlaceRef]
    /// The gremia that name it among their members, or in their name, in site order.
    public var gremia: [GremiumMembership]
}

/// A place on a page (`Page.gemeentePlaces[place]`).
public struct GemeentePlaceRef: Sendable, Hashable {
    public var page: SymbolTable.PageAddress
    public var place: Int

    public init(page: SymbolTable.PageAddress, place: Int) {
        self.page = page
        self.place = place
    }
}

/// A gremium that names a gemeente: among its `leden` (in any document's description), or
/// else in its `naam` ("Contractmanagement van de gemeente Putten").
public struct GremiumMembership: Sendable, Hashable {
    public enum How: Sendable, Hashable { case member, named }
    public var gremium: GremiumRef
    public var how: How

    public init(gremium: GremiumRef, how: How) {
        self.gremium = gremium
        self.how = how
    }
}

extension ResolvedPlan {
    /// Every gemeente of every `regio.yaml`, each once, with its places and gremia: drawn
    /// from the pages' places, which the index stage found, so an edited document's new
    /// places are here as soon as it is indexed again.
    static func resolveGemeenten(of site: Site) -> [ResolvedGemeente] {
        let names = GemeenteNames(regions: site.regions.map(\.config))
        var out = names.gemeenten.map { g in
            ResolvedGemeente(naam: g.naam, slug: g.slug, andereNamen: g.andereNamen, regions: g.regions, places: [], gremia: [])
        }
        var index: [String: Int] = [:]
        for (i, g) in out.enumerated() { index[g.slug] = i }
        for (r, region) in site.regions.enumerated() {
            for (d, document) in region.documents.enumerated() {
                for (p, page) in document.pages.enumerated() {
                    for (k, place) in page.gemeentePlaces.enumerated() {
                        let ref = GemeentePlaceRef(page: SymbolTable.PageAddress(region: r, document: d, page: p), place: k)
                        for slug in place.gemeenten { if let g = index[slug] { out[g].places.append(ref) } }
                    }
                }
            }
            for (slug, membership) in memberships(ofRegionAt: r, in: site, names: names) {
                if let g = index[slug] { out[g].gremia.append(membership) }
            }
        }
        return out
    }

    /// The gemeenten a region's gremia name among their members or in their name, in file
    /// order and, per gremium, by slug: each gemeente's `gremia` lists them in this order.
    private static func memberships(ofRegionAt r: Int, in site: Site, names: GemeenteNames) -> [(slug: String, membership: GremiumMembership)] {
        var out: [(slug: String, membership: GremiumMembership)] = []
        for (k, gremium) in site.regions[r].gremia.enumerated() {
            let descriptions = [gremium.description] + gremium.describedIn.map(\.description)
            let members = Set(descriptions.flatMap(\.leden).flatMap { names.find(in: GemeenteNames.normalized($0)).map(\.gemeente) })
            let named = Set(names.find(in: GemeenteNames.normalized(gremium.naam)).map(\.gemeente))
            for slug in members.union(named).sorted() {
                out.append((slug, GremiumMembership(gremium: GremiumRef(region: r, index: k), how: members.contains(slug) ? .member : .named)))
            }
        }
        return out
    }

    /// Replaces, in every gemeente's gremia, those of the region at `r` by the ones its gremia
    /// in `site` name now (after its `overlegvormen.yaml` was saved); a gemeente's gremia are
    /// in site order, so a region's are one run of the list. Returns the slugs of the gemeenten
    /// whose list changed: their pages show it.
    static func replaceMemberships(inRegionAt r: Int, of gemeenten: inout [ResolvedGemeente], from site: Site, names: GemeenteNames) -> Set<String> {
        var index: [String: Int] = [:]
        for (i, g) in gemeenten.enumerated() { index[g.slug] = i }
        var fresh: [Int: [GremiumMembership]] = [:]
        for (slug, membership) in memberships(ofRegionAt: r, in: site, names: names) {
            if let g = index[slug] { fresh[g, default: []].append(membership) }
        }
        var changed: Set<String> = []
        for g in gemeenten.indices {
            let list = gemeenten[g].gremia
            let start = list.partitionPoint { $0.gremium.region >= r }
            let end = list[start...].partitionPoint { $0.gremium.region > r }
            let now = fresh[g] ?? []
            guard Array(list[start..<end]) != now else { continue }
            gemeenten[g].gremia.replaceSubrange(start..<end, with: now)
            changed.insert(gemeenten[g].slug)
        }
        return changed
    }

    /// Replaces, in every gemeente's places, those in the document at `address` by the ones
    /// its pages in `site` hold now. A gemeente's places are in site order, so a document's
    /// are one run of each list: found by bisection, the preview's update after a save costs
    /// the edited document, not the site (the lists at 100× hold thousands of places).
    static func replacePlaces(inDocumentAt address: SymbolTable.DocumentAddress, of gemeenten: inout [ResolvedGemeente], from site: Site) {
        var index: [String: Int] = [:]
        for (i, g) in gemeenten.enumerated() { index[g.slug] = i }
        var fresh: [Int: [GemeentePlaceRef]] = [:]
        for (p, page) in site.regions[address.region].documents[address.document].pages.enumerated() {
            for (k, place) in page.gemeentePlaces.enumerated() {
                let ref = GemeentePlaceRef(page: SymbolTable.PageAddress(region: address.region, document: address.document, page: p), place: k)
                for slug in place.gemeenten { if let g = index[slug] { fresh[g, default: []].append(ref) } }
            }
        }
        let key = (address.region, address.document)
        for g in gemeenten.indices {
            let (start, end) = { (places: [GemeentePlaceRef]) in
                let start = places.partitionPoint(where: { ($0.page.region, $0.page.document) >= key })
                return (start, places[start...].partitionPoint(where: { ($0.page.region, $0.page.document) > key }))
            }(gemeenten[g].places)
            guard start != end || fresh[g] != nil else { continue }
            gemeenten[g].places.replaceSubrange(start..<end, with: fresh[g] ?? [])
        }
    }

    /// The gemeente whose page has this slug.
    public func gemeente(slug: String) -> ResolvedGemeente? {
        gemeenten.first { $0.slug == slug }
    }

    /// The place a reference points to.
    public func place(_ ref: GemeentePlaceRef) -> GemeentePlace {
        site.regions[ref.page.region].documents[ref.page.document].pages[ref.page.page].gemeentePlaces[ref.place]
    }

    /// Where the gemeente `naam` (its name as `regio.yaml` lists it) is named, in site order.
    public func placesNaming(gemeente naam: String) -> [GemeentePlaceRef] {
        gemeente(slug: Slug.make(naam))?.places ?? []
    }

    /// The gemeenten named by the places of the pages at `addresses` (each page of the plan's
    /// site): what a gemeente page shows of them. The preview asks it before and after an edit.
    package func gemeenten(namedOn pages: [SymbolTable.PageAddress]) -> Set<String> {
        var out: Set<String> = []
        for address in pages {
            let document = site.regions[address.region].documents[address.document]
            guard document.pages.indices.contains(address.page) else { continue }
            for place in document.pages[address.page].gemeentePlaces { out.formUnion(place.gemeenten) }
        }
        return out
    }
}
