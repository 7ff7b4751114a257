/// Word wrapping for the explanations (`plansite uitleg`, `docs/meldingen.md`): the catalogue
/// keeps each paragraph as one string, and the terminal and the Markdown file want lines.
enum TextWrap {
    /// `text` broken at spaces into lines of at most `width` characters (a longer word stands
    /// alone), each line after `indent`. A line never starts with a word Markdown would read
    /// as a list item, quote or heading (`-`, `*`, `+`, `>`, `#`, `1.`): such a word stays on
    /// the line before, even past the width.
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width - indent.count || startsABlock(word) {
                current += " " + word
            } else {
                lines.append(indent + current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(indent + current) }
        return lines
    }

    /// Whether a line starting with `word` would be read as a Markdown block marker.
    static func startsABlock(_ word: Substring) -> Bool {
        if ["-", "*", "+", ">"].contains(word) || word.hasPrefix("#") { return true }
        let digits = word.prefix(while: \.isNumber)
        return !digits.isEmpty && (word.dropFirst(digits.count) == "." || word.dropFirst(digits.count) == ")")
    }
}
