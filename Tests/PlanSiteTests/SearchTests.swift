import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteSearch
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The search index: folding, words, Dutch stop words, Snowball's Dutch stemmer, and the
/// files the render stage writes, read back from a small real content tree the way
/// `zoeken.js` reads them.
@Suite struct SearchTests {
    // MARK: - Folding and words

    /// The analysis splits ASCII text without folding it first: the words must be those of
    /// the folded text, for every kind of word.
    @Test func foldedWordsAreTheWordsOfTheFoldedText() {
        let texts = ["RAO-Jeugd en de Regio's 1.3, 4.1.2 en 12a", "ACTIELIJN 4.1: Wageningen", "O'Brien's 'quote' it's",
                     "Coördinatie van Residentiële ZORG", "één café", "", "   ", "H.3 en 3.B", "Regio’s met een rechte ’"]
        for text in texts {
            #expect(SearchTokenizer.foldedWords(text) == SearchTokenizer.words(SearchFolding.fold(text)), "\(text)")
        }
        #expect(SearchTokenizer.foldedWords("RAO-Jeugd en de Regio's") == ["rao", "jeugd", "en", "de", "regios"])
    }

    /// The analysis's word table grows past its first 1,024 slots and keeps every form,
    /// with its number, in the order added; forms it was not given are not found.
    @Test func wordTableFindsEveryFormItWasGivenAndNoOther() {
        var table = SearchWordTable()
        // Looked up by their bytes, as the analysis looks up each word the tokenizer finds.
        func value(_ word: String) -> Int32? {
            var word = word
            return word.withUTF8 { table.value(of: $0, hash: SearchWordTable.hash($0)) }
        }
        let words = (0..<5000).map { "woord\($0)" } + ["één", "jeugdhulp", "regio's", "1.3"]
        for (i, word) in words.enumerated() {
            var bytes = word
            bytes.withUTF8 { table.add(bytes: $0, hash: SearchWordTable.hash($0), value: Int32(i)) }
        }
        #expect((0..<table.count).map(table.form) == words)
        for (i, word) in words.enumerated() { #expect(value(word) == Int32(i)) }
        for absent in ["woord5000", "woord", "", "jeugd", "een", "woord1 "] { #expect(value(absent) == nil) }
    }

    /// The index files are written as bytes (`CompactJSON`): numbers and strings must come out
    /// as `String(n)` and the string writer (`JSONText.quote`) write them.
    @Test func compactJSONWritesWhatTheStringWritersWrite() {
        let numbers = [0, 1, 9, 10, 99, 100, 101, 12_345, -1, -10, -987, Int.max, Int.min] + (0..<2_000).map { $0 * 7 }
        var json = CompactJSON()
        json.ints(numbers)
        #expect(String(decoding: json.data, as: UTF8.self) == "[" + numbers.map(String.init).joined(separator: ",") + "]")
        let strings = ["", "plain", "\"quoted\" \\ slash", "tab\tnew\nline\u{1}", "regel\u{2028}scheiding\u{2029}", "é – ‘zorg’ 🙂"]
        var bytes = CompactJSON()
        bytes.strings(strings)
        var text = "["
        for (i, s) in strings.enumerated() {
            if i > 0 { text += "," }
            JSONText.quote(s, into: &text, forScript: true)
        }
        #expect(String(decoding: bytes.data, as: UTF8.self) == text + "]")
        #expect(text.contains("\\u2028") && text.contains("\\\"quoted\\\""))
    }

    /// `fold` reads most characters from tables made from `foldScalar`; over every character
    /// of those tables and beyond them it must give what folding each character alone gives.
    @Test func foldingATextIsFoldingEachCharacter() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x80...0x2FF, 0x370...0x3FF, 0x1E00...0x1EFF, 0x2000...0x20CF, 0x1F600...0x1F64F]
        for range in ranges {
            let scalars = range.compactMap(Unicode.Scalar.init)
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let expected = scalars.map { $0.value < 0x80 ? String(Character($0)).lowercased() : SearchFolding.foldScalar($0) }.joined()
            #expect(SearchFolding.fold(text) == expected, "U+\(String(range.lowerBound, radix: 16))")
        }
        // ASCII is folded eight bytes at a time: every byte at every place in such a word.
        let ascii = (UInt8(0)...0x7F).map { String(UnicodeScalar($0)) }.joined()
        for shift in 0..<8 {
            let text = String(repeating: "Q", count: shift) + ascii + "É" + ascii
            let expected = String(repeating: "q", count: shift) + ascii.lowercased() + "e" + ascii.lowercased()
            #expect(SearchFolding.fold(text) == expected, "shift \(shift)")
        }
    }

