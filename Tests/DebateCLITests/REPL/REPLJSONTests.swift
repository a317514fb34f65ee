import Foundation
import Testing

/// `debate repl --json`: one object per input line, decoded into the documented records.
struct REPLJSONTests {
  /// The records as the README documents them (`version` 1).
  struct Record: Decodable {
    struct Evidence: Decodable {
      let ref: String
      let text: String
    }
    let version: Int
    let turn: Int?
    let utterance: String?
    let stance: String?
    let claim: String?
    let evidence: [Evidence]?
    let reply: String?
    let moves: [String]?
    let recalls: [Int]?
    let lines: [String]?
    let command: String?
    let output: String?
    let error: String?
  }

  private func records(_ input: String) throws -> [Record] {
    let result = try DebateRun.run(["repl", "--json"], stdin: input)
    #expect(result.status == 0)
    return try result.stdout.split(separator: "\n").map {
      try JSONDecoder().decode(Record.self, from: Data($0.utf8))
    }
  }

  @Test func everyLineGetsExactlyOneRecord() throws {
    let lines = [
      "Russia and China are allies.",
      "Actually no, they are not allies, since neither would fight for the other.",
      "/side sideways", "/clear", "Beijing could mediate in Ukraine.", "", "/quit",
    ]
    let out = try records(lines.joined(separator: "\n") + "\n")
    #expect(out.count == lines.count)
    #expect(out.allSatisfy { $0.version == 1 })
    #expect(out[0].turn == 1)
    #expect(out[0].stance == "disagree")
    #expect(out[0].claim == "alliance")
    #expect(out[0].moves?.contains("rebut") == true)
    #expect(out[0].evidence?.first?.ref.hasPrefix("¶") == true)
    #expect(out[1].turn == 2)
    #expect(out[1].moves?.contains("note-contradiction") == true)
    #expect(out[1].recalls == [1])
    #expect(out[2].command == "side")
    #expect(out[2].error?.contains("sideways") == true)
    #expect(out[3].command == "clear")
    #expect(out[3].error == nil)
    #expect(out[4].turn == 1, "/clear starts the numbering again")
    #expect(out[5].error != nil)
    #expect(out[6].command == "quit")
  }

  @Test func theKeysComeInTheDocumentedOrder() throws {
    let result = try DebateRun.run(["repl", "--json"], stdin: "They are allies.\n/clear\n")
    let lines = result.stdout.split(separator: "\n")
    #expect(
      lines.first?.hasPrefix(#"{"version":1,"turn":1,"utterance":"They are allies.","stance":"#) == true)
    #expect(lines.first?.contains(#""moves":["rebut","ask-reason"],"recalls":[],"lines":[]}"#) == true)
    #expect(lines.last?.hasPrefix(#"{"version":1,"command":"clear","output":"#) == true)
  }

  @Test func aScenarioAnswerCarriesTheSpeakersLines() throws {
    let out = try records("/play wedge-driving\nThe West could pry Moscow away from Beijing with an offer.\n")
    #expect(out.count == 2)
    #expect(out[0].command == "play")
    #expect(out[0].output?.contains("Your turn:") == true)
    #expect(out[1].turn == 1)
    #expect(out[1].stance == "disagree")
    #expect(out[1].claim == "wedge")
    #expect(out[1].lines?.isEmpty == false)
  }

  @Test func theFlagIsInTheHelp() throws {
    // Standard input here is a pipe, so the refusal is only checked for its message's source.
    let result = try DebateRun.run(["repl", "--json", "--help"])
    #expect(result.stdout.contains("--json"))
  }
}
