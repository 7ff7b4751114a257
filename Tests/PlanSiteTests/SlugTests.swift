import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

/// The one slug rule (DESIGN "URLs and ids"), the per-page allocator, file-name slugs and
/// the "bedoelde je ...?" hints.
@Suite struct SlugTests {
    // MARK: - Slug.make

    @Test func foldsDiacritics() {
        #expect(Slug.make("Residentiële") == "residentiele")
        #expect(Slug.make("Residentiële zorg") == "residentiele-zorg")
        #expect(Slug.make("Coöperatie één café") == "cooperatie-een-cafe")
    }

    @Test func lowerCases() {
        #expect(Slug.make("RPO Zorg") == "rpo-zorg")
        #expect(Slug.make("ÉÉN Twee") == "een-twee")
    }

    @Test func punctuationRunBecomesOneDash() {
        #expect(Slug.make("Wat gaat   goed?!") == "wat-gaat-goed")
        #expect(Slug.make("2.3 Terugblik") == "2-3-terugblik")
        #expect(Slug.make("jeugd -- (hulp) / zorg") == "jeugd-hulp-zorg")
        #expect(Slug.make("a_b") == "a-b")
    }

    @Test func trimsDashes() {
        #expect(Slug.make("  --Hallo, wereld!-- ") == "hallo-wereld")
        #expect(Slug.make("“Aanhalingstekens”") == "aanhalingstekens")
        #expect(Slug.make("?!") == "")
        #expect(Slug.make("") == "")
    }

    @Test func keepsDigitsAndAsciiLetters() {
        #expect(Slug.make("opgave-4") == "opgave-4")
        #expect(Slug.make("Regioprogramma 2023-2028") == "regioprogramma-2023-2028")
    }

    // MARK: - Allocator

    @Test func allocatorSuffixesRepeats() {
        var allocator = Slug.Allocator()
        #expect(allocator.claim("wat-gaat-goed") == "wat-gaat-goed")
        #expect(allocator.claim("wat-gaat-goed") == "wat-gaat-goed-2")
        #expect(allocator.claim("wat-gaat-goed") == "wat-gaat-goed-3")
        #expect(allocator.claim("anders") == "anders")
    }

    @Test func allocatorSkipsTakenSuffix() {
        var allocator = Slug.Allocator()
        #expect(allocator.claim("a-2") == "a-2")
        #expect(allocator.claim("a") == "a")
        #expect(allocator.claim("a") == "a-3")
    }

    @Test func allocatorNamesEmptySlug() {
        var allocator = Slug.Allocator()
        #expect(allocator.claim("") == "sectie")
        #expect(allocator.claim("") == "sectie-2")
    }

    @Test func allocatorRespectsReservedIDs() {
        var allocator = Slug.Allocator(reserved: ["voetnoot-1"])
        #expect(allocator.claim("voetnoot-1") == "voetnoot-1-2")
        #expect(allocator.claim("voetnoot-2") == "voetnoot-2")
    }

    @Test func reserveNeverRenames() {
        var allocator = Slug.Allocator()
        #expect(allocator.reserve("terugblik") == true)
        // A second reservation reports the clash instead of inventing a new name.
        #expect(allocator.reserve("terugblik") == false)
        // Generated slugs give way to the reserved id.
        #expect(allocator.claim("terugblik") == "terugblik-2")
        #expect(allocator.reserve("terugblik-2") == false)
    }

    // MARK: - File names

    @Test func fileNamePrefixIsStripped() {
        #expect(ContentLoader.slug(fromFileName: "03-1-opgave-1.md") == "opgave-1")
        #expect(ContentLoader.slug(fromFileName: "01-inleiding.md") == "inleiding")
        #expect(ContentLoader.slug(fromFileName: "04_2_actielijnen.md") == "actielijnen")
        #expect(ContentLoader.slug(fromFileName: "2024-01-plan.md") == "plan")
    }

    @Test func fileNameWithoutPrefixIsKept() {
        #expect(ContentLoader.slug(fromFileName: "inleiding.md") == "inleiding")
        #expect(ContentLoader.slug(fromFileName: "opgave-1.md") == "opgave-1")
        #expect(ContentLoader.slug(fromFileName: "verantwoording.md") == "verantwoording")
    }

    @Test func fileNameThatIsOnlyNumbersKeepsLastGroup() {
        #expect(ContentLoader.slug(fromFileName: "01-2024.md") == "2024")
        #expect(ContentLoader.slug(fromFileName: "01.md") == "01")
    }

    // MARK: - Suggestions

    @Test func suggestionNamesTheNearestKey() {
        #expect(EditDistance.suggestion("priode", in: ["titel", "periode", "status"]) == "bedoelde je `periode`?")
        #expect(EditDistance.suggestion("Titel", in: ["titel", "soort"]) == "bedoelde je `titel`?")
    }

    @Test func suggestionListsTiesInOrder() {
        #expect(EditDistance.suggestion("ab", in: ["ad", "ac", "zzzz"]) == "bedoelde je `ac` of `ad`?")
    }

    /// A number is near its siblings first, by how far apart they are, then its cousins:
    /// by letters 4.7 was as near to 1.7 as to 4.6, and ties went alphabetically.
    @Test func aNumberSuggestsItsNearestSiblingsFirst() {
        #expect(EditDistance.suggestion("4.3", in: ["5.3", "4.4", "4.1", "4.2"], format: { $0 }) == "bedoelde je 4.2, 4.4 of 4.1?")
        #expect(EditDistance.suggestion("4.7", in: ["1.7", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6"], format: { $0 }) == "bedoelde je 4.6, 4.5 of 4.4?")
        #expect(EditDistance.suggestion("9", in: ["1", "2", "3", "4", "5", "6"], format: { $0 }) == "bedoelde je 6, 5 of 4?")
        #expect(EditDistance.suggestion("9.1", in: ["1.1", "6.1", "6.2"], format: { $0 }) == "bedoelde je 6.1, 6.2 of 1.1?")
        // Not a number, or no number as deep: letters, as before.
        #expect(EditDistance.suggestion("4.x", in: ["4.1", "4.2"], format: { $0 }) == "bedoelde je 4.1 of 4.2?")
    }

    @Test func suggestionOrdersByDistanceFirst() {
        #expect(EditDistance.suggestion("4.4", in: ["1.1", "4.1"], format: { $0 }) == "bedoelde je 4.1 of 1.1?")
    }

    @Test func suggestionIsNilWhenNothingIsClose() {
        #expect(EditDistance.suggestion("xyz", in: ["periode", "titel"]) == nil)
        #expect(EditDistance.suggestion("titel", in: [String]()) == nil)
    }

    @Test func distanceCountsEdits() {
        #expect(EditDistance.distance("kitten", "sitting") == 3)
        #expect(EditDistance.distance("", "abc") == 3)
        #expect(EditDistance.distance("ABC", "abc") == 0)
    }
}
