import Foundation
import Testing

/// `debate bundle new` and `debate map draft`: a bundle that passes `check` as it is and argues
/// with stances.
struct BundleNewTests {
  static let gettysburg = BundleOptionTests.root.appending(
    path: "Tests/DebateEngineTests/Fixtures/Drafted/gettysburg.txt")

  @Test func aNewBundlePassesCheckAsItIsAndArguesWithStances() throws {
    let parent = try BundleOptionTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appending(path: "gettysburg").path
    let made = try DebateRun.run(["bundle", "new", folder, "--corpus", Self.gettysburg.path])
    #expect(made.status == 0)
    #expect(made.stdout.contains("  gettysburg.txt\n  argument-map.yaml\n  first-debate.yaml\n  README.md\n"))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(names == ["README.md", "argument-map.yaml", "first-debate.yaml", "gettysburg.txt"])
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: folder + "/gettysburg.txt"))
        == Data(contentsOf: Self.gettysburg))
    let check = try DebateRun.run(["check", "--bundle", folder])
    #expect(check.status == 0)
    #expect(check.stdout == "checked 2 files: 1 scenario, 1 argument map; no problems\n")
    let ask = try DebateRun.run(["ask", "--json", "--bundle", folder, "They did not die in vain."])
    #expect(ask.stdout.contains(#""stance":"agree""#))
    let play = try DebateRun.run(["play", "--bundle", folder, "first-debate"])
    #expect(play.status == 0)
    #expect(play.stdout.contains("judged: you sided with the essay: "))
    let redraft = try DebateRun.run(["map", "draft", "--no-wordnet", "--bundle", folder])
    #expect(redraft.stdout.contains("text: {file: gettysburg.txt, sha256: "))
    let readme = try String(contentsOfFile: folder + "/README.md", encoding: .utf8)
    #expect(readme.contains("debate check --bundle ."))
  }

  @Test func theBundleWorksAtThePromptAndInReplays() throws {
    let parent = try BundleOptionTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appending(path: "speech").path
    _ = try DebateRun.run(["bundle", "new", folder, "--corpus", Self.gettysburg.path, "--no-wordnet"])
    let piped = try DebateRun.run(
      ["--bundle", folder],
      stdin: "We cannot hallow this ground.\n/scenarios\nWhat is the capital of France?\n")
    #expect(piped.status == 0)
    #expect(piped.stdout.contains("¶3.1   “But, in a larger sense, we can not dedicate"))
    #expect(piped.stdout.contains("first-debate"))
    #expect(piped.stdout.contains("The text does not address that;"))
    let transcript = parent.appending(path: "run.json").path
    let play = try DebateRun.run(["play", "--bundle", folder, "first-debate", "--transcript", transcript])
    #expect(play.status == 0)
    let replay = try DebateRun.run(["replay", "--bundle", folder, transcript])
    #expect(replay.status == 0, "\(replay.stdout)\(replay.stderr)")
  }

  @Test func aFolderInUseIsNeverOverwritten() throws {
    let folder = try BundleOptionTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "mine\n".write(to: folder.appending(path: "notes.txt"), atomically: true, encoding: .utf8)
    let made = try DebateRun.run(["bundle", "new", folder.path, "--corpus", Self.gettysburg.path])
    #expect(made.status == 1)
    #expect(made.stderr.contains("it exists and is not empty"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
  }

  @Test func mapDraftPrintsAMapThatNamesItsText() throws {
    let draft = try DebateRun.run(["map", "draft", "--corpus", Self.gettysburg.path])
    #expect(draft.status == 0)
    #expect(draft.stdout.contains("text: {file: gettysburg.txt, sha256: "))
    #expect(draft.stdout.contains("    position: holds\n"))
    let folder = try BundleOptionTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appending(path: "map.yaml").path
    let written = try DebateRun.run([
      "map", "draft", "--no-wordnet", "--corpus", Self.gettysburg.path, "-o", out,
    ])
    #expect(written.status == 0)
    #expect(!(try String(contentsOfFile: out, encoding: .utf8)).contains("WordNet synonym of '"))
    let check = try DebateRun.run(["check", "--corpus", Self.gettysburg.path, "--map", out])
    #expect(check.stdout.hasSuffix("1 argument map; no problems\n"))
  }

  /// Debian's wordnet-base, which `make` installs; a plain `swift test` without it skips.
  @Test func withWordNetTheDraftHasSynonymsMarkedAsSuch() throws {
    let installed = FileManager.default.fileExists(atPath: "/usr/share/wordnet/index.noun")
    if !installed {
      #expect(ProcessInfo.processInfo.environment["DEBATE_REQUIRE_TOOLS"] == nil, "wordnet-base is missing")
      return
    }
    let draft = try DebateRun.run(["map", "draft", "--corpus", Self.gettysburg.path])
    #expect(draft.stderr.isEmpty)
    #expect(draft.stdout.contains("# drafted: WordNet synonym of '"))
  }

  @Test func aMarkdownFileIsReadAsMarkdownByItsName() throws {
    let folder = try BundleOptionTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["notes.md", "notes.txt"] {
      try "- First item.\n- Second item.\n".write(
        to: folder.appending(path: name), atomically: true, encoding: .utf8)
    }
    let markdown = try DebateRun.run(["text", "--corpus", folder.appending(path: "notes.md").path])
    #expect(markdown.stdout == "¶1.1\tFirst item.\n¶1.2\tSecond item.\n")
    let plain = try DebateRun.run(["text", "--corpus", folder.appending(path: "notes.txt").path])
    #expect(plain.stdout == "¶1.1\t- First item.\n¶2.1\t- Second item.\n")
  }

  @Test func withoutWordNetTheDraftSaysSoAndGoesOn() throws {
    let draft = try DebateRun.run([
      "map", "draft", "--wordnet", "/nonexistent", "--corpus", Self.gettysburg.path,
    ])
    #expect(draft.status == 0)
    #expect(draft.stderr.contains("drafting without WordNet synonyms"))
    #expect(draft.stdout.contains("claims:"))
  }
}
