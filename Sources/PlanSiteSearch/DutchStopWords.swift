/// Snowball's Dutch stop words (the list that ships with the Dutch stemmer), folded: words
/// so common that they say nothing about a page. They are left out of the index, and the
/// query side drops them too, so "de jeugdzorg" finds what "jeugdzorg" finds.
public enum DutchStopWords {
    public static let words: Set<String> = [
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is", "was", "op",
        "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn", "men",
        "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "mij", "uit", "der", "daar", "haar",
        "naar", "heb", "hoe", "heeft", "hebben", "deze", "u", "want", "nog", "zal", "me", "zij", "nu", "ge", "geen",
        "omdat", "iets", "worden", "toch", "al", "waren", "veel", "meer", "doen", "toen", "moet", "ben", "zonder",
        "kan", "hun", "dus", "alles", "onder", "ja", "eens", "hier", "wie", "werd", "altijd", "doch", "wordt",
        "wezen", "kunnen", "ons", "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest",
        "andere",
    ]

    /// The longest stop word's length in UTF-8 bytes: a longer word is none, and needs no
    /// hashing to tell (the analysis asks for every word form of the site).
    static let longest = words.map(\.utf8.count).max() ?? 0

    public static func contains(_ folded: String) -> Bool {
        folded.utf8.count <= longest && words.contains(folded)
    }
}
