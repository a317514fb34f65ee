import DebateEngine
import Foundation
import Testing

/// `make install`: the binary, the man page and the completions land under DESTDIR/PREFIX.
///
/// The test runs the Makefile's copying step with the binary under test and the man page
/// `make test` generates (`make man`); a plain `swift test` without
/// that page skips it, saying why.
struct InstallTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let manPage = packageRoot.appending(path: ".build/man/debate.1")
  static let required = ProcessInfo.processInfo.environment["DEBATE_REQUIRE_TOOLS"] == "1"

  @Test func installsBinaryManPageAndCompletionsUnderDestdir() async throws {
    guard FileManager.default.fileExists(atPath: Self.manPage.path) || Self.required else {
      print("skipped: no \(Self.manPage.path); `make man` writes it")
      return
    }
    let stage = FileManager.default.temporaryDirectory.appending(path: "install-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: stage) }
    let make = try await DebateRun.run(
      URL(fileURLWithPath: "/usr/bin/make"),
      [
        "-C", Self.packageRoot.path, "--no-print-directory", "install-files", "DESTDIR=\(stage.path)",
        "PREFIX=/opt/debate", "BIN=\(DebateRun.binary.path)", "MANPAGE=\(Self.manPage.path)",
      ])
    #expect(make.status == 0, "\(make.stderr)")
    let root = stage.appending(path: "opt/debate")

    let installed = root.appending(path: "bin/debate")
    #expect(FileManager.default.isExecutableFile(atPath: installed.path))
    let version = try await DebateRun.run(installed, ["--version"])
    #expect(version.stdout == "\(EngineVersion.number)\n")

    let man = try String(contentsOf: root.appending(path: "share/man/man1/debate.1"), encoding: .utf8)
    #expect(man.contains(".Dt DEBATE 1"))
    for command in ["ask", "play", "check", "replay", "map", "bundle"] {
      #expect(man.contains(".It Em \(command)"), "the man page documents `debate \(command)`")
    }

    let completions = [
      ("share/bash-completion/completions/debate", "complete -o filenames -F _debate debate"),
      ("share/zsh/site-functions/_debate", "#compdef debate"),
      ("share/fish/vendor_completions.d/debate.fish", "complete -c 'debate'"),
    ]
    for (path, marker) in completions {
      let script = try String(contentsOf: root.appending(path: path), encoding: .utf8)
      #expect(script.contains(marker), "\(path) is a completion script for debate")
      #expect(script.contains("scenarios"), "\(path) completes the subcommands' options")
    }
  }

  @Test func versionIsTheEnginesVersion() async throws {
    let result = try await DebateRun.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == "\(EngineVersion.number)\n")
  }
}
