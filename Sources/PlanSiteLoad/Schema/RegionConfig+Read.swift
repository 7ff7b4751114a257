import Foundation
import PlanSiteModel

/// Reading `RegionConfig` from its YAML, in the load stage; the value itself is in PlanSiteModel.
extension RegionConfig {
    static func read(_ root: YAMLNode?, file: SourceFile, into diagnostics: inout [Diagnostic]) -> RegionConfig? {
        guard var map = MappingReader(root, what: "regio.yaml", at: file.start, into: &diagnostics) else { return nil }
        map.validateKeys(known: ["naam", "gemeenten", "andere-namen", "website", "omschrijving"], required: ["naam", "gemeenten"], mayBeEmpty: ["gemeenten"], into: &diagnostics)
        let gemeenten = map.strings("gemeenten", into: &diagnostics)
        return RegionConfig(
            naam: map.string("naam", into: &diagnostics)?.value ?? "",
            gemeenten: gemeenten.map(\.value),
            andereNamen: readAndereNamen(map.node("andere-namen"), gemeenten: gemeenten, into: &diagnostics),
            website: map.url("website", rule: .web, into: &diagnostics)?.value,
            omschrijving: map.string("omschrijving", into: &diagnostics)?.value)
    }

    /// `andere-namen`: a map from a gemeente of `gemeenten` to its other names (one text or a
    /// list). Every name the region uses, listed or other, belongs to one gemeente: a repeat
    /// is `GEM002`, an other name for a gemeente the region does not list `GEM001`; neither
    /// is kept, so the gemeente pages never see them.
    static func readAndereNamen(_ node: YAMLNode?, gemeenten: [Located<String>], into diagnostics: inout [Diagnostic]) -> [String: [String]] {
        // Every name so far, with the gemeente it belongs to (itself for a listed name).
        var owner: [String: (gemeente: String, listed: Bool, location: SourceLocation)] = [:]
        // Each gemeente gets the page `gemeenten/<slug>/`: two names with one slug would share it.
        var bySlug: [String: Located<String>] = [:]
        for gemeente in gemeenten {
            if let first = owner[gemeente.value] {
                diagnostics.append(.gemeenteListedTwice(gemeente, first: first.location))
            } else if let first = bySlug[Slug.make(gemeente.value)] {
                diagnostics.append(.gemeenteSamePage(gemeente, first: first))
            } else {
                owner[gemeente.value] = (gemeente.value, true, gemeente.location)
                bySlug[Slug.make(gemeente.value)] = gemeente
            }
        }
        guard let node, !node.isNull,
              let map = MappingReader(node, what: "`andere-namen`", at: node.location, into: &diagnostics) else { return [:] }
        var out: [String: [String]] = [:]
        for pair in map.pairs {
            let names = MappingReader.strings(pair.value, key: pair.key, into: &diagnostics)
            guard let listed = owner[pair.key], listed.listed else {
                diagnostics.append(.andereNamenUnknownGemeente(Located(pair.key, at: pair.keyLocation), listed: gemeenten.map(\.value)))
                continue
            }
            for name in names {
                let text = name.value.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { continue }
                if let first = owner[text] {
                    diagnostics.append(.andereNaamTwice(name, gemeente: pair.key, first: first))
                    continue
                }
                owner[text] = (pair.key, false, name.location)
                out[pair.key, default: []].append(text)
            }
        }
        return out
    }
}
