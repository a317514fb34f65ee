import Foundation
import Testing

/// `debate play --answers FILE`: line endings, blank lines and lines left over.
struct AnswerFileTests {
  static func answers(_ text: String) throws -> String {
    let path = try ScenarioCommandTests.folder().appending(path: "answers.txt").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func crlfLineEndingsAreTwoAnswersNotOne() throws {
    let path = try Self.answers("Beijing is no mediator.\r\nA mediator is never needed.\r\n")
    let result = try DebateRun.run(["play", "chinese-mediation", "--answers", path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("[ask] > Beijing is no mediator.\n"))
    #expect(result.stdout.contains("[ask-needed] > A mediator is never needed.\n"))
    #expect(result.stderr.isEmpty)
  }

  @Test func aBlankLineTakesTheSample() throws {
    let path = try Self.answers("\nA mediator is never needed.\n")
    let result = try DebateRun.run(["play", "chinese-mediation", "--answers", path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("[ask] > China could mediate, because Putin listens to Xi.\n"))
    #expect(result.stdout.contains("[ask-needed] > A mediator is never needed.\n"))
  }

  @Test func unusedLinesAreReportedNotDropped() throws {
    let path = try Self.answers("Beijing is no mediator.\nNo.\nOne more.\nAnd another.\n")
    let result = try DebateRun.run(["play", "chinese-mediation", "--answers", path])
    #expect(result.status == 0)
    #expect(
      result.stderr
        == "debate: warning: \(path): lines 3–4 not used (the scenario ended after 2 answers): One more.\n")
  }
}
