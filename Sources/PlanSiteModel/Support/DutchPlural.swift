/// The plural of a plan level's name as the site writes it in running text ("alle
/// maatregelen en themalijnen"). Level names are single Dutch nouns chosen by editors
/// (`niveaus: [Themalijn, Eindresultaat, Inspanning]`); appending "n" made "themalijnn".
/// The regular spelling rules cover the names plans use; an irregular noun can still be
/// avoided by the editor, and nothing depends on the plural but a sentence.
package enum DutchPlural {
    package static func of(_ noun: String) -> String {
        let word = noun.lowercased()
        guard let last = word.last else { return word }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        // opgave → opgaven, ambitie → ambities (a final "ie" or unstressed "e" takes -s or -n;
        // plans' level names end in the unstressed -e that takes -n, except -ie).
        if word.hasSuffix("ie") { return word + "s" }
        if last == "e" { return word + "n" }
        // thema → thema's, prioriteit stays below.
        if vowels.contains(last) { return word + "'s" }
        let chars = Array(word)
        // eindresultaat → eindresultaten: a long vowel written double before the last
        // consonant is written once in an open syllable.
        if chars.count >= 3, chars[chars.count - 2] == chars[chars.count - 3], vowels.contains(chars[chars.count - 2]), chars[chars.count - 2] != "i" {
            return String(chars.dropLast(2)) + String(last) + "en"
        }
        // actielijn → actielijnen, inspanning → inspanningen, doel → doelen.
        return word + "en"
    }
}
