// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Vita",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "vita", targets: ["vita"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // `vita import linkedin`: the export's ZIP archive, and its CSV files.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
  ],
  targets: [
    // The cmark-gfm C library from the system (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
    .systemLibrary(
      name: "CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    // The one system call Swift's Glibc module does not export: renameat2 with RENAME_EXCHANGE, which
    // swaps an output folder for its replacement in one step.
    .target(name: "CVitaSystem"),
    // libxml2's HTML parser from the system (Debian: libxml2-dev), for `vita job add`: it reads the
    // pages job postings are published on.
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    // Content model, loading, Markdown, tailoring and review: pure, no writes, no printing. Its
    // tables (skills, word lists, posting cues) are the files under data/, compiled in by EmbedData.
    .target(
      name: "VitaCore",
      dependencies: [
        "CCmarkGFM", "CLibXML2", "VitaEscaping", .product(name: "Yams", package: "Yams"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ],
      plugins: ["EmbedData"]
    ),
    .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["DataEmbedder"]),
    .executableTarget(name: "DataEmbedder"),
    // The byte-level writers every output goes through: HTML escaping, JSON as JSONEncoder writes it
    // (and safe inside a <script>), and reading a string's UTF-8 in place; each has a slow, obvious
    // reference beside it in VitaEscapingTests.
    .target(name: "VitaEscaping"),
    // Mustache templates: parsed once, rendered from typed values into bytes.
    .target(name: "VitaTemplate", dependencies: ["VitaEscaping"]),
    // View models, templates and output; reading an import's files (a LinkedIn export's archive).
    .target(
      name: "VitaSite",
      dependencies: [
        "VitaCore", "VitaTemplate", "VitaEscaping", "CVitaSystem",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // `vita serve`: the site from memory over HTTP, rebuilt on change, reloaded through server-sent events.
    .target(
      name: "VitaServe",
      dependencies: ["VitaSite", "VitaEscaping", "CVitaSystem"]
    ),
    // The command line: argument parsing and printing only. On Linux it allocates through mimalloc
    // (Debian: libmimalloc-dev), which takes a tenth off a build's CPU time against glibc's malloc.
    .executableTarget(
      name: "vita",
      dependencies: ["VitaSite", "VitaServe", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
    ),
    // A libFuzzer target over the loader and renderers (`make fuzz`); a plain replay tool in a normal build.
    .executableTarget(name: "VitaFuzz", dependencies: ["VitaSite"]),
    // What more than one test target uses: a socket client for the servers' tests, texts for the
    // escapers' tests, and a seeded random generator.
    .target(name: "VitaTestSupport", path: "Tests/VitaTestSupport"),
    .testTarget(name: "VitaCoreTests", dependencies: ["VitaCore", "VitaTestSupport"]),
    .testTarget(name: "VitaEscapingTests", dependencies: ["VitaEscaping", "VitaTestSupport"]),
    .testTarget(name: "VitaTemplateTests", dependencies: ["VitaTemplate", "VitaEscaping", "VitaTestSupport"]),
    .testTarget(name: "VitaSiteTests", dependencies: ["VitaSite", "VitaTemplate", "VitaEscaping", "VitaTestSupport"]),
    .testTarget(name: "VitaServeTests", dependencies: ["VitaServe", "VitaTestSupport"]),
    .testTarget(
      name: "VitaCLITests",
      dependencies: [
        "VitaSite", "vita", "VitaTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
  ]
)