    @Test func foldingRemovesDiacriticsAndCase() {
        #expect(SearchFolding.fold("Coördinatie") == "coordinatie")
        #expect(SearchFolding.fold("Residentiële ZORG") == "residentiele zorg")
        #expect(SearchFolding.fold("ÉÉN café") == "een cafe")
        #expect(SearchFolding.fold("Ĳssel en ĳs") == "ijssel en ijs")
        #expect(SearchFolding.fold("Straße, Øresund") == "strasse, oresund")
        // A combining mark written apart folds like the precomposed letter.
        #expect(SearchFolding.fold("coo\u{308}rdinatie") == "coordinatie")
        #expect(SearchFolding.fold("regio’s") == "regio's")
    }

    @Test func wordsKeepPlanNumbersAndSplitTheRest() {
        #expect(SearchTokenizer.words("actielijn 4.1 en maatregel 1.3.") == ["actielijn", "4.1", "en", "maatregel", "1.3"])
        #expect(SearchTokenizer.words("inspanning 3.1.2, thema 7") == ["inspanning", "3.1.2", "thema", "7"])
        #expect(SearchTokenizer.words("rao-jeugd (g7)") == ["rao", "jeugd", "g7"])
        #expect(SearchTokenizer.words("de regio's") == ["de", "regios"])
        #expect(SearchTokenizer.words("2023-2028: 12a.3") == ["2023", "2028", "12a", "3"])
        #expect(SearchTokenizer.words("... ") == [])
        #expect(SearchIndex.normalizedName("  RPO  Zorg ") == "rpo zorg")
    }

