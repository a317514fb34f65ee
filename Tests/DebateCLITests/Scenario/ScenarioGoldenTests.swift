import DebateEngine
import Foundation
import Testing

/// Golden transcripts: every shipped scenario played with its samples, byte for byte.
///
/// Re-record on purpose after a scenario, responder or map change, then review the diff:
/// `env DEBATE_RECORD_GOLDEN=1 swift test --filter Golden`.
struct ScenarioGoldenTests {
  static let names = [
    "alliance-or-not", "axis-framing", "chinese-mediation", "unlimited-friendship", "wedge-driving",
  ]

  static func expect(_ output: String, matches name: String) throws {
    try FileManager.default.createDirectory(
      at: Golden.folder.appending(path: "scenarios"), withIntermediateDirectories: true)
    try Golden.expect(output, matches: "scenarios/\(name)")
  }

  @Test(arguments: names)
  func playsAsRecorded(_ name: String) throws {
    let result = try DebateRun.run(["play", name])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    try Self.expect(result.stdout, matches: "\(name).txt")
  }

  @Test func markdownAndJSONAsRecorded() throws {
    let markdown = try DebateRun.run(["play", "chinese-mediation", "--format", "markdown", "--seed", "3"])
    #expect(markdown.status == 0)
    try Self.expect(markdown.stdout, matches: "chinese-mediation-seed3.md")
    let json = try DebateRun.run(["play", "wedge-driving", "--format", "json"])
    #expect(json.status == 0)
    let lines = json.stdout.split(separator: "\n")
    #expect((try? JSONDecoder().decode(PlayStart.self, from: Data((lines.first ?? "").utf8))) != nil)
    for line in lines.dropFirst() {
      #expect((try? JSONDecoder().decode(ScenarioEvent.self, from: Data(line.utf8))) != nil, "\(line)")
    }
    try Self.expect(json.stdout, matches: "wedge-driving.jsonl")
  }

  @Test func checkAsRecorded() throws {
    let result = try DebateRun.run(["check"])
    #expect(result.status == 0)
    #expect(result.stdout == "checked 6 files: 5 scenarios, 1 argument map; no problems\n")
  }
}
