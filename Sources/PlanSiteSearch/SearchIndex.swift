import Foundation
import PlanSiteModel

/// The site's search index as static script files, built from the model at build time.
///
/// The browser needs no stemmer: the index maps every word form the site uses to its Snowball
/// stem and lists, per stem, the records that hold it. It is sharded by the first characters
/// of the folded word form, so a query loads only the shards of its words (`t-<key>.js`);
/// a shard that grows past `maxShardBytes` is split by one more character. Titles, links and
/// passages for the result list are in chunks of consecutive records (`d-<n>.js`), loaded
/// only for the results shown. `index.js` holds what every query needs: the shard keys, each
/// record's kind, region and document (for ranking and the filters) and the chunk starts.
/// Each shard also carries result cards (title, link, an excerpt around the word) for the
/// records that rank first for its words and names (`SearchIndex+Cards`): a browser pays
/// more per file than per byte, so a one-word query shows its first results from its shard
/// alone and loads chunks only for what the cards do not hold.
/// Every file is a script that hands its data to `plansiteZoeken.laad(name, data)`, so the
/// index loads from `file://` too, where browsers refuse `fetch` of local files.
public struct SearchIndex: Sendable {
    /// A file of the index: its name inside the index folder and its text.
    public struct File: Sendable, Equatable {
        public var name: String
        /// The file's UTF-8 bytes as `CompactJSON` wrote them: made into a `String` first, each
        /// shard was validated and copied again on its way to the writer.
        public var data: Data
        /// The file as text, for a reader that wants it so (the tests).
        public var text: String { String(decoding: data, as: UTF8.self) }
    }

    public var files: [File]

    /// A shard holding more bytes than this (estimated from its postings) is split by the next
    /// character, so no single word makes a browser load much more than it needs.
    public static let maxShardBytes = 96_000
    /// Records are grouped into text chunks of about this many bytes: each result shown loads
    /// its chunk, and a browser pays more per file than per byte (10 script files cost about
    /// 25 ms in headless Chromium here, however small), so results that sit together share
    /// one. 6 kB chunks made the 100x queries 5-30 ms slower than these (bench/search).
    public static let chunkBytes = 24_000
    /// The weight of a word in a record's title, added to its (capped) count in the text.
    /// Together with `maxCount` at most 15: a posting keeps the weight in 4 bits (`SearchAnalysis.Posting`).
    static let titleWeight = 8
    static let maxCount = 7

    /// The index of a site.
    /// - Parameter stillWanted: asked between pieces of work; once false the build stops and
    ///   returns no files. The preview makes the index in the background after a save and
    ///   drops it when the next save comes, which must not wait for seconds of stale work.
    /// - Parameter emit: when given, each file is handed to it as soon as it is made, on the
    ///   worker that made it, and the result holds no files: a build writes the index while
    ///   it is made instead of holding all of it (96 MB at 100×) at once. Only for a build that
    ///   is always wanted: what was emitted stays emitted.
    public static func build(_ site: Site, maxShardBytes: Int = SearchIndex.maxShardBytes,
                             stillWanted: @escaping @Sendable () -> Bool = { true },
                             emit: (@Sendable (File) -> Void)? = nil) -> SearchIndex {
        guard let input = Input(site, stillWanted: stillWanted) else { return SearchIndex(files: []) }
        return build(input, maxShardBytes: maxShardBytes, stillWanted: stillWanted, emit: emit)
    }

    /// Everything the index is made of, read from the site: its records and the places the
    /// filters list. A build takes these and then lets go of the parsed site before it
    /// analyses them, so the analysis's peak does not stand on top of every Markdown tree.
    public struct Input: Sendable {
        public var records: [SearchRecord]
        public var regions: [Place]
        public var documents: [Place]
        /// Region → document → position in `documents`.
        var documentIndex: [Int: [Int: Int]]

        /// Nil when `stillWanted` turned false while the records were made.
        public init?(_ site: Site, stillWanted: () -> Bool = { true }) {
            documents = []
            documentIndex = [:]
            for (r, region) in site.regions.enumerated() {
                for (d, document) in region.documents.enumerated() {
                    documentIndex[r, default: [:]][d] = documents.count
                    documents.append(Place(region: r, name: document.config.titel, slug: document.slug))
                }
            }
            regions = site.regions.enumerated().map { Place(region: $0.offset, name: $0.element.config.naam, slug: $0.element.slug) }
            records = SearchRecords.make(site, stillWanted: stillWanted)
            guard stillWanted() else { return nil }
        }
    }

    /// The index of what `Input` read from a site; see `build(_:maxShardBytes:stillWanted:emit:)`.
    public static func build(_ input: Input, maxShardBytes: Int = SearchIndex.maxShardBytes,
                             stillWanted: @escaping @Sendable () -> Bool = { true },
                             emit: (@Sendable (File) -> Void)? = nil) -> SearchIndex {
        let documentIndex = input.documentIndex
        return build(input.records, regions: input.regions, documents: input.documents, documentIndex: { r, d in documentIndex[r]?[d] },
                     maxShardBytes: maxShardBytes, stillWanted: stillWanted, emit: emit)
    }