    @Test func dutchStopWordsAreSnowballs() {
        for word in ["de", "het", "een", "en", "van", "niet", "zijn"] { #expect(DutchStopWords.contains(word), "\(word)") }
        for word in ["jeugd", "zorg", "gemeente", "opgave", "ret"] { #expect(!DutchStopWords.contains(word), "\(word)") }
    }

    // MARK: - Stemming (Debian's libstemmer, Snowball's Dutch algorithm)

    @Test func snowballDutchStems() {
        let stemmer = DutchStemmer()
        // One pass of Snowball removes one ending; the index stems to the fixed point.
        #expect(stemmer.snowball("jeugdbeschermingsketens") == "jeugdbeschermingsketen")
        #expect(stemmer.snowball("jeugdbeschermingsketen") == "jeugdbeschermingsket")
        #expect(stemmer.snowball("kinderen") == "kinder")
        #expect(stemmer.stem("jeugdbeschermingsketens") == "jeugdbeschermingsket")
        #expect(stemmer.stem("jeugdbeschermingsketen") == "jeugdbeschermingsket")
        #expect(stemmer.stem("gemeenten") == stemmer.stem("gemeente"))
        #expect(stemmer.stem("opvoeders") == stemmer.stem("opvoeder"))
        // Numbers and words with digits are kept as they are.
        #expect(stemmer.stem("1.3") == "1.3")
        #expect(stemmer.stem("g7") == "g7")
    }

    @Test func stemmersOnSeveralThreadsAgree() {
        let words = ["jeugdhulpaanbieders", "gezinnen", "ondersteuning", "huishoudens", "kinderen", "wachtlijsten"]
        let expected = words.map(DutchStemmer().stem)
        let results = Array(0..<16).parallelMap { _ -> [String] in
            let stemmer = DutchStemmer()
            return (0..<200).flatMap { _ in words.map(stemmer.stem) }
        }
        for result in results { #expect(result == Array((0..<200).map { _ in expected }.joined())) }
    }

    // MARK: - The index files, from a small real content tree

    static let files: [String: String] = TestSupport.minimalSite(extra: [
        "content/regio-a/regio.yaml": "naam: Regio A\ngemeenten: [Aadorp, Wageningen]\n",
        "content/regio-a/overlegvormen.yaml": """
            gremia:
              - id: ret
                naam: Regionaal Expertteam
                afkorting: RET
                rol: Het expertteam helpt bij vastgelopen casuïstiek.

            """,
        "content/regio-a/plan-2024/01-inleiding.md": """
            ---
            titel: Inleiding
            nummer: "1"
            ---

            De jeugdbeschermingsketens werken samen aan coördinatie. Zie ook actielijn 1.1.

            """,
        "content/regio-a/plan-2024/02-opgaven.md": """
            ---
            titel: Opgaven
            nummer: "2"
            ---

            ## Veilig opgroeien {#opgave:1}

            De jeugdbeschermingsketen en het gezin.

            ### Samen met het gezin {#actielijn:1.1}

            Gezinnen krijgen steun.

            """,
    ])

    /// The bundled renderer's output for `files`, by path.
    static func build(_ files: [String: String] = files) throws -> [String: String] {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(files, into: root)
        let (loaded, _) = ContentLoader(root: root.appendingPathComponent("content").path, displayRoot: "content").load()
        let site = try #require(SiteIndexer.index(loaded).0)
        var out: [String: String] = [:]
        for file in SiteRenderer().render(ResolvedPlan(site: site)) { out[file.path] = String(decoding: file.data, as: UTF8.self) }
        return out
    }

    /// The data a script file hands to `plansiteZoeken.laad(name, data)`.
    static func data(_ script: String?, name: String) throws -> Any {
        let text = try #require(script)
        let head = "plansiteZoeken.laad(\"\(name)\","
        #expect(text.hasPrefix(head))
        #expect(text.hasSuffix(");\n"))
        let json = text.dropFirst(head.count).dropLast(3)
        return try JSONSerialization.jsonObject(with: Data(json.utf8))
    }

    @Test func indexFilesAreScriptsThatFindTheSitesWords() throws {
        let out = try Self.build()
        let folder = Route.searchIndex("").url
        let manifest = try #require(try Self.data(out[folder + "index.js"], name: "index.js") as? [String: Any])
        let kinds = try #require(manifest["soorten"] as? [String])
        let places = try #require(manifest["records"] as? [Int])
        let keys = try #require(manifest["sleutels"] as? [String])
        let starts = try #require(manifest["delen"] as? [Int])
        #expect((manifest["stopwoorden"] as? [String])?.contains("het") == true)
        #expect((manifest["regios"] as? [[String]]) == [["Regio A", "regio-a"]])

        // Every record's title and URL, from the text chunks.
        var records: [[Any]] = []
        for n in starts.indices {
            let chunk = try #require(try Self.data(out[folder + "d-\(n).js"], name: "d-\(n).js") as? [[Any]])
            records += chunk
        }
        #expect(records.count * 3 == places.count)
        let titles = records.map { $0[0] as? String ?? "" }
        let urls = records.map { $0[1] as? String ?? "" }
        func kind(_ id: Int) -> String { kinds[places[id * 3]] }
        // Each URL is a page the build wrote.
        for url in urls {
            let page = url.split(separator: "#").first.map(String.init) ?? url
            #expect(out[Route.file(forURL: page)] != nil, "\(url)")
        }

        // "jeugdbeschermingsketens" and "jeugdbeschermingsketen" share a stem: both pages.
        let key = try #require(keys.filter { "jeugdbeschermingsketens".hasPrefix($0) }.max { $0.count < $1.count })
        let shardName = SearchIndex.shardFile(key)
        let shard = try #require(try Self.data(out[folder + shardName], name: shardName) as? [String: Any])
        let forms = try #require(shard["w"] as? [String: Int])
        let postings = try #require(shard["p"] as? [[Int]])
        let plural = try #require(forms["jeugdbeschermingsketens"])
        #expect(forms["jeugdbeschermingsketen"] == plural)
        var found: [String] = []
        var id = 0
        for pair in stride(from: 0, to: postings[plural].count, by: 2) {
            id += postings[plural][pair]
            found.append(titles[id])
        }
        // The opgave has a page of its own: its text is its record's, not its chapter's.
        #expect(found.sorted() == ["1 Inleiding", "Opgave 1 Veilig opgroeien"])
        // Folded: "coördinatie" is found as "coordinatie"; stop words are not indexed.
        let co = try #require(try Self.data(out[folder + SearchIndex.shardFile("co")], name: SearchIndex.shardFile("co")) as? [String: Any])
        #expect((co["w"] as? [String: Int])?["coordinatie"] != nil)
        #expect(out[folder + SearchIndex.shardFile("de")].map { $0.contains("\"de\":") } != true)

        // Names: "actielijn 1.1", "1.1", "RET", "Wageningen" name their records.
        func named(_ name: String) throws -> [Int] {
            let key = try #require(keys.filter { name.hasPrefix($0) }.max { $0.count < $1.count })
            let file = SearchIndex.shardFile(key)
            let shard = try #require(try Self.data(out[folder + file], name: file) as? [String: Any])
            return (shard["k"] as? [String: [Int]])?[name] ?? []
        }
        #expect(try named("actielijn 1.1").map(kind) == ["actielijn"])
        #expect(try named("actielijn 1.1").map { urls[$0] } == [Route.entity(region: "regio-a", document: "plan-2024", kind: "actielijn", number: "1.1").url])
        #expect(try named("1.1").map(kind) == ["actielijn"])
        #expect(try named("opgave 1").map(kind) == ["opgave"])
        #expect(try named("ret").map(kind) == ["gremium"])
        #expect(try named("ret").map { urls[$0] } == [Route.gremium(region: "regio-a", id: "ret").url])
        #expect(try named("wageningen").map(kind) == ["gemeente"])
        #expect(try named("hoofdstuk 2").map { titles[$0] } == ["2 Opgaven"])
    }

    /// A shard carries cards for the records its words and names show first: title, link and
    /// an excerpt cut around the word, so the result list needs no text chunk for them.
    @Test func shardsCarryCardsForTheirFirstResults() throws {
        let out = try Self.build()
        let folder = Route.searchIndex("").url
        let manifest = try #require(try Self.data(out[folder + "index.js"], name: "index.js") as? [String: Any])
        let keys = try #require(manifest["sleutels"] as? [String])
        func cards(for word: String) throws -> [Int: [Any]] {
            let key = try #require(keys.filter { word.hasPrefix($0) }.max { $0.count < $1.count })
            let file = SearchIndex.shardFile(key)
            let shard = try #require(try Self.data(out[folder + file], name: file) as? [String: Any])
            let list = try #require(shard["c"] as? [[Any]])
            return Dictionary(uniqueKeysWithValues: list.compactMap { card in (card.first as? Int).map { ($0, card) } })
        }
        let keten = try cards(for: "jeugdbeschermingsketens")
        let titles = keten.values.compactMap { $0[1] as? String }.sorted()
        #expect(titles.contains("1 Inleiding") && titles.contains("Opgave 1 Veilig opgroeien"), "\(titles)")
        for card in keten.values where titles.contains(card[1] as? String ?? "") {
            let excerpts = try #require(card[3] as? [String])
            #expect(excerpts.contains { $0.lowercased().contains("jeugdbeschermingsketen") }, "\(excerpts)")
        }
        // A name's record is carded in the name's shard: the gremium RET, with its link.
        let ret = try cards(for: "ret")
        #expect(ret.values.contains { ($0[2] as? String) == Route.gremium(region: "regio-a", id: "ret").url })
    }

    /// Within one stem the browser ranks by weight and then by record number: the cards are
    /// the first ten of that order, whatever the order the postings come in.
    @Test func cardsAreTheFirstTenOfTheBrowsersOrder() {
        let postings = [(0, 3), (1, 9), (2, 3), (3, 1), (4, 9), (5, 2), (6, 3), (7, 7), (8, 3), (9, 3), (10, 4), (11, 3), (12, 3), (13, 8)]
            .map { SearchAnalysis.Posting(record: Int32($0.0), weight: Int32($0.1), passage: 0, place: 0) }
        let ordered = postings.sorted { ($0.weight, -$0.record) > ($1.weight, -$1.record) }.prefix(10).map { Int($0.record) }
        #expect(SearchIndex.best(postings, count: 10) == Array(ordered))
        #expect(SearchIndex.best(Array(postings.prefix(3)), count: 10) == [0, 1, 2])
    }

    /// An excerpt is cut around the word counted as the folded text counts it, though the
    /// text writes its apostrophe as ’ and a diaeresis as a combining mark before it.
    @Test func excerptsFindTheirWordInTheUnfoldedText() throws {
        let passage = "De regio’s coo\u{308}rdineren samen. " + String(repeating: "Een zin met woorden erin. ", count: 12)
            + "Hier staat jeugdbescherming, en daarna " + String(repeating: "nog meer tekst ", count: 20) + "tot het eind."
        let words = SearchTokenizer.words(SearchFolding.fold(passage))
        let at = try #require(words.firstIndex(of: "jeugdbescherming"))
        let excerpt = SearchExcerpt.around(passage, word: at)
        #expect(excerpt.hasPrefix("… ") && excerpt.hasSuffix(" …"), "\(excerpt)")
        #expect(excerpt.contains("jeugdbescherming"))
        #expect(excerpt.count <= SearchExcerpt.length + 4)
        // The word's text starts within the 80 characters before it that the window keeps.
        let offset = excerpt.distance(from: excerpt.startIndex, to: excerpt.range(of: "jeugdbescherming")?.lowerBound ?? excerpt.endIndex)
        #expect(offset <= SearchExcerpt.before + 2)
        // Near the start: no leading ellipsis, the word itself found across ’ and the mark.
        let early = SearchExcerpt.around(passage, word: 2)
        #expect(early.hasPrefix("De regio’s coo\u{308}rdineren"))
        #expect(SearchExcerpt.wordStarts(passage).count == words.count)
    }

    /// The analysis places each word by where it starts in the passage's own bytes (folding
    /// moves them in text beyond ASCII), and a card's excerpt is cut there: the places must be
    /// the starts the excerpt's own walk over the unfolded text finds, word for word, for the
    /// texts of `content/` and for apostrophes, combining marks and letters that fold to two.
    @Test func wordsArePlacedWhereTheExcerptsFindThem() throws {
        var passages = ["De regio’s coo\u{308}rdineren samen, één café", "IJssel: ĳzer, straße en Øresund 1.3 en 4.1.2",
                        "‘citaat’ – en … O'Brien's 2023-2028", "Æsop ﬁnanciering ½ ² naïef", "plain ASCII text, it's 12a.3"]
        let (loaded, _) = ContentLoader(root: TestSupport.bundledContent.path, displayRoot: "content").load()
        let site = try #require(SiteIndexer.index(loaded).0)
        for region in site.regions {
            for document in region.documents {
                for page in document.pages { passages += SearchText.passages(page.blocks) }
            }
        }
        #expect(passages.count > 500)
        var checked = 0
        for passage in passages {
            var words: [String] = []
            var starts: [Int] = []
            SearchTokenizer.forEachFoldedWord(passage) { word, start in
                words.append(String(decoding: word, as: UTF8.self))
                starts.append(start)
            }
            #expect(words == SearchTokenizer.words(SearchFolding.fold(passage)), "\(passage)")
            #expect(starts == SearchExcerpt.wordStarts(passage), "\(passage)")
            if !SearchTokenizer.isASCII(passage) { checked += 1 }
            for (n, start) in starts.enumerated().prefix(40) {
                #expect(SearchExcerpt.around(passage, at: start) == SearchExcerpt.around(passage, word: n))
            }
        }
        #expect(checked > 50)
    }

    /// A text chunk is a script: the line and paragraph separators, raw in JSON but a line
    /// end to an older script parser, are escaped; quotes, backslashes and control
    /// characters as JSON escapes them; the data reads back as the record's own text.
    @Test func chunksEscapeWhatEndsAScriptLine() throws {
        let passage = "Een \u{2028}regel\u{2029}eind, \"citaat\", C:\\pad, tab\tbel\u{7}."
        let record = SearchRecord(title: "Titel \u{2028}met scheiding", kind: "hoofdstuk", region: 0, document: 0, url: "p/",
                                  passages: [passage], names: [], rank: 0)
        let index = SearchIndex.build([record], regions: [.init(region: 0, name: "R", slug: "r")], documents: [.init(region: 0, name: "D", slug: "d")],
                                      documentIndex: { _, _ in 0 })
        let chunk = try #require(index.files.first { $0.name == "d-0.js" }?.text)
        #expect(!chunk.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" || $0.value < 0x20 && $0 != "\n" })
        #expect(chunk.contains("\\u2028regel\\u2029eind") && chunk.contains("\\t") && chunk.contains("\\u0007"))
        let data = try #require(try Self.data(chunk, name: "d-0.js") as? [[Any]])
        #expect(data.first?.first as? String == record.title)
        #expect((data.first?[2] as? [String]) == [passage])
    }

    /// The preview drops an index a newer save made stale: once `stillWanted` says no, the
    /// build stops at its next check and hands back nothing to write.
    @Test func anIndexNoLongerWantedStopsAndWritesNothing() throws {
        let records = (0..<200).map { n in
            SearchRecord(title: "Pagina \(n)", kind: "hoofdstuk", region: 0, document: 0, url: "p\(n)/",
                         passages: ["jeugdzorg en jeugdhulp voor gezinnen \(n)"], names: [], rank: 0)
        }
        let regions = [SearchIndex.Place(region: 0, name: "R", slug: "r")], documents = [SearchIndex.Place(region: 0, name: "D", slug: "d")]
        let whole = SearchIndex.build(records, regions: regions, documents: documents, documentIndex: { _, _ in 0 })
        #expect(whole.files.count > 3)
        let asked = Counter()
        let stopped = SearchIndex.build(records, regions: regions, documents: documents, documentIndex: { _, _ in 0 },
                                        stillWanted: { asked.increment() < 3 })
        #expect(stopped.files.isEmpty)
        #expect(asked.value >= 3)
    }

    final class Counter: @unchecked Sendable {
        private var count = 0
        private let lock = NSLock()
        /// The count before this call.
        func increment() -> Int { lock.lock(); defer { count += 1; lock.unlock() }; return count }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }

    @Test func splitShardsStillHoldEachFormUnderItsLongestKey() throws {
        let records = (0..<60).map { n in
            SearchRecord(title: "Pagina \(n)", kind: "hoofdstuk", region: 0, document: 0, url: "p\(n)/",
                         passages: ["jeugdzorg jeugdhulp jeugdwet jeugdige jeugdbescherming jeugdregio jongeren jonge gezin \(n)"], names: [], rank: 0)
        }
        let index = SearchIndex.build(records, regions: [.init(region: 0, name: "R", slug: "r")], documents: [.init(region: 0, name: "D", slug: "d")],
                                      documentIndex: { _, _ in 0 }, maxShardBytes: 400)
        var files: [String: String] = [:]
        for file in index.files { files[file.name] = file.text }
        let manifest = try #require(try Self.data(files["index.js"], name: "index.js") as? [String: Any])
        let keys = try #require(manifest["sleutels"] as? [String])
        // Small shards: "je" was split further.
        #expect(keys.contains { $0.hasPrefix("jeugd") && $0.count > 5 })
        for form in ["jeugdzorg", "jeugdhulp", "jeugdwet", "jeugdige", "jeugdbescherming", "jeugdregio", "jongeren", "gezin", "59"] {
            let key = try #require(keys.filter { form.hasPrefix($0) }.max { $0.count < $1.count }, "\(form)")
            let file = SearchIndex.shardFile(key)
            let shard = try #require(try Self.data(files[file], name: file) as? [String: Any])
            let forms = try #require(shard["w"] as? [String: Int])
            #expect(forms[form] != nil, "\(form) in \(key)")
        }
    }

    @Test func theSearchPageAndTheHeaderForm() throws {
        let out = try Self.build()
        let page = try #require(out[Route.search.file])
        #expect(page.contains("id=\"zoekresultaten\""))
        #expect(page.contains("data-zoekindex=\"index/index.js\""))
        #expect(page.contains("Zoeken werkt alleen met JavaScript"))
        #expect(page.contains("href=\"../regio-a/plan-2024/\""))
        // Every other page has the form in its header, leading to zoeken/.
        let chapter = try #require(out[Route.page(region: "regio-a", document: "plan-2024", slug: "inleiding").file])
        #expect(chapter.contains("<form class=\"site-zoeken\" role=\"search\" action=\"../../../zoeken/\" method=\"get\""))
        #expect(chapter.contains("name=\"q\""))
        #expect(!page.contains("class=\"site-zoeken\""))
    }
}
