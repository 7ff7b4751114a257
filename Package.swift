// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "plansite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "plansite", targets: ["plansite"]),
        .library(name: "PlanSite", targets: ["PlanSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
    ],
    targets: [
        // libcmark-gfm and its extensions, from Debian's libcmark-gfm-dev / -extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Snowball's stemmers, from Debian's libstemmer-dev (which ships no pkg-config file, so
        // the module map links `stemmer` itself).
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // renameat2(RENAME_EXCHANGE): Glibc's Swift overlay does not expose it.
        .target(name: "CRenameExchange"),
        // The model: values only (diagnostics, locations, the Markdown tree, typed
        // configuration, the indexed site, routes). Every stage depends on it; it on none.
        .target(name: "PlanSiteModel"),
        // load: files → parsed YAML and Markdown → typed configuration (LoadedContent).
        .target(
            name: "PlanSiteLoad",
            dependencies: [
                "PlanSiteModel",
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // index: loaded files → the Site (URLs, ids, entities, symbol table), references
        // resolved, backlinks.
        .target(
            name: "PlanSiteIndex",
            dependencies: ["PlanSiteModel", "PlanSiteLoad"]
        ),
        // check: the resolved plan → diagnostics, one file per family. Pure: no I/O.
        .target(
            name: "PlanSiteCheck",
            dependencies: ["PlanSiteModel", "PlanSiteLoad", "PlanSiteIndex"]
        ),
        // write: pages into a staging folder, swapped in atomically; the output folder guard.
        .target(
            name: "PlanSiteWrite",
            dependencies: ["PlanSiteModel", "PlanSiteLoad", "CRenameExchange"]
        ),
        // search: the site's search index, built from the model at build time (Dutch folding,
        // tokenizer, stop words, Snowball stemming; sharded script files the browser loads
        // from file:// too). Render writes its files.
        .target(
            name: "PlanSiteSearch",
            dependencies: ["PlanSiteModel", "CStemmer"]
        ),
        // render: the resolved plan → every page, from the theme's Mustache templates (read
        // and rendered by plansite's own engine, Mustache/), one page kind per file (Pages/),
        // each with its typed view (Views/).
        .target(
            name: "PlanSiteRender",
            dependencies: [
                "PlanSiteModel",
                "PlanSiteLoad",
                "PlanSiteIndex",
                "PlanSiteSearch",
            ],
            plugins: [.plugin(name: "EmbedTheme")]
        ),
        // The pipeline: runs the stages in order for build, check and serve (SiteBuild), the
        // preview's incremental state, the diagnostics' output formats.
        .target(
            name: "PlanSite",
            dependencies: [
                "PlanSiteModel",
                "PlanSiteLoad",
                "PlanSiteIndex",
                "PlanSiteCheck",
                "PlanSiteRender",
                "PlanSiteSearch",
                "PlanSiteWrite",
            ]
        ),
        // Compiles themes/default/ into PlanSite at build time, so the plansite binary alone
        // carries its theme and no generated source is committed.
        .plugin(
            name: "EmbedTheme",
            capability: .buildTool(),
            dependencies: ["embed-theme-tool"]
        ),
        // The command the plugin runs: writes the theme files as one Swift source. Foundation only.
        .executableTarget(name: "embed-theme-tool"),
        // `plansite serve`: watch, rebuild, serve the output folder, reload the browser.
        .target(
            name: "PreviewServer",
            dependencies: [
                "PlanSite",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "plansite",
            dependencies: [
                "PlanSite",
                "PreviewServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // gperftools' tcmalloc in place of glibc's malloc: a build allocates millions of
            // small strings and arrays on every core, and glibc's arenas spent a tenth of the
            // build in malloc and free (docs/architecture.md, "Memory allocator").
            linkerSettings: [.linkedLibrary("tcmalloc_minimal", .when(platforms: [.linux]))]
        ),
        // Fuzz entries, one per loader (YAML schemas, front matter, Markdown, references):
        // shared by the libFuzzer executables below and the regression tests.
        .target(name: "PlanSiteFuzzing", dependencies: ["PlanSite"]),
        // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer -DFUZZING);
        // an ordinary build makes them replay the files named on the command line.
        .target(name: "CLibFuzzer"),
        .executableTarget(name: "fuzz-yaml", dependencies: ["PlanSiteFuzzing", "CLibFuzzer"]),
        .executableTarget(name: "fuzz-frontmatter", dependencies: ["PlanSiteFuzzing", "CLibFuzzer"]),
        .executableTarget(name: "fuzz-markdown", dependencies: ["PlanSiteFuzzing", "CLibFuzzer"]),
        .executableTarget(name: "fuzz-references", dependencies: ["PlanSiteFuzzing", "CLibFuzzer"]),
        .testTarget(
            name: "PlanSiteTests",
            dependencies: ["PlanSiteModel", "PlanSiteLoad", "PlanSiteIndex", "PlanSiteCheck", "PlanSiteRender", "PlanSiteSearch", "PlanSiteWrite", "PlanSite", "plansite", "PlanSiteFuzzing"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PreviewServerTests",
            dependencies: ["PreviewServer", "PlanSiteModel", "PlanSiteLoad", "PlanSiteIndex", "PlanSiteCheck", "PlanSiteRender", "PlanSiteWrite", "PlanSite", "plansite"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