    /// A region or document as the filters list it: its region, its name, and the slug the
    /// search page's address uses (`?regio=`, `?document=`).
    public struct Place: Sendable {
        public var region: Int
        public var name: String
        public var slug: String

        public init(region: Int, name: String, slug: String) {
            self.region = region
            self.name = name
            self.slug = slug
        }
    }

    /// The index of `records`.
    /// - Parameters:
    ///   - regions: the regions, by region index.
    ///   - documents: every document, in the order the filter lists them.
    ///   - documentIndex: a record's (region, document) → its position in `documents`.
    ///   - maxShardBytes: when a shard is split (smaller in tests, to see splits on little text).
    ///   - stillWanted, emit: see `build(_:maxShardBytes:stillWanted:emit:)`.
    public static func build(_ records: [SearchRecord], regions: [Place], documents: [Place],
                             documentIndex: (Int, Int) -> Int?, maxShardBytes: Int = SearchIndex.maxShardBytes,
                             stillWanted: @escaping @Sendable () -> Bool = { true },
                             emit: (@Sendable (File) -> Void)? = nil) -> SearchIndex {
        // A file goes to `emit` as soon as it is made, or is kept for the result.
        let made = { @Sendable (file: File) -> File? in
            guard let emit else { return file }
            emit(file)
            return nil
        }
        // The text chunks need the records alone: they are made on another thread while the
        // words are analysed, in the time the analysis's merges leave a core idle.
        let chunks = chunkStarts(records)
        let (analysed, chunkFiles) = concurrently({ SearchAnalysis.make(records, stillWanted: stillWanted) }, alongside: {
            chunks.indices.compactMap { n -> File? in
                guard stillWanted() else { return nil }
                let end = n + 1 < chunks.count ? chunks[n + 1] : records.count
                return made(File(name: chunkFile(n), data: chunkText(n, records[chunks[n]..<end])))
            }
        })
        guard let analysis = analysed else { return SearchIndex(files: []) }
        let tree = ShardTree(forms: analysis.stemOfForm, maxBytes: maxShardBytes, stemBytes: { stem in
            let count = analysis.postings[Int(stem)].count
            return count * ShardTree.postingBytes + min(count, cardsPerList) * estimatedCardBytes
        })

        // Names: folded and tokenised like a query, exact-match lists ordered by rank.
        // Normalised over the cores (each is tokenised and folded), gathered in record order.
        let normalized = records.parallelMap { record in Set(record.names.map(normalizedName)) }
        var named: [String: [Int]] = [:]
        for (id, names) in normalized.enumerated() {
            for name in names where !name.isEmpty {
                named[name, default: []].append(id)
            }
        }
        var shardNames: [String: [String: [Int]]] = [:]
        for (name, ids) in named {
            let ordered = ids.sorted { (records[$0].rank, $0) < (records[$1].rank, $1) }
            shardNames[tree.key(for: name), default: [:]][name] = ordered
        }

        var keys = Set(tree.forms.keys)
        keys.formUnion(shardNames.keys)
        let sortedKeys = keys.sorted()
        guard stillWanted() else { return SearchIndex(files: []) }
        var files = sortedKeys.parallelMap { key -> File? in
            guard stillWanted() else { return nil }
            let forms = tree.forms[key] ?? [], names = shardNames[key] ?? [:]
            let cards = cards(stems: Set(forms.compactMap { analysis.stemOfForm[$0] }), names: names, records: records, analysis: analysis)
            return made(File(name: shardFile(key), data: shardText(key, forms: forms, analysis: analysis, names: names, cards: cards)))
        }.compactMap { $0 }
        files += chunkFiles
        guard stillWanted() else { return SearchIndex(files: []) }
        if let manifest = made(File(name: manifestFile, data: manifestText(records, regions: regions, documents: documents, documentIndex: documentIndex,
                                                                         keys: sortedKeys, chunks: chunks))) {
            files.append(manifest)
        }
        return SearchIndex(files: files.sorted { $0.name < $1.name })
    }

    /// The manifest's file name; the search page loads it first.
    public static let manifestFile = "index.js"

