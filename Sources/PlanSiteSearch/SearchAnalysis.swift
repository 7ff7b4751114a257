import Foundation
import PlanSiteModel

/// The words of all records, analysed once: every stem numbered, every word form the site
/// uses with its stem, and per stem the records that hold it, in record order, with the
/// weight and first place of the stem in each. The shards, the cards and the shard tree all
/// read this one table.
///
/// Compact on purpose: at 100× the records hold about five million (record, stem) pairs.
/// Kept as a dictionary per record keyed by the stem's text, with the postings beside it,
/// they took 300 MB, the largest part of the build's peak memory; here each pair is one
/// 8-byte posting, and records are analysed in waves whose results are merged and freed.
struct SearchAnalysis {
    typealias StemID = Int32

    /// One stem in one record, in 8 bytes: its weight and first place packed beside the record.
    struct Posting {
        let record: Int32
        /// weight (4 bits) | passage + 1 (11 bits, 0 = none) | place (17 bits).
        private let packed: UInt32

        /// - Parameters:
        ///   - weight: its count in the text (capped at `SearchIndex.maxCount`) plus the title weight: at most 15.
        ///   - passage: the passage of its first occurrence, -1 when only the title has it.
        ///   - place: where the word starts in that passage's UTF-8, so a card's excerpt is cut
        ///     there (`SearchExcerpt.around(_:at:)`) without walking the passage word by word.
        ///   A place past 2,046 passages or 131,071 bytes is not kept: the card shows the start of the text.
        init(record: Int32, weight: Int32, passage: Int32, place: Int32) {
            self.record = record
            let kept: UInt32 = passage >= 0 && passage < 2047 && place >= 0 && place < 1 << 17
                ? UInt32(passage + 1) << 17 | UInt32(place) : 0
            packed = UInt32(min(max(weight, 0), 15)) << 28 | kept
        }

        var weight: Int32 { Int32(packed >> 28) }
        var passage: Int32 { Int32((packed >> 17) & 0x7FF) - 1 }
        var place: Int32 { passage < 0 ? 0 : Int32(packed & 0x1FFFF) }
    }

    /// Stem id → stem.
    private(set) var stems: [String] = []
    /// Every word form of the site but the stop words → its stem's id.
    private(set) var stemOfForm: [String: StemID] = [:]
    /// Every word form analysed so far, by its UTF-8 → its stem's id, -1 for a stop word: what
    /// a batch asks of a form it has not met itself, as the tokenizer finds it. Asked through
    /// `stemOfForm`, every batch made each such form a `String` and hashed it with SipHash,
    /// and looked its stem up again by text (102,000 forms a batch met anew at 10×).
    private var knownForms = SearchWordTable()
    /// Stem id → its postings, by record.
    private(set) var postings: [[Posting]] = []
    private var stemIDs: [String: StemID] = [:]

    /// The posting of `stem` in `record`, if the record holds it.
    /// Read in place: bound to a variable, each stem's list was retained and released per
    /// question, and the result cards ask it for every excerpt from both cores at once.
    func posting(of stem: StemID, in record: Int) -> Posting? {
        postings[Int(stem)].withUnsafeBufferPointer { list in
            let at = list.partitionPoint(where: { Int($0.record) >= record })
            return at < list.count && Int(list[at].record) == record ? list[at] : nil
        }
    }

    /// - Returns: nil once `stillWanted` says no.
    static func make(_ records: [SearchRecord], stillWanted: @Sendable () -> Bool) -> SearchAnalysis? {
        // Batches each ask `stillWanted` first, so a stale index stops within one (about
        // 50 ms of CPU at 100×) and leaves the cores to the preview's next save. Not smaller:
        // every batch stems its word forms and has its stems merged again, and four times as
        // many batches took 0.4 s more CPU at 100×.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let batchSize = max(16, records.count / (cores * 16) + 1)
        let batches = stride(from: 0, to: records.count, by: batchSize).map { $0..<min($0 + batchSize, records.count) }
        var analysis = SearchAnalysis()
        // A wave of batches at a time: only one wave's results (two batches per core) wait
        // to be merged.
        let waveSize = cores * 2
        for waveStart in stride(from: 0, to: batches.count, by: waveSize) {
            guard let wave = analyse(batches[waveStart..<min(waveStart + waveSize, batches.count)], of: records,
                                     knowing: analysis, stillWanted: stillWanted) else { return nil }
            analysis.merge(wave)
        }
        return stillWanted() ? analysis : nil
    }

