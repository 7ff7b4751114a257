/// Result cards: what the result list shows of a record (title, link, excerpts around its
/// words), carried in the shards for the records a query on the shard's words or names
/// shows first. A browser pays more per file than per byte (each of ten text chunks cost
/// about 4 ms at 100× in bench/search), so the cards let a one-word query or a name show its
/// first page of results from the one shard it loads.
extension SearchIndex {
    /// The records carded per stem and per name: as many as the result list shows at first.
    static let cardsPerList = 10
    /// About what a card adds to a shard (title, link, a 220-character excerpt, JSON), for
    /// `ShardTree`'s decision to split.
    static let estimatedCardBytes = 340

    struct Card {
        var record: Int
        var title: String
        var url: String
        /// One per word of the shard the record is carded for, each cut around that word, in
        /// the record's passages (`SearchRecord.passages`).
        var excerpts: [SearchExcerpt.Window]
        var passages: [String]
    }

    /// The cards of a shard with `stems` and `names`. Within one stem `zoeken.js` ranks by
    /// weight and then by record number, and a one-word query scores each record by its best
    /// stem, so every record of a one-word query's first ten is among the first ten of its
    /// own stem: those are carded. A name's records are listed best first; its first ten too.
    static func cards(stems: Set<SearchAnalysis.StemID>, names: [String: [Int]], records: [SearchRecord], analysis: SearchAnalysis) -> [Card] {
        // Record → the stems it is carded for, each stem's in the order of its text.
        var carded: [Int: [SearchAnalysis.StemID]] = [:]
        for stem in stems.sorted(by: { analysis.stems[Int($0)] < analysis.stems[Int($1)] }) {
            for record in best(analysis.postings[Int(stem)], count: cardsPerList) { carded[record, default: []].append(stem) }
        }
        for (name, ids) in names {
            // The excerpt shows the name's first word the record holds in its text.
            let nameStems = name.split(separator: " ").compactMap { analysis.stemOfForm[String($0)] }
            for record in ids.prefix(cardsPerList) {
                let stem = nameStems.first { (analysis.posting(of: $0, in: record)?.passage ?? -1) >= 0 }
                var list = carded[record, default: []]
                if let stem, !list.contains(stem) { list.append(stem) }
                carded[record] = list
            }
        }
        // The records are read where they lie: a copy of each (its title, link, kind, passages
        // and names retained and released) from both cores at once was most of the cards' time.
        return records.withUnsafeBufferPointer { records in
            carded.keys.sorted().map { record in
                let passages = records[record].passages
                var excerpts: [SearchExcerpt.Window] = []
                for stem in carded[record] ?? [] {
                    guard let use = analysis.posting(of: stem, in: record), use.passage >= 0, Int(use.passage) < passages.count else { continue }
                    let p = Int(use.passage)
                    let excerpt = SearchExcerpt.window(passages[p], at: Int(use.place), passage: p)
                    if !excerpts.contains(where: { SearchExcerpt.sameText($0, excerpt, in: passages) }) { excerpts.append(excerpt) }
                }
                // A record found by its title alone shows the start of its text.
                if excerpts.isEmpty, let first = passages.first { excerpts.append(SearchExcerpt.window(first, word: 0, passage: 0)) }
                return Card(record: record, title: records[record].title, url: records[record].url, excerpts: excerpts, passages: passages)
            }
        }
    }

    /// The `count` records with the highest weight, the lower record number first among
    /// equals: `zoeken.js`'s order within one stem.
    static func best(_ postings: [SearchAnalysis.Posting], count: Int) -> [Int] {
        guard postings.count > count else { return postings.map { Int($0.record) } }
        // Postings are in record order, so a later posting beats a kept one only by weight.
        var kept: [SearchAnalysis.Posting] = []
        kept.reserveCapacity(count + 1)
        for posting in postings {
            if kept.count == count, let last = kept.last, posting.weight <= last.weight { continue }
            let at = kept.firstIndex { $0.weight < posting.weight } ?? kept.count
            kept.insert(posting, at: at)
            if kept.count > count { kept.removeLast() }
        }
        return kept.map { Int($0.record) }
    }
}
