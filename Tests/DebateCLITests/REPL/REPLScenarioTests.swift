import Foundation
import Testing

/// Scenarios at the REPL through pipes: `/scenarios`, `/play`, answers, `/next`, `/restart`, `/stop`.
struct REPLScenarioTests {
  static let script = """
    /scenarios
    /next
    /play chinese-mediatoin
    /play chinese-mediation
    Beijing could mediate, Putin listens to Xi
    /history
    /next
    /next
    /play chinese-mediation
    I am not sure
    /next
    /restart
    /stop
    /stop
    China and Russia are allies
    /quit
    """

  @Test func aScriptedScenarioSessionMatchesItsGoldenTranscript() async throws {
    let result = try await DebateRun.run([], stdin: Self.script, environment: ["TERM": "xterm"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(!result.stdout.contains("\u{1b}"))
    #expect(!result.stdout.contains("chinese-mediation:ask>"))  // no prompt in pipes
    try Golden.expect(result.stdout, matches: "repl-scenario.txt")
  }

  @Test func saveWritesTheScenarioTranscriptWhileOneIsPlayed() async throws {
    let folder = NSTemporaryDirectory() + "debate-play-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try await DebateRun.run(
      [],
      stdin: """
        /play wedge-driving
        /next
        /save \(folder)/wedge.md
        /stop
        China and Russia are allies
        /save \(folder)/free.json
        """)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Saved 8 lines of wedge-driving to \(folder)/wedge.md."))
    #expect(result.stdout.contains("Saved 1 turn to \(folder)/free.json."))
    let markdown = try String(contentsOfFile: folder + "/wedge.md", encoding: .utf8)
    #expect(markdown.contains("wedge-driving"))
    #expect(markdown.contains("The West could pry Moscow away from Beijing with the right offer."))
    let json = try String(contentsOfFile: folder + "/free.json", encoding: .utf8)
    #expect(!json.contains("wedge"))
  }

  @Test func aTeachersFolderReplacesTheShippedScenarios() async throws {
    let folder = NSTemporaryDirectory() + "debate-teacher-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let shipped = Golden.folder.deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appending(path: "scenarios/chinese-mediation.yaml")
    let text = try String(contentsOf: shipped, encoding: .utf8)
      .replacingOccurrences(of: "id: chinese-mediation", with: "id: no-samples")
      .split(separator: "\n").filter { !$0.contains("sample:") }.joined(separator: "\n")
    try text.write(toFile: folder + "/no-samples.yaml", atomically: true, encoding: .utf8)
    try "version: [".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)

    let result = try await DebateRun.run(
      ["--scenarios", folder], stdin: "/scenarios\n/play chinese-mediation\n/play no-samples\n/next\n")
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "no-samples   Could Beijing mediate?")
    #expect(lines.contains("1 scenario file has errors; 'debate check' lists them."))
    #expect(lines.contains("No scenario 'chinese-mediation'. /scenarios lists them."))
    #expect(lines.contains("Turn ask has no sample answer: type your own."))
  }

  @Test func anUnreadableScenarioFolderStopsBeforeThePrompt() async throws {
    let result = try await DebateRun.run(["--scenarios", "/nonexistent/folder"], stdin: "")
    #expect(result.status == 1)
    #expect(result.stderr == "debate: cannot use /nonexistent/folder: it is not a readable folder\n")
  }
}
