import Foundation
import Testing

/// `debate play`, `check` and `replay` run as a built binary, including bad input.
struct ScenarioCommandTests {
  /// A fresh folder for one test's files.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appending(path: "debate-scenario-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static let shipped: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return try! String(contentsOf: root.appending(path: "scenarios/chinese-mediation.yaml"), encoding: .utf8)
  }()

  @Test func listsTheShippedScenarios() throws {
    let result = try DebateRun.run(["play", "--list"])
    #expect(result.status == 0)
    #expect(
      result.stdout.split(separator: "\n").map { $0.prefix { $0 != "\t" } } == [
        "alliance-or-not", "axis-framing", "chinese-mediation", "unlimited-friendship", "wedge-driving",
      ])
  }

  @Test func sameInputsGiveTheSameBytes() throws {
    let first = try DebateRun.run(["play", "wedge-driving", "--seed", "9", "--format", "json"])
    let second = try DebateRun.run(["play", "wedge-driving", "--seed", "9", "--format", "json"])
    #expect(first == second)
    #expect(first.status == 0)
  }

  @Test func answersComeFromTheFileThenFromTheSamples() throws {
    let dir = try Self.folder()
    let answers = dir.appending(path: "answers.txt")
    try "Beijing is no mediator, that is absurd.\n".write(to: answers, atomically: true, encoding: .utf8)
    let result = try DebateRun.run(["play", "chinese-mediation", "--answers", answers.path])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "[ask] > Beijing is no mediator, that is absurd.\n  judged: you sided with the essay: Beijing could never mediate (mediator) → needed"
      ))
    #expect(result.stdout.contains("[ask-needed] > A mediator is needed to end any war."))
  }

  @Test func unknownScenarioAndMissingAnswersFailClearly() throws {
    let unknown = try DebateRun.run(["play", "nope"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.hasPrefix("debate: no scenario 'nope'; the scenarios are: alliance-or-not"))
    let missing = try DebateRun.run(["play", "wedge-driving", "--answers", "/no/such/file"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "debate: cannot use /no/such/file: no such file\n")
  }

  @Test func checkReportsEveryProblemWithLocationAndFails() throws {
    let dir = try Self.folder()
    let file = dir.appending(path: "bad.yaml")
    let bad = Self.shipped.replacingOccurrences(of: "speaker: diplomat", with: "speaker: diplomatt")
      .replacingOccurrences(of: "quote: ¶2.5", with: "quote: ¶2.9")
    try bad.write(to: file, atomically: true, encoding: .utf8)
    let result = try DebateRun.run(["check", file.path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let errors = lines.filter { $0.contains(": error: ") }
    #expect(errors.count == 3)
    #expect(errors.first?.hasPrefix("\(file.path):18:14: error: unknown speaker 'diplomatt'") == true)
    #expect(errors.contains { $0.hasPrefix("\(file.path):25:12: error: unknown ref '¶2.9'") })
    #expect(lines.contains("             ^"))
    #expect(result.stdout.hasSuffix("checked 1 file: 1 scenario; 3 errors in 1 file\n"))
  }

  @Test func checkRefusesUnusableFiles() throws {
    let dir = try Self.folder()
    let big = dir.appending(path: "big.yaml")
    try Data(repeating: UInt8(ascii: "a"), count: 10 << 20).write(to: big)
    let binary = dir.appending(path: "binary.yaml")
    try Data([0x69, 0x64, 0x3A, 0x00, 0xFF]).write(to: binary)
    let deep = dir.appending(path: "deep.yaml")
    try ("id: " + String(repeating: "[", count: 2_000) + "\n").write(
      to: deep, atomically: true, encoding: .utf8)
    let result = try DebateRun.run([
      "check", big.path, binary.path, deep.path, dir.appending(path: "gone.yaml").path,
    ])
    #expect(result.status == 1)
    #expect(result.stdout.contains("\(big.path): error: it is larger than 1048576 bytes"))
    #expect(result.stdout.contains("\(binary.path):1:4: error: a NUL byte: this looks like a binary file"))
    #expect(result.stdout.contains("\(deep.path):1:6: error: nesting is deeper than 1000 levels"))
    #expect(result.stdout.contains("gone.yaml: error: no such file"))
    #expect(result.stdout.hasSuffix("checked 4 files: 1 scenario; 4 errors in 4 files\n"))
  }

  @Test func aTeachersFolderIsPlayedAndChecked() throws {
    let dir = try Self.folder()
    let mine = Self.shipped.replacingOccurrences(of: "id: chinese-mediation", with: "id: my-mediation")
    try mine.write(to: dir.appending(path: "mine.yaml"), atomically: true, encoding: .utf8)
    let list = try DebateRun.run(["play", "--list", "--scenarios", dir.path])
    #expect(list.stdout == "my-mediation\tCould Beijing mediate?\n")
    let check = try DebateRun.run(["check", "--scenarios", dir.path])
    #expect(check.stdout == "checked 2 files: 1 scenario, 1 argument map; no problems\n")
    let play = try DebateRun.run(["play", "my-mediation", "--scenarios", dir.path])
    #expect(play.status == 0)
    #expect(play.stdout.hasPrefix("Scenario my-mediation: Could Beijing mediate?\n"))
  }

  @Test func replayFindsNoChangeThenReportsAnEditedStance() throws {
    let dir = try Self.folder()
    let saved = dir.appending(path: "run.json")
    let play = try DebateRun.run(["play", "chinese-mediation", "--transcript", saved.path])
    #expect(play.status == 0)
    let same = try DebateRun.run(["replay", saved.path])
    #expect(same.status == 0)
    #expect(same.stdout == "replayed 2 student turns of scenario chinese-mediation: no changes\n")
    let json = try String(contentsOf: saved, encoding: .utf8)
    let edited = json.replacingFirst("\"stance\" : \"disagree\"", with: "\"stance\" : \"agree\"")
    #expect(edited != json)
    try edited.write(to: saved, atomically: true, encoding: .utf8)
    let changed = try DebateRun.run(["replay", saved.path])
    #expect(changed.status == 1)
    #expect(changed.stdout.contains("(turn ask, student): stance agree → disagree"))
    #expect(changed.stdout.hasSuffix("1 changed\n"))
  }

  @Test func replayChecksAFreeDebateToo() throws {
    let dir = try Self.folder()
    let saved = dir.appending(path: "free.json")
    let transcript = """
      {"version": 1, "entries": [
        {"speaker": "Student", "role": "student", "text": "China could mediate", "refs": [],
         "claim": "mediator", "stance": "agree"},
        {"speaker": "Essay", "role": "essay", "text": "…", "refs": ["¶2.5"], "claim": "mediator"}]}
      """
    try transcript.write(to: saved, atomically: true, encoding: .utf8)
    let result = try DebateRun.run(["replay", saved.path])
    #expect(result.status == 1)
    #expect(
      result.stdout.hasPrefix(
        "entry 1 (student): stance agree → disagree (was: you sided with the essay: Beijing could never mediate; now: you argued against the essay: Beijing could mediate)\n  student said: China could mediate\n"
      ))
    #expect(result.stdout.hasSuffix("replayed 1 student turn of a free debate: 1 changed\n"))
    let broken = try DebateRun.run(["replay", dir.appending(path: "none.json").path])
    #expect(broken.status == 1)
    #expect(broken.stderr.hasPrefix("debate: cannot use"))
  }

  @Test func markdownTranscriptIsWritten() throws {
    let dir = try Self.folder()
    let saved = dir.appending(path: "run.md")
    let play = try DebateRun.run(["play", "axis-framing", "--transcript", saved.path])
    #expect(play.status == 0)
    let text = try String(contentsOf: saved, encoding: .utf8)
    #expect(text.contains("Scenario `axis-framing`. Motion: *"))
    #expect(
      text.contains("> “I would suggest using the term “axis” to characterize this relationship.” (¶3.1)"))
    // The quotes are shown, not replaced by a placeholder, and the file is what play prints.
    #expect(!text.contains("…"))
    let printed = try DebateRun.run(["play", "axis-framing", "--format", "markdown"])
    #expect(printed.stdout == text)
    #expect(text.contains("## Summary"))
    #expect(text.contains("*Written by debate "))
  }
}

extension String {
  fileprivate func replacingFirst(_ old: String, with new: String) -> String {
    guard let range = range(of: old) else { return self }
    return replacingCharacters(in: range, with: new)
  }
}
