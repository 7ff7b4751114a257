import PlanSiteModel
import PlanSiteLoad

/// Where an entity key (`soort:nummer`) is written: a page's `id` in its front matter, or a
/// `{#soort:nummer}` attribute on a heading or list item.
enum EntityKeyPlace {
    case frontMatterID
    case attribute
}

/// `ENT004`: an entity key that does not fit the document's levels (an unknown kind, or a
/// number that is no number of that level), each message shape and hint written once. The
/// front matter's `id` (`SiteIndexer`) and the attributes (`PageWalker`) both report here.
extension Diagnostic {
    /// An `id` without `soort:`.
    static func entityKeyWithoutKind(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.entityUnknownKind, at: location, "`id` moet de vorm `soort:nummer` hebben, zoals `opgave:3`")
    }

    /// A kind that is none of the document's `niveaus`.
    static func entityKindNotALevel(_ kind: String, kinds: [String], in place: EntityKeyPlace, at location: SourceLocation) -> Diagnostic {
        let hint: String?
        switch place {
        case .frontMatterID:
            hint = EditDistance.suggestion(kind, in: kinds)
                ?? (kinds.isEmpty ? "dit document heeft geen `niveaus`" : "niveaus: \(kinds.joined(separator: ", "))")
        case .attribute:
            hint = EditDistance.suggestion(kind, in: kinds + ["ha-thema"])
                ?? (kinds.isEmpty ? "dit document heeft geen `niveaus` in document.yaml" : "niveaus van dit document: \(kinds.joined(separator: ", "))")
        }
        return Diagnostic(.entityUnknownKind, at: location, "`\(kind)` is geen niveau van dit document", hint: hint)
    }

    /// A number that is not digits and dots; in the front matter also one of the wrong depth.
    /// `level` counts from 0.
    static func entityNumberInvalid(_ number: String, kind: String, level: Int, in place: EntityKeyPlace, at location: SourceLocation) -> Diagnostic {
        switch place {
        case .frontMatterID:
            return Diagnostic(.entityUnknownKind, at: location, "`\(number)` is geen geldig nummer voor \(kind) (niveau \(level + 1))",
                              hint: "bijvoorbeeld `\(kind):\(exampleNumber(level: level))`")
        case .attribute:
            return Diagnostic(.entityUnknownKind, at: location, "`\(number)` is geen geldig nummer voor \(kind)",
                              hint: "een nummer bestaat uit cijfers en punten, zoals `4.1`")
        }
    }

    /// An attribute's number with more or fewer parts than its level has. `level` counts from 0.
    static func entityNumberWrongDepth(_ number: String, parts: Int, kind: String, level: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.entityUnknownKind, at: location,
                   "\(kind) is niveau \(level + 1) van dit document en heeft een nummer met \(level + 1) delen, maar `\(number)` heeft er \(parts)",
                   hint: "bijvoorbeeld `\(kind):\(exampleNumber(level: level))`")
    }

    /// `1.2.3` for the third level.
    private static func exampleNumber(level: Int) -> String {
        (1...(level + 1)).map(String.init).joined(separator: ".")
    }
}
