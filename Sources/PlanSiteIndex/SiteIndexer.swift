import PlanSiteModel
import PlanSiteLoad
import Foundation

/// Turns loaded files into the site model: URLs, anchors, entities and the symbol table.
/// Problems of structure (duplicate ids, a child outside its parent, reserved names) are
/// reported here, where the structure is discovered.
public enum SiteIndexer {

    /// - Parameter loaded: consumed: its documents move into the site, their blocks named in
    ///   place. A caller that keeps what it loaded (the preview) passes a copy.
    public static func index(_ loaded: consuming LoadedContent, includeConcept: Bool = false) -> (Site?, [Diagnostic]) {
        guard let config = loaded.site else { return (nil, []) }
        // Documents are indexed independently, over the cores; their order is kept. They are
        // taken out of `loaded`, so each worker owns the document it names.
        var documents: [LoadedDocument] = []
        var places: [(region: String, config: DocumentConfig)] = []
        for r in loaded.regions.indices where loaded.regions[r].config != nil {
            var regionDocuments: [LoadedDocument] = []
            swap(&regionDocuments, &loaded.regions[r].documents)
            for loadedDocument in regionDocuments {
                guard let documentConfig = loadedDocument.config else { continue }
                if documentConfig.status == "concept" && !includeConcept { continue }
                documents.append(loadedDocument)
                places.append((loaded.regions[r].slug, documentConfig))
            }
        }
        // The names every page is searched for: the gemeenten of every region.
        let names = GemeenteNames(regions: loaded.regions.compactMap(\.config))
        let indexed = (consume documents).parallelMapOwning { i, loadedDocument in
            var found: [Diagnostic] = []
            let document = indexDocument(&loadedDocument, config: places[i].config, region: places[i].region, names: names, into: &found)
            return (document: document, diagnostics: found)
        }
        let diagnostics = indexed.flatMap(\.diagnostics)
        var documentsByRegion: [String: [Document]] = [:]
        for item in indexed { documentsByRegion[item.document.regionSlug, default: []].append(item.document) }
        var regions: [Region] = []
        for loadedRegion in loaded.regions {
            guard let regionConfig = loadedRegion.config else { continue }
            regions.append(Region(slug: loadedRegion.slug, config: regionConfig, configFile: loadedRegion.configFile,
                                  begrippen: loadedRegion.begrippen, gremia: loadedRegion.gremia, documents: documentsByRegion[loadedRegion.slug] ?? []))
        }
        let symbols = SymbolTable.build(regions: regions)
        return (Site(config: config, national: loaded.national, regions: regions, assets: loaded.assets, symbols: symbols), diagnostics)
    }

