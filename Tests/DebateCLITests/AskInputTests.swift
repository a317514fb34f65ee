import DebateEngine
import Foundation
import Testing

/// `debate ask` reads sides and lines the way people type and save them.
struct AskInputTests {
  @Test(arguments: ["opponent", "OPPONENT", "Opponent"])
  func theSideIsReadInAnyCase(_ side: String) throws {
    let result = try DebateRun.run(["ask", "--side", side, "--json", "Beijing could mediate."])
    #expect(result.status == 0, "\(result.stderr)")
    let lower = try DebateRun.run(["ask", "--side", "opponent", "--json", "Beijing could mediate."])
    #expect(result.stdout == lower.stdout)
  }

  @Test func anUnknownSideIsStillRefused() throws {
    let result = try DebateRun.run(["ask", "--side", "judge", "hello"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("essay"))
  }

  @Test func oneParserForEverySide() {
    #expect(Side(parsing: " OPPONENT ") == .opponent)
    #expect(Side(parsing: "Essay") == .essay)
    #expect(Side(parsing: "opp") == nil)
  }

  @Test(arguments: ["\r", "\r\n", "\n"])
  func everyLineEndEndsATurn(_ end: String) throws {
    let turns = ["China and Russia are allies.", "", "What is the capital of Australia?"]
    let result = try DebateRun.run(["ask", "--json"], stdin: turns.joined(separator: end) + end)
    #expect(result.status == 0)
    let utterances = try result.stdout.split(separator: "\n").map {
      try JSONDecoder().decode(ReplyRecord.self, from: Data($0.utf8)).utterance
    }
    #expect(utterances == turns)
  }

  @Test func aLastLineWithoutALineEndIsATurn() throws {
    let result = try DebateRun.run(["ask", "--json"], stdin: "China and Russia are allies.\rThey are not.")
    #expect(result.stdout.split(separator: "\n").count == 2)
  }
}
