import PlanSiteModel

/// What a begrip's first use on a page says of it on hover and focus, in plain text: the
/// afkorting and its term, then the meaning ("RAO: Regionaal Ambtelijk Overleg: …"), cut
/// at a word like a meta description. The full entry is one tap away, on the glossary.
enum BegripUitleg {
    /// - Parameter betekenis: its meaning as plain text (`ResolvedBegrip.betekenisText`).
    static func text(_ begrip: Begrip, betekenis meaning: String) -> String {
        var parts: [String] = []
        if let afkorting = begrip.afkorting, afkorting != begrip.term {
            parts.append(afkorting + " (" + begrip.term + ")")
        } else {
            parts.append(begrip.term)
        }
        if !meaning.isEmpty { parts.append(meaning) }
        return MetaDescription.shortened(parts.joined(separator: ": "))
    }
}