    /// - Parameter names: the gemeenten to find on the pages (`Page.gemeentePlaces`).
    /// - Parameter loaded: its pages are taken (it is left without pages) and their blocks
    ///   named in place; a caller that keeps its loaded document passes a copy, whose blocks
    ///   are then copied as they change.
    package static func indexDocument(_ loaded: inout LoadedDocument, config: DocumentConfig, region: String, names: GemeenteNames,
                                      into diagnostics: inout [Diagnostic]) -> Document {
        let kinds = config.niveaus.map { $0.value.lowercased() }
        var pages: [Page] = []
        var entities: [Entity] = []
        var containersOf: [String: [String]] = [:]
        var usedURLs: [String: String] = [:]
        var footnoteLabels: [String: SourceLocation] = [:]
        /// `hoofdstuk:1` / `bijlage:1` → the file that has that number first.
        var numberedBy: [String: String] = [:]
        var captionedTables = 0

        // Pages are moved out one by one, so the blocks the walker names have one owner.
        var loadedPages: [LoadedPage] = []
        swap(&loadedPages, &loaded.pages)
        loadedPages.reverse()
        // Sized once: the pages live through the build, and grown by doubling their array
        // kept up to half its storage unused.
        pages.reserveCapacity(loadedPages.count)
        while var loadedPage = loadedPages.popLast() {
            var blocks: [Block] = []
            swap(&blocks, &loadedPage.blocks)
            let fm = loadedPage.frontMatter
            var pageEntity: (kind: String, number: String)?
            if let id = fm.id {
                if let parsed = parseEntityKey(id, kinds: kinds, into: &diagnostics) { pageEntity = parsed }
            }
            let route: Route
            if let e = pageEntity {
                route = .entity(region: region, document: loaded.slug, kind: e.kind, number: e.number)
            } else if loadedPage.kind == .verantwoording {
                route = .verantwoording(region: region, document: loaded.slug)
            } else {
                // A page whose `id` did not read (reported, ENT004) was meant to be that entity:
                // its entity-like file name is no second mistake.
                if Route.reservedSlugs.contains(loadedPage.slug) || (isEntityForm(loadedPage.slug, kinds: kinds) && fm.id == nil) {
                    diagnostics.append(.reservedPageName(loadedPage.slug, fileName: loadedPage.fileName, at: loadedPage.file.start))
                }
                route = .page(region: region, document: loaded.slug, slug: loadedPage.slug)
            }
            let url = route.url
            if let other = usedURLs[url] {
                diagnostics.append(Diagnostic(.markdownDuplicateSlug, at: loadedPage.file.start,
                                              "deze pagina krijgt dezelfde URL `\(url)` als \(other)", hint: "hernoem een van beide bestanden"))
            }
            usedURLs[url] = loadedPage.fileName
            // A second page with a number links nowhere: `hoofdstuk:N` resolves to the first
            // (`SymbolTable.pagesByNumber` keeps the first of a key).
            if let nummer = fm.nummer {
                let key = SymbolTable.numberKey(loadedPage.kind, nummer: nummer.value)
                if let first = numberedBy[key] {
                    diagnostics.append(Diagnostic(.markdownDuplicateNumber, at: nummer.location,
                                                  "\(SymbolTable.numberedKind(of: loadedPage.kind)) \(nummer.value) bestaat al in dit document: `\(first)`",
                                                  hint: "geef dit bestand een eigen nummer; `\(key)` verwijst naar `\(first)`"))
                } else {
                    numberedBy[key] = loadedPage.fileName
                }
            }

            // Footnote ids are fixed by the contract; reserve them before headings are named.
            var footnoteIDs: Set<String> = []
            collectFootnoteLabels(blocks) { label, location in
                footnoteIDs.insert(ElementID.footnote(label).value)
                if let first = footnoteLabels[label] {
                    diagnostics.append(Diagnostic(.fnDuplicate, at: location, "voetnoot [^\(label)] is in dit document al eerder gedefinieerd",
                                                  hint: "de eerste staat in \(first); geef deze voetnoot een eigen nummer"))
                } else {
                    footnoteLabels[label] = location
                }
            }
            // cmark-gfm keeps the first of two definitions of a label in one file and drops the
            // second without a trace, so that one is found in the source lines.
            var definedOnLine: [String: Int] = [:]
            for line in loadedPage.footnoteLines.lines {
                guard let definition = FootnoteLines.definition(in: Substring(line.text)) else { continue }
                let key = definition.label.lowercased()
                if let first = definedOnLine[key] {
                    diagnostics.append(Diagnostic(.fnDuplicate, at: loadedPage.file.location(line: line.index + 1, column: definition.column),
                                                  "voetnoot [^\(definition.label)] is in dit bestand al gedefinieerd op regel \(first)",
                                                  hint: "deze tweede tekst verschijnt nergens; geef de voetnoot een eigen nummer of voeg de twee teksten samen"))
                } else {
                    definedOnLine[key] = line.index + 1
                }
            }
            let pageEntityKey = pageEntity.map { $0.kind + ":" + $0.number }
            var walker = PageWalker(kinds: kinds, pageEntity: pageEntityKey, reserved: footnoteIDs, blocks: blocks, names: names)
            walker.captionedTables = captionedTables
            walker.walkTop(&blocks)
            captionedTables = walker.captionedTables
            diagnostics += walker.diagnostics
            let pageIndex = pages.count
            let page = Page(kind: loadedPage.kind, slug: loadedPage.slug, route: route,
                            titel: fm.titel?.value ?? loadedPage.slug, nummer: fm.nummer?.value,
                            file: loadedPage.file, footnoteLines: loadedPage.footnoteLines, relativePath: loadedPage.relativePath, fileName: loadedPage.fileName,
                            frontMatter: fm, blocks: blocks, headings: walker.headings,
                            ids: walker.ids.union(footnoteIDs), entityKey: pageEntityKey, gemeentePlaces: walker.places)
            pages.append(page)

            if let e = pageEntity, let id = fm.id {
                let level = e.number.split(separator: ".").count
                entities.append(Entity(kind: e.kind, niveau: niveauName(e.kind, config), number: e.number, title: page.titel, level: level,
                                       placement: .page, pageIndex: pageIndex, url: url, anchor: "",
                                       location: id.location, body: blocks, doel: fm.doel))
                containersOf[e.kind + ":" + e.number + "@" + String(entities.count - 1)] = []
            }
            for found in walker.found {
                let key = found.kind + ":" + found.number
                let body: [Block]
                if let range = found.bodyRange { body = Array(blocks[range.clamped(to: blocks.indices)]) } else { body = found.listItemBody ?? [] }
                entities.append(Entity(kind: found.kind, niveau: niveauName(found.kind, config), number: found.number, title: found.title,
                                       level: found.number.split(separator: ".").count, placement: found.placement, pageIndex: pageIndex,
                                       url: Route.entity(region: region, document: loaded.slug, kind: found.kind, number: found.number).url,
                                       anchor: ElementID.entity(kind: found.kind, number: found.number).value,
                                       location: found.location, body: body, doel: nil))
                containersOf[key + "@" + String(entities.count - 1)] = found.containers
            }
        }

        // Duplicates are reported at the second definition and never renamed.
        var firstDefinition: [String: Entity] = [:]
        for entity in entities {
            if let first = firstDefinition[entity.key] {
                diagnostics.append(Diagnostic(.entityDuplicate, at: entity.location,
                                              "\(entity.label) is al gedefinieerd in \(first.location)",
                                              hint: "geef deze \(entity.kind) een eigen nummer of verwijder een van beide"))
            } else {
                firstDefinition[entity.key] = entity
            }
        }
        // A child lives inside its parent.
        for (index, entity) in entities.enumerated() where entity.level > 1 {
            guard let parentNumber = entity.parentNumber, entity.level - 2 < kinds.count else { continue }
            let parentKind = kinds[entity.level - 2]
            let parentKey = parentKind + ":" + parentNumber
            let containers = containersOf[entity.key + "@" + String(index)] ?? []
            guard let parent = firstDefinition[parentKey] else {
                diagnostics.append(Diagnostic(.entityOutsideParent, at: entity.location,
                                              "\(entity.label) hoort bij \(niveauName(parentKind, config).lowercased()) \(parentNumber), maar die bestaat niet",
                                              hint: "definieer eerst \(parentKey), of controleer het nummer"))
                continue
            }
            if !containers.contains(parentKey) {
                diagnostics.append(Diagnostic(.entityOutsideParent, at: entity.location,
                                              "\(entity.label) staat buiten \(parent.label), waar het bij hoort",
                                              hint: "zet de definitie in het bestand of de sectie van \(parent.label) (\(parent.location))"))
            }
        }
        diagnostics += numberingWarnings(entities)
        assignParents(&entities)

        return Document(slug: loaded.slug, regionSlug: region, config: config, configFile: loaded.configFile,
                        pages: pages, entities: entities, agenda: loaded.agenda)
    }

