import Foundation
import Testing

/// `debate check` on a teacher's argument map, whatever the file is called.
struct CheckMapTests {
  @Test func aMapFileIsCheckedAsAMapWithEveryProblemLocated() async throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let map = folder.appending(path: "my-map.yaml")
    try "claims:\n  - id: a\n    statement: S\n    position: hold\n    evidence: [¶9.1]\n    attacks: [zz]\n"
      .write(to: map, atomically: true, encoding: .utf8)
    let result = try await DebateRun.run(["check", map.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("my-map.yaml:4:15: error: position must be 'holds', 'rejects' or 'open'"))
    #expect(result.stdout.contains("my-map.yaml:5:16: error: unknown ref '¶9.1'"))
    #expect(result.stdout.contains("my-map.yaml:6:15: error: claim 'a' names unknown claim 'zz'"))
    #expect(result.stdout.hasSuffix("checked 1 file: 0 scenarios, 1 argument map; 3 errors in 1 file\n"))
  }

  @Test func theShippedFilesHaveNoProblems() async throws {
    let result = try await DebateRun.run(["check"])
    #expect(result.status == 0)
    #expect(result.stdout == "checked 6 files: 5 scenarios, 1 argument map; no problems\n")
  }

  /// The shipped map with the four inconsistencies the map once had or could have.
  @Test func aBrokenCopyOfTheShippedMapFailsWithEachInconsistency() async throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    var text = try String(contentsOf: root.appending(path: "scenarios/argument-map.yaml"), encoding: .utf8)
    for (fixed, broken) in [
      (
        "    evidence: [¶1.2]\n    attacks: [one-adjective]",
        "    evidence: [¶1.2]\n    supports: [one-adjective]"
      ),
      (
        "    evidence: [¶3.1, ¶3.2, title]\n    attacks: [alliance]",
        "    evidence: [¶3.1, ¶3.2, title]\n    attacks: [alliance]\n    supports: [ideological]"
      ),
      ("    position: open\n    leans: rejects\n", "    position: rejects\n"),
      (
        "    evidence: [¶4.3]\n    attacks: [alliance]",
        "    evidence: [¶4.3]\n    attacks: [alliance, tool-and-convergence]\n    supports: [tool-and-convergence]"
      ),
    ] {
      try #require(text.contains(fixed))
      text = text.replacingOccurrences(of: fixed, with: broken)
    }
    let folder = FileManager.default.temporaryDirectory.appending(path: "check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let map = folder.appending(path: "argument-map.yaml")
    try text.write(to: map, atomically: true, encoding: .utf8)
    let result = try await DebateRun.run(["check", map.path])
    #expect(result.status == 1)
    for expected in [
      "error: claim 'phases' supports 'one-adjective', but the essay rejects 'one-adjective'",
      "error: support cycle axis → ideological → axis",
      "error: claim 'trump-question': the essay rejects its statement, but its evidence only calls it an open question",
      "error: claim 'too-unequal' both supports and attacks 'tool-and-convergence'",
      "error: claim 'too-unequal' attacks 'tool-and-convergence', but the essay holds 'tool-and-convergence'",
      "error: support cycle tool-and-convergence → too-unequal → tool-and-convergence",
    ] {
      #expect(result.stdout.contains(expected), "missing: \(expected)")
    }
    #expect(result.stdout.hasSuffix("checked 1 file: 0 scenarios, 1 argument map; 6 errors in 1 file\n"))
  }

  @Test(arguments: ["\r\n", "\u{FEFF}"])
  func aMapSavedOnWindowsIsStillCheckedAsAMap(_ variant: String) async throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let map = folder.appending(path: "my-map.yaml")
    var text = "claims:\n  - id: a\n    statement: S\n    position: hold\n    evidence: [¶2.1]\n"
    text = variant == "\r\n" ? text.replacingOccurrences(of: "\n", with: "\r\n") : variant + text
    try Data(text.utf8).write(to: map)
    let result = try await DebateRun.run(["check", map.path])
    #expect(
      result.stdout
        == "\(map.path):4:15: error: position must be 'holds', 'rejects' or 'open', not 'hold'\n    position: hold\n"
        + "              ^\nchecked 1 file: 0 scenarios, 1 argument map; 1 error in 1 file\n")
  }
}
