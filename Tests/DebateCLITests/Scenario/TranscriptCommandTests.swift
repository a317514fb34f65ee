import DebateEngine
import Foundation
import Testing

/// Transcripts a class can rely on: a finished scenario stays saveable, each reply keeps its
/// side, corrections are marked, files are never overwritten by accident, and every JSON output
/// decodes into the engine's record types.
struct TranscriptCommandTests {
  static func folder() throws -> String {
    let folder = NSTemporaryDirectory() + "debate-transcript-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  static func transcript(_ path: String) throws -> Transcript {
    try JSONDecoder().decode(Transcript.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test func aScenarioPlayedToItsEndStaysSaveableWithItsSummary() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try DebateRun.run(
      [],
      stdin: """
        /play chinese-mediation
        /next
        /next
        /history
        /save \(folder)/done.json
        /save \(folder)/done.md
        China and Russia are allies
        /save \(folder)/free.json
        """)
    #expect(result.status == 0)
    #expect(!result.stdout.contains("No turns yet"))
    #expect(
      result.stdout.contains(
        "[ask] Student: China could mediate, because Putin listens to Xi.\n  judged: you argued against the essay: Beijing could mediate (mediator)"
      ))
    let saved = try Self.transcript(folder + "/done.json")
    #expect(saved.scenario == "chinese-mediation")
    #expect(saved.summary?.turnID == "close")
    #expect(saved.entries.filter { $0.role == .student }.count == 2)
    #expect(saved.entries.first { $0.role == .student }?.prompt?.hasPrefix("Could Beijing play") == true)
    let markdown = try String(contentsOfFile: folder + "/done.md", encoding: .utf8)
    #expect(markdown.contains("## Summary") && markdown.contains("*Could Beijing play the role of mediator?"))
    // A free turn after the scenario: /save is the free debate's again.
    let free = try Self.transcript(folder + "/free.json")
    #expect(free.scenario == nil && free.entries.count == 2)
  }