    /// Gives each entity its parent's index (`Entity.parentIndex`), found once here: asked
    /// for every entity page, every "wie werkt hieraan" and every agenda column, the search
    /// through the document's entities took 2,300 instructions a call.
    static func assignParents(_ entities: inout [Entity]) {
        var first: [String: Int] = [:]
        for (index, entity) in entities.enumerated() where first["\(entity.level) \(entity.number)"] == nil {
            first["\(entity.level) \(entity.number)"] = index
        }
        for index in entities.indices {
            guard let number = entities[index].parentNumber else { continue }
            entities[index].parentIndex = first["\(entities[index].level - 1) \(number)"]
        }
    }

    /// Numbers under one parent should run 1, 2, 3 in the order they are written.
    static func numberingWarnings(_ entities: [Entity]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var groups: [String: [Entity]] = [:]
        var order: [String] = []
        for entity in entities {
            let group = entity.kind + "|" + (entity.parentNumber ?? "")
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(entity)
        }
        for group in order {
            var expected = 1
            var seen: Set<String> = []
            for entity in groups[group] ?? [] where seen.insert(entity.number).inserted {
                guard let last = entity.number.split(separator: ".").last, let n = Int(last) else { continue }
                if n != expected {
                    let prefix = entity.parentNumber.map { $0 + "." } ?? ""
                    let missing = n > expected ? (expected..<n).map { prefix + String($0) } : []
                    let message = n > expected
                        ? "\(entity.label) volgt op \(expected == 1 ? "het begin" : prefix + String(expected - 1)); \(missing.count == 1 ? "nummer \(missing[0]) ontbreekt" : "nummers \(missing.joined(separator: ", ")) ontbreken")"
                        : "\(entity.label) staat na \(prefix)\(expected - 1); nummers horen op te lopen"
                    diagnostics.append(Diagnostic(.entityNumberingGap, at: entity.location, message, hint: "controleer de nummering"))
                }
                expected = n + 1
            }
        }
        return diagnostics
    }

    static func parseEntityKey(_ id: Located<String>, kinds: [String], into diagnostics: inout [Diagnostic]) -> (kind: String, number: String)? {
        guard let colon = id.value.firstIndex(of: ":") else {
            diagnostics.append(.entityKeyWithoutKind(at: id.location))
            return nil
        }
        let kind = String(id.value[..<colon])
        let number = String(id.value[id.value.index(after: colon)...])
        guard let level = kinds.firstIndex(of: kind) else {
            diagnostics.append(.entityKindNotALevel(kind, kinds: kinds, in: .frontMatterID, at: id.location))
            return nil
        }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == level + 1, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
            diagnostics.append(.entityNumberInvalid(number, kind: kind, level: level, in: .frontMatterID, at: id.location))
            return nil
        }
        return (kind, number)
    }

    static func isEntityForm(_ slug: String, kinds: [String]) -> Bool {
        kinds.contains { kind in
            slug.hasPrefix(kind + "-") && slug.dropFirst(kind.count + 1).allSatisfy { $0.isNumber || $0 == "-" }
        }
    }

    static func niveauName(_ kind: String, _ config: DocumentConfig) -> String {
        config.niveaus.first { $0.value.lowercased() == kind }?.value ?? kind.capitalized
    }

    static func collectFootnoteLabels(_ blocks: [Block], _ visit: (String, SourceLocation) -> Void) {
        for block in blocks {
            switch block {
            case .footnoteDefinition(let d):
                visit(d.label, d.location)
                collectFootnoteLabels(d.blocks, visit)
            case .blockQuote(let children): collectFootnoteLabels(children, visit)
            case .list(let list): for item in list.items { collectFootnoteLabels(item.blocks, visit) }
            default: break
            }
        }
    }
}
