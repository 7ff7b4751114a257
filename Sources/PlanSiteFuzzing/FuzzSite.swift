import Foundation
import PlanSite

/// A small but complete site, in memory, for the reference fuzzer: a national agenda, one
/// region with gremia, begrippen and two documents (so `@document` and ambiguity are
/// reachable), entities on two levels, a bijlage, an image and in-page anchors. Loaded and
/// indexed once per process with the real loader and indexer.
enum FuzzSite {
    static let root = "/fuzz-content"

    static let files: [String: String] = [
        "site.yaml": "titel: Fuzzsite\nbasis-url: https://fuzz.example/\n",
        "hervormingsagenda/hervormingsagenda.yaml": """
            themas:
              - id: "1"
                titel: Jeugdhulp dichtbij
                maatregelen:
                  - id: "1.1"
                    titel: Eerste
                  - id: "1.2"
                    titel: Tweede
                    zelfde-als: "1.1"
            """,
        "regio-a/regio.yaml": "naam: Regio A\ngemeenten: [Aadorp, Bedorp]\n",
        "regio-a/overlegvormen.yaml": "gremia:\n  - id: rpo\n    naam: Portefeuillehoudersoverleg\n    afkorting: RPO\n",
        "regio-a/begrippen.yaml": "begrippen:\n  - id: ret\n    term: Regionaal expertteam\n    afkorting: RET\n",
        "regio-a/plan-2024/document.yaml": "titel: Plan 2024\nsoort: regioprogramma\nniveaus: [Opgave, Actielijn]\n",
        "regio-a/plan-2024/hervormingsagenda.yaml": "maatregelen:\n  \"1.1\":\n    bijdragen:\n      1: geheel\n",
        "regio-a/plan-2024/kaart.png": "png",
        "regio-a/plan-2024/01-inleiding.md": "---\ntitel: Inleiding\nnummer: \"1\"\n---\n\n## Terugblik\n\nTekst.\n",
        "regio-a/plan-2024/02-opgaven.md": """
            ---
            titel: Opgaven
            nummer: "2"
            ---

            ## Eerste {#opgave:1}

            ### Een {#actielijn:1.1}

            - {#actielijn:1.2} Een lijstelement
            """,
        "regio-a/plan-2024/bijlagen/01-kaart.md": "---\ntitel: Kaart\nnummer: \"1\"\n---\n\n## Legenda {#legenda}\n",
        "regio-a/plan-2025/document.yaml": "titel: Plan 2025\nsoort: regiovisie\nniveaus: [Opgave]\n",
        "regio-a/plan-2025/01-opgaven.md": "---\ntitel: Opgaven\nnummer: \"1\"\n---\n\n## Eerste {#opgave:1}\n",
    ]

    /// Nil only if the fixture above stops loading (the reference fuzzer then has nothing to do).
    static let site: Site? = {
        let loader = ContentLoader(root: root, displayRoot: "content", fileSystem: fileSystem)
        let (loaded, _) = loader.load()
        return SiteIndexer.index(loaded).0
    }()

    /// Every place a reference can be written from: national, region, document, each page.
    static let contexts: [ReferenceContext] = {
        guard let site else { return [] }
        var contexts: [ReferenceContext] = [.national]
        for (r, region) in site.regions.enumerated() {
            contexts.append(ReferenceContext(region: r))
            for (d, document) in region.documents.enumerated() {
                contexts.append(ReferenceContext(region: r, document: d))
                for p in document.pages.indices { contexts.append(ReferenceContext(region: r, document: d, page: p)) }
            }
        }
        return contexts
    }()

    static let fileSystem = ContentFileSystem(
        list: { path in
            let prefix = relative(path).map { $0.isEmpty ? "" : $0 + "/" } ?? ""
            var entries: [String: Bool] = [:]
            for file in files.keys where file.hasPrefix(prefix) {
                let rest = file.dropFirst(prefix.count)
                if let slash = rest.firstIndex(of: "/") { entries[String(rest[..<slash])] = true } else { entries[String(rest)] = false }
            }
            return entries.keys.sorted().map { ContentFileSystem.Entry(name: $0, isDirectory: entries[$0] ?? false) }
        },
        read: { path in
            guard let name = relative(path), let text = files[name] else { throw CocoaError(.fileNoSuchFile) }
            return Data(text.utf8)
        },
        canonical: { $0 })

    private static func relative(_ path: String) -> String? {
        if path == root { return "" }
        guard path.hasPrefix(root + "/") else { return nil }
        return String(path.dropFirst(root.count + 1))
    }
}
