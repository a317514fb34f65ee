// swift-tools-version:6.2
import PackageDescription

// Linux only: the system libraries come from Debian's packages (the `.apt` providers below),
// and the REPL and file writes call Glibc. No `platforms` line, since no other system is built
// or tested.

/// Upcoming language features every target of ours is built with; `make lint` and `make test`
/// also turn warnings into errors (DEBATE_STRICT=1), a plain `swift build` leaves them warnings.
let strictness: [SwiftSetting] =
  [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
  ] + (Context.environment["DEBATE_STRICT"] == "1" ? [.treatAllWarnings(as: .error)] : [])

let package = Package(
  name: "debate",
  products: [
    .executable(name: "debate", targets: ["debate"]),
    .library(name: "DebateEngine", targets: ["DebateEngine"]),
    .library(name: "DebateContent", targets: ["DebateContent"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.0"),
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
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
    .executableTarget(name: "embed-scenarios", swiftSettings: strictness),
    .plugin(
      name: "EmbedScenarios", capability: .buildTool(), dependencies: ["embed-scenarios"]),
    // Any text, map and scenarios in, values out; knows no essay.
    .target(
      name: "DebateEngine",
      dependencies: ["CStemmer", "CCmark", .product(name: "Yams", package: "Yams")],
      swiftSettings: strictness),
    // The shipped essay, its argument map and scenarios (scenarios/), compiled in.
    .target(
      name: "DebateContent", dependencies: ["DebateEngine"], swiftSettings: strictness,
      plugins: ["EmbedScenarios"]),
    .executableTarget(
      name: "debate",
      dependencies: [
        "DebateEngine", "DebateContent", "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictness),
    // Generated turns for the fuzz test and `make fuzz`.
    .target(name: "DebateFuzzing", dependencies: ["DebateEngine"], swiftSettings: strictness),
    .executableTarget(
      name: "debate-fuzz", dependencies: ["DebateEngine", "DebateContent", "DebateFuzzing"],
      swiftSettings: strictness),
    // `make bench`: prints speed and memory figures; not a product, never run by `make test`.
    .executableTarget(
      name: "debate-bench", dependencies: ["DebateEngine", "DebateContent"], swiftSettings: strictness),
    .testTarget(
      name: "DebateEngineTests", dependencies: ["DebateEngine", "DebateContent", "DebateFuzzing"],
      exclude: ["Fixtures", "Golden"], swiftSettings: strictness),
    // End-to-end tests run the built `debate` binary; depending on it makes `swift test` build it.
    .testTarget(
      name: "DebateCLITests",
      dependencies: [
        "debate", "DebateEngine", "DebateContent",
        .product(name: "Subprocess", package: "swift-subprocess"),
      ],
      exclude: ["Golden", "Report/check_png.py", "Report/check_report.py"], swiftSettings: strictness),
  ]
)