  @Test func aScenarioLeftWithStopStaysSaveable() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try DebateRun.run(
      [], stdin: "/play wedge-driving\n/next\n/stop\n/history\n/save \(folder)/left.json\n")
    #expect(result.status == 0)
    #expect(!result.stdout.contains("No turns yet"))
    let saved = try Self.transcript(folder + "/left.json")
    #expect(saved.scenario == "wedge-driving" && saved.entries.contains { $0.role == .student })
    #expect(saved.summary == nil)
  }

  @Test func historyShowsRepliesAndJudgments() throws {
    let result = try DebateRun.run([], stdin: "China and Russia are allies\n/history\n")
    let history = try #require(
      result.stdout.components(separatedBy: "1.     China and Russia are allies\n").last)
    #expect(history.hasPrefix("  judged: you argued against the essay: they are allies (alliance)\nEssay: "))
    #expect(history.contains("  ¶4.3   “China and Russia cannot be allies"))
  }

  @Test func aSessionThatSwitchedSidesIsSavedAndReplayedAsItWent() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let saving = try DebateRun.run(
      [],
      stdin: """
        China and Russia are allies
        /side opponent
        China and Russia are allies
        /save \(folder)/sides.json
        """)
    #expect(saving.status == 0)
    let saved = try Self.transcript(folder + "/sides.json")
    #expect(saved.entries.map(\.role) == [.student, .essay, .student, .opponent])
    let replay = try DebateRun.run(["replay", folder + "/sides.json"])
    #expect(replay.stdout == "replayed 2 student turns of a free debate: no changes\n")
    #expect(replay.status == 0)
  }

  @Test func aCorrectionIsAnsweredAndMarkedInTheTranscript() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try DebateRun.run(
      [],
      stdin: """
        China and Russia are allies
        /agree
        /agree
        Their friendship has clear limits.
        no, I meant the opposite
        /save \(folder)/fixed.json
        /save \(folder)/fixed.md
        """)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Re-judged your last turn: disagree → agree.\nEssay: "))
    #expect(result.stdout.contains("Your last turn was already read as agree."))
    #expect(result.stdout.contains("Re-judged your last turn: agree → disagree."))
    let saved = try Self.transcript(folder + "/fixed.json")
    let students = saved.entries.filter { $0.role == .student }
    #expect(students.map(\.stance) == [.agree, .disagree])
    #expect(students.map(\.correctedFrom) == [.disagree, .agree])
    let markdown = try String(contentsOfFile: folder + "/fixed.md", encoding: .utf8)
    #expect(
      markdown.contains(
        "**Student** (you sided with the essay: they are not a formal alliance, `alliance`) (corrected by the student; the engine had read disagree):"
      ))
    let replay = try DebateRun.run(["replay", folder + "/fixed.json"])
    #expect(replay.stdout.hasSuffix("no changes\n"))
  }

  @Test func aScenarioAnswerIsCorrectedAndTheScenarioFollowsTheNewBranch() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try DebateRun.run(
      [],
      stdin: """
        /play chinese-mediation
        I am not sure
        /disagree
        /disagree
        /save \(folder)/fixed.json
        """)
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "Re-judged your answer at ask: neutral → disagree; the scenario goes on from there.\n  judged: you argued against the essay: Beijing could mediate (mediator) → push-back"
      ))
    #expect(result.stdout.contains("Your last answer was already read as disagree."))
    let saved = try Self.transcript(folder + "/fixed.json")
    let student = try #require(saved.entries.first { $0.role == .student })
    #expect(student.stance == .disagree && student.correctedFrom == .neutral && student.next == "push-back")
    #expect(saved.entries.contains { $0.turn == "push-back" })
    #expect(!saved.entries.contains { $0.turn == "clarify" })
  }

  @Test func playRefusesToOverwriteATranscriptUnlessForced() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/kept.json"
    try "precious".write(toFile: path, atomically: true, encoding: .utf8)
    let refused = try DebateRun.run(["play", "wedge-driving", "--transcript", path])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.contains("exists"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious")
    let forced = try DebateRun.run(["play", "wedge-driving", "--transcript", path, "--force"])
    #expect(forced.status == 0)
    #expect(try Self.transcript(path).scenario == "wedge-driving")
  }

  @Test func replayOfAMarkdownTranscriptAsksForTheJSONFile() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/run.md"
    #expect(try DebateRun.run(["play", "wedge-driving", "--transcript", path]).status == 0)
    let replay = try DebateRun.run(["replay", path])
    #expect(replay.status == 1)
    #expect(replay.stderr.contains("is a Markdown transcript, for people to read: use the .json file"))
  }

  @Test func playJSONDecodesIntoTheEngineRecords() throws {
    let result = try DebateRun.run(["play", "wedge-driving", "--format", "json", "--seed", "2"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map { Data($0.utf8) }
    let start = try JSONDecoder().decode(PlayStart.self, from: try #require(lines.first))
    #expect(start.version == 1 && start.scenario == "wedge-driving" && start.seed == 2)
    let events = try lines.dropFirst().map { try JSONDecoder().decode(ScenarioEvent.self, from: $0) }
    #expect(events.contains { if case .answered = $0 { true } else { false } })
    guard case .ended? = events.last else {
      Issue.record("no end event")
      return
    }
  }
}

/// `debate play NAME` when NAME did not load: the errors of NAME's own file, not of a file whose
/// name only contains NAME.
struct PlayErrorsTests {
  @Test func onlyTheNamedScenariosErrorsAreReported() throws {
    let folder = try TranscriptCommandTests.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "version: [".write(toFile: folder + "/mediation-two.yaml", atomically: true, encoding: .utf8)
    let other = try DebateRun.run(["play", "mediation", "--scenarios", folder])
    #expect(other.status == 1)
    #expect(other.stderr.hasPrefix("debate: no scenario 'mediation'"))
    let own = try DebateRun.run(["play", "mediation-two", "--scenarios", folder])
    #expect(own.status == 1)
    #expect(own.stderr.hasPrefix("debate: scenario 'mediation-two' has errors:\n"))
    #expect(own.stderr.contains("mediation-two.yaml:2:1: error: malformed YAML"))
  }
}

/// Scenarios at the prompt: `/play NAME --seed N`, `/restart` with and without a seed, `/side`.
struct REPLScenarioSeedTests {
  static func diplomatLines(_ script: String) throws -> [String] {
    let result = try DebateRun.run([], stdin: script)
    #expect(result.status == 0)
    return result.stdout.split(separator: "\n").map(String.init).filter {
      $0.hasPrefix("A European diplomat:")
    }
  }

  @Test func aSeededPlayRepeatsAndRestartsTheSame() throws {
    let seeded = try Self.diplomatLines("/play chinese-mediation --seed 3\n/restart\n")
    #expect(seeded.count == 2 && seeded[0] == seeded[1])
    let again = try Self.diplomatLines("/play chinese-mediation --seed 3\n")
    #expect(again == [seeded[0]])
    // Each unseeded start takes the next seed (0, 1, 2…), so restarts draw other alternatives.
    let unseeded = try Self.diplomatLines("/play chinese-mediation\n/restart\n/restart\n")
    #expect(unseeded.count == 3 && Set(unseeded).count > 1)
  }

  @Test func aBadSeedIsExplained() throws {
    let result = try DebateRun.run([], stdin: "/play chinese-mediation --seed x\n")
    #expect(result.stdout.contains("Usage: /play NAME --seed N, with N a whole number (0 or more)."))
  }

  @Test func sideDuringAScenarioSaysTheCastKeepsItsSides() throws {
    let result = try DebateRun.run([], stdin: "/play chinese-mediation\n/side opponent\n/next\n/stop\n")
    #expect(
      result.stdout.contains(
        "In chinese-mediation the cast keeps its sides; after it, the engine argues the opponent's side."))
    // The essay's speaker still answers for the essay: "You are arguing" the mediator view.
    #expect(result.stdout.contains("The essay: ") && !result.stdout.contains("As your opponent"))
    #expect(result.stdout.contains("Back to free debate: the engine argues the opponent's side."))
  }
}