    /// `t-<key>.js`, the key's characters outside a-z0-9 as `_` and their hexadecimal code
    /// point (the same rule as `zoeken.js`), so every key is a safe file name.
    static func shardFile(_ key: String) -> String {
        var name = "t-"
        for scalar in key.unicodeScalars {
            let v = scalar.value
            if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) { name.unicodeScalars.append(scalar) } else { name += "_" + String(v, radix: 16) }
        }
        return name + ".js"
    }

    static func chunkFile(_ n: Int) -> String { "d-\(n).js" }

    /// A name as a query is compared with it: folded, its words joined by one space.
    public static func normalizedName(_ text: String) -> String {
        SearchTokenizer.foldedWords(text).joined(separator: " ")
    }

    // MARK: - Files

    static func shardText(_ key: String, forms: [String], analysis: SearchAnalysis, names: [String: [Int]], cards: [Card] = []) -> Data {
        var stems: [SearchAnalysis.StemID] = []
        var stemIndex: [SearchAnalysis.StemID: Int] = [:]
        var json = CompactJSON()
        json.raw("plansiteZoeken.laad(")
        json.string(shardFile(key))
        json.raw(",{\"w\":{")
        for (i, form) in forms.sorted().enumerated() {
            guard let stem = analysis.stemOfForm[form] else { continue }
            let index: Int
            if let known = stemIndex[stem] { index = known } else {
                index = stems.count
                stemIndex[stem] = index
                stems.append(stem)
            }
            if i > 0 { json.raw(",") }
            json.string(form)
            json.raw(":")
            json.int(index)
        }
        // Per stem: record numbers as differences from the previous one, each with its weight.
        json.raw("},\"p\":")
        json.array(stems) { json, stem in
            var flat: [Int] = []
            var previous = 0
            for posting in analysis.postings[Int(stem)] {
                flat.append(Int(posting.record) - previous)
                flat.append(Int(posting.weight))
                previous = Int(posting.record)
            }
            json.ints(flat)
        }
        json.raw(",\"k\":{")
        for (i, name) in names.keys.sorted().enumerated() {
            if i > 0 { json.raw(",") }
            json.string(name)
            json.raw(":")
            json.ints(names[name] ?? [])
        }
        // Cards: [record, title, url, [excerpts]], by record.
        json.raw("},\"c\":")
        json.array(cards) { json, card in
            json.raw("[")
            json.int(card.record)
            json.raw(",")
            resultEntry(&json, title: card.title, url: card.url) { json in
                json.array(card.excerpts) { json, excerpt in json.excerpt(excerpt, in: card.passages) }
            }
            json.raw("]")
        }
        json.raw("});\n")
        return json.data
    }

    /// Where each text chunk starts: consecutive records up to about `chunkBytes` of text.
    static func chunkStarts(_ records: [SearchRecord]) -> [Int] {
        var starts: [Int] = []
        var bytes = chunkBytes
        for (id, record) in records.enumerated() {
            if bytes >= chunkBytes {
                starts.append(id)
                bytes = 0
            }
            bytes += record.title.utf8.count + record.url.utf8.count + record.passages.reduce(0) { $0 + $1.utf8.count }
        }
        return starts
    }

    static func chunkText(_ n: Int, _ records: ArraySlice<SearchRecord>) -> Data {
        var json = CompactJSON()
        json.raw("plansiteZoeken.laad(")
        json.string(chunkFile(n))
        json.raw(",")
        json.array(records) { json, record in
            json.raw("[")
            resultEntry(&json, title: record.title, url: record.url) { $0.strings(record.passages) }
            json.raw("]")
        }
        json.raw(");\n")
        return json.data
    }

    /// `title,url,[texts]`: what the result list shows of a record, alike in a text chunk
    /// (its passages) and in a card (its excerpts, windows of the passages), so `zoeken.js`
    /// reads both one way; `texts` writes the list.
    static func resultEntry(_ json: inout CompactJSON, title: String, url: String, texts: (inout CompactJSON) -> Void) {
        json.string(title)
        json.raw(",")
        json.string(url)
        json.raw(",")
        texts(&json)
    }

    static func manifestText(_ records: [SearchRecord], regions: [Place], documents: [Place],
                             documentIndex: (Int, Int) -> Int?, keys: [String], chunks: [Int]) -> Data {
        var kinds: [String] = []
        var kindIndex: [String: Int] = [:]
        var placement: [Int] = []
        placement.reserveCapacity(records.count * 3)
        for record in records {
            let k: Int
            if let known = kindIndex[record.kind] { k = known } else {
                k = kinds.count
                kindIndex[record.kind] = k
                kinds.append(record.kind)
            }
            placement.append(k)
            placement.append(record.region.map { $0 + 1 } ?? 0)
            placement.append(record.region.flatMap { r in record.document.flatMap { documentIndex(r, $0) } }.map { $0 + 1 } ?? 0)
        }
        var json = CompactJSON()
        json.raw("plansiteZoeken.laad(")
        json.string(manifestFile)
        json.raw(",{\"versie\":1,\"soorten\":")
        json.strings(kinds)
        json.raw(",\"stopwoorden\":")
        json.strings(DutchStopWords.words.sorted())
        json.raw(",\"regios\":")
        json.array(regions) { json, region in
            json.raw("[")
            json.string(region.name)
            json.raw(",")
            json.string(region.slug)
            json.raw("]")
        }
        json.raw(",\"documenten\":")
        json.array(documents) { json, document in
            json.raw("[")
            json.int(document.region)
            json.raw(",")
            json.string(document.name)
            json.raw(",")
            json.string(document.slug)
            json.raw("]")
        }
        json.raw(",\"records\":")
        json.ints(placement)
        json.raw(",\"sleutels\":")
        json.strings(keys)
        json.raw(",\"delen\":")
        json.ints(chunks)
        json.raw("});\n")
        return json.data
    }
}