    /// A wave's batches, analysed over the cores; nil once `stillWanted` says no. A batch
    /// takes the stem of a form that an earlier wave stemmed from `known` rather than from
    /// Snowball (a lookup instead of a stemmer's run: most of a wave's forms were seen before).
    /// `known` is only read here, so the merge after it changes the one copy in place.
    private static func analyse(_ wave: ArraySlice<Range<Int>>, of records: [SearchRecord], knowing known: SearchAnalysis,
                                stillWanted: @Sendable () -> Bool) -> [Batch]? {
        let results = Array(wave).parallelMap { range -> Batch? in
            guard stillWanted() else { return nil }
            return Batch(records[range], firstRecord: range.lowerBound, known: known)
        }
        var batches: [Batch] = []
        for result in results {
            guard let result else { return nil }
            batches.append(result)
        }
        return batches
    }

    /// Takes a wave of batches' stems, forms and uses, in record order. Each stem's postings
    /// grow once per wave, by exactly what the wave adds: grown by doubling, they kept up to
    /// half their storage unused at the build's peak (about 30 MB at 100×).
    private mutating func merge(_ batches: [Batch]) {
        let globals = batches.map { batch in
            batch.stems.indices.map { s -> StemID in
                if batch.knownIDs[s] >= 0 { return batch.knownIDs[s] }
                let stem = batch.stems[s]
                if let known = stemIDs[stem] { return known }
                let id = StemID(stems.count)
                stemIDs[stem] = id
                stems.append(stem)
                postings.append([])
                return id
            }
        }
        var added = [Int32](repeating: 0, count: stems.count)
        for (batch, global) in zip(batches, globals) {
            for uses in batch.uses {
                for use in uses { added[Int(global[Int(use.stem)])] += 1 }
            }
        }
        for stem in added.indices where added[stem] > 0 {
            postings[stem].reserveCapacity(postings[stem].count + Int(added[stem]))
        }
        for (batch, global) in zip(batches, globals) {
            // Only the forms no earlier wave analysed: the rest are here already.
            for k in batch.newForms {
                let value = batch.forms.values[k]
                let id = value < 0 ? -1 : global[Int(value)]
                var form = batch.forms.form(k)
                // Another batch of the wave may have met it too.
                let added = form.withUTF8 { word in
                    let hash = SearchWordTable.hash(word)
                    guard knownForms.value(of: word, hash: hash) == nil else { return false }
                    knownForms.add(bytes: word, hash: hash, value: id)
                    return true
                }
                if added, id >= 0 { stemOfForm[form] = id }
            }
            for (offset, uses) in batch.uses.enumerated() {
                let record = Int32(batch.firstRecord + offset)
                for use in uses {
                    postings[Int(global[Int(use.stem)])].append(Posting(record: record, weight: use.weight, passage: use.passage, place: use.place))
                }
            }
        }
    }

    /// The records of one batch, analysed by one worker with its own stemmer, stems numbered
    /// within the batch.
    private struct Batch: Sendable {
        struct Use: Sendable {
            var stem: StemID
            var weight: Int32
            var passage: Int32
            var place: Int32
        }

        let firstRecord: Int
        /// Batch stem id → stem.
        private(set) var stems: [String] = []
        /// Batch stem id → the stem's id in the analysis the batch was given, -1 for a stem
        /// new to it: the merge looks up only the new ones by their text.
        private(set) var knownIDs: [StemID] = []
        /// Word form → batch stem id, -1 for a stop word.
        private(set) var forms = SearchWordTable()
        /// The forms (positions in `forms`) no earlier wave analysed: the merge adds these
        /// alone to the site's forms, instead of looking up every form of every batch again.
        private(set) var newForms: [Int] = []
        /// Per record of the batch, its stems.
        private(set) var uses: [[Use]] = []
        /// The stems new to the analysis the batch was given → batch stem id.
        private var stemIDs: [String: StemID] = [:]
        /// Stem id in the analysis the batch was given → batch stem id, -1 until met.
        private var batchIDOfKnown: [StemID]
        /// Per batch stem: where the record being analysed keeps it in its uses, valid while
        /// `seenIn` holds that record's number. Arrays indexed by the dense batch ids, since
        /// they are asked at every word: a dictionary per record hashed each one.
        private var usedAt: [Int32] = []
        private var seenIn: [Int32] = []
        /// The number of the record being analysed, from 1.
        private var analysed: Int32 = 0
        /// The stems of the record being analysed so far (`count`). Kept here rather than in
        /// a variable of `analyse` that its closures captured: every access to that went
        /// through the runtime's exclusivity check (83 M instructions at 10×).
        private var found: [Use] = []

