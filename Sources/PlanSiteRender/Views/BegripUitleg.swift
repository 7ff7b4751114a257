import PlanSiteModel

/// What a begrip's first use on a page says of it on hover and focus, in plain text: the
/// afkorting and its term, then the meaning ("RAO: Regionaal Ambtelijk Overleg: …"), cut
/// at a word like a meta description. The full entry is one tap away, on the glossary.
enum BegripUitleg {
    static func text(_ begrip: Begrip) -> String {
        var parts: [String] = []
        if let afkorting = begrip.afkorting, afkorting != begrip.term {
            parts.append(afkorting + " (" + begrip.term + ")")
        } else {
            parts.append(begrip.term)
        }
        let meaning = (begrip.betekenis?.blocks ?? []).compactMap { block -> String? in
            if case .paragraph(let inlines, _) = block { return inlines.plainText }
            return nil
        }.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if !meaning.isEmpty { parts.append(meaning) }
        return MetaDescription.shortened(parts.joined(separator: ": "))
    }
}
