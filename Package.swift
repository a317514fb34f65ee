// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "debate",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "debate", targets: ["debate"]),
    .library(name: "DebateEngine", targets: ["DebateEngine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // libedit (editline) for the REPL; C-variadic calls are wrapped in shim.h.
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    // Snowball stemmers from Debian's libstemmer-dev (no pkg-config file ships with it).
    .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
    // The reference CommonMark parser (GitHub's cmark-gfm) for Markdown texts. No pkg-config:
    // Debian's libcmark-gfm.pc also names the extensions library, which is another package.
    .systemLibrary(name: "CCmark", providers: [.apt(["libcmark-gfm-dev"])]),
    // Turns the files in scenarios/ into Swift string literals, so a binary copied alone
    // still carries the essay, its argument map and the shipped scenarios.
    .executableTarget(name: "embed-scenarios"),
    .plugin(
      name: "EmbedScenarios", capability: .buildTool(), dependencies: ["embed-scenarios"]),
    .target(
      name: "DebateEngine",
      dependencies: ["CStemmer", "CCmark", .product(name: "Yams", package: "Yams")],
      plugins: ["EmbedScenarios"]),
    .executableTarget(
      name: "debate",
      dependencies: [
        "DebateEngine", "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Generated turns for the fuzz test and `make fuzz`.
    .target(name: "DebateFuzzing", dependencies: ["DebateEngine"]),
    .executableTarget(name: "debate-fuzz", dependencies: ["DebateEngine", "DebateFuzzing"]),
    // `make bench`: prints speed and memory figures; not a product, never run by `make test`.
    .executableTarget(name: "debate-bench", dependencies: ["DebateEngine"]),
    .testTarget(
      name: "DebateEngineTests", dependencies: ["DebateEngine", "DebateFuzzing"],
      exclude: ["Fixtures", "Golden"]),
    // End-to-end tests run the built `debate` binary; depending on it makes `swift test` build it.
    .testTarget(
      name: "DebateCLITests", dependencies: ["debate", "DebateEngine"], exclude: ["Golden"]),
  ]
)