        init(_ records: ArraySlice<SearchRecord>, firstRecord: Int, known: SearchAnalysis) {
            self.firstRecord = firstRecord
            batchIDOfKnown = Array(repeating: -1, count: known.stems.count)
            let stems = Stems(stemmer: DutchStemmer(), known: known)
            uses.reserveCapacity(records.count)
            for record in records { uses.append(analyse(record, stems)) }
        }

        /// Where a batch takes the stem of a form it has not seen: from an earlier wave
        /// (`known`), or Snowball. A class: a closure per passage holds it, and as a struct
        /// each copy retained every table of `known`.
        final class Stems {
            let stemmer: DutchStemmer
            let known: SearchAnalysis

            init(stemmer: DutchStemmer, known: SearchAnalysis) {
                self.stemmer = stemmer
                self.known = known
            }
        }

        /// A record's stems: count in the text capped at `maxCount`, the title's stems weighted.
        private mutating func analyse(_ record: SearchRecord, _ stemmer: Stems) -> [Use] {
            analysed += 1
            for (p, passage) in record.passages.enumerated() {
                SearchTokenizer.forEachFoldedWord(passage) { word, start in
                    let stem = id(of: word, stemmer)
                    if stem >= 0 { count(stem, weight: 1, passage: Int32(p), place: Int32(clamping: start)) }
                }
            }
            for k in found.indices where found[k].weight > SearchIndex.maxCount { found[k].weight = Int32(SearchIndex.maxCount) }
            var titleStems: Set<StemID> = []
            SearchTokenizer.forEachFoldedWord(record.title) { word, _ in
                let stem = id(of: word, stemmer)
                if stem >= 0, titleStems.insert(stem).inserted { count(stem, weight: Int32(SearchIndex.titleWeight), passage: -1, place: 0) }
            }
            defer { found = [] }
            return found
        }

        /// Counts a use of `stem` in the record being analysed: the first place of a stem is
        /// kept; later ones add their weight.
        private mutating func count(_ stem: StemID, weight: Int32, passage: Int32, place: Int32) {
            let s = Int(stem)
            if seenIn[s] == analysed {
                found[Int(usedAt[s])].weight += weight
            } else {
                seenIn[s] = analysed
                usedAt[s] = Int32(found.count)
                found.append(Use(stem: stem, weight: weight, passage: passage, place: place))
            }
        }

        /// The batch id of a word's stem, -1 for a stop word.
        private mutating func id(of word: UnsafeBufferPointer<UInt8>, _ stemmer: Stems) -> StemID {
            let hash = SearchWordTable.hash(word)
            if let known = forms.value(of: word, hash: hash) { return known }
            let id: StemID
            if let known = stemmer.known.knownForms.value(of: word, hash: hash) {
                id = known < 0 ? -1 : batchID(ofKnown: known, stemmer.known)
            } else {
                newForms.append(forms.count)
                let form = String(decoding: word, as: UTF8.self)
                if DutchStopWords.contains(form) {
                    id = -1
                } else {
                    let stem = stemmer.stemmer.stem(form)
                    if let met = stemIDs[stem] {
                        id = met
                    } else if let known = stemmer.known.stemIDs[stem] {
                        id = batchID(ofKnown: known, stemmer.known)
                    } else {
                        id = add(stem, known: -1)
                        stemIDs[stem] = id
                    }
                }
            }
            forms.add(bytes: word, hash: hash, value: id)
            return id
        }

        /// The batch id of the stem `known` has as `id`.
        private mutating func batchID(ofKnown id: StemID, _ known: SearchAnalysis) -> StemID {
            let met = batchIDOfKnown[Int(id)]
            if met >= 0 { return met }
            let made = add(known.stems[Int(id)], known: id)
            batchIDOfKnown[Int(id)] = made
            return made
        }

        /// A stem the batch meets for the first time, with its id in the analysis the batch
        /// was given (-1 when new to it).
        private mutating func add(_ stem: String, known: StemID) -> StemID {
            let id = StemID(stems.count)
            stems.append(stem)
            knownIDs.append(known)
            usedAt.append(0)
            seenIn.append(0)
            return id
        }
    }
}
