import DebateEngine
import Foundation
import Testing

/// Every labelled fixture turn's judgment (stance, claim, first ref), recorded in one file, so
/// that a change to the reading shows turn by turn in the diff, not only as a moved average.
///
/// Re-record deliberately with `DEBATE_RECORD_GOLDEN=1` and review the diff.
struct JudgmentGoldenTests {
  static let golden = ResponderFixture.folder.deletingLastPathComponent().appending(
    path: "Golden/judgments.tsv")

  static func judgments() throws -> String {
    var lines = ["# file\tid\tgold\tjudged\tclaim\tfirst ref"]
    for file in ResponderFixture.files {
      for turn in try ResponderFixture.turns(file) {
        let reply = ResponderFixture.responder.respond(to: turn.utterance)
        let ref = reply.evidence.first.map { $0.ref.description } ?? "-"
        lines.append(
          [file, turn.id, turn.stance.rawValue, reply.stance.rawValue, reply.claimID ?? "-", ref]
            .joined(separator: "\t"))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func everyFixtureTurnIsJudgedAsRecorded() throws {
    let actual = try Self.judgments()
    if ProcessInfo.processInfo.environment["DEBATE_RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(
        at: Self.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: Self.golden)
      Issue.record("recorded judgments.tsv; run again without DEBATE_RECORD_GOLDEN")
      return
    }
    let expected = try String(contentsOf: Self.golden, encoding: .utf8)
    let changed = zip(expected.split(separator: "\n"), actual.split(separator: "\n")).filter { $0 != $1 }
    let sameLength = expected.split(separator: "\n").count == actual.split(separator: "\n").count
    #expect(
      changed.isEmpty && sameLength,
      "\(changed.count) judgments changed, first: \(changed.first.map { "\($0.0) → \($0.1)" } ?? "line count")"
    )
  }
}
