import DebateEngine
import Foundation
import Testing

/// `debate ask` end to end: the JSON contract the scorer and scripts rely on, stdin mode, sides,
/// and awkward input.
@Suite(.serialized)
struct AskCommandTests {
  /// One line of `ask --json`, decoded into the engine's record: the contract checked by type.
  static func record(_ line: Substring) throws -> ReplyRecord {
    try JSONDecoder().decode(ReplyRecord.self, from: Data(line.utf8))
  }

  @Test func jsonKeepsTheContractAndItsKeyOrder() throws {
    let result = try DebateRun.run(["ask", "--json", "China and Russia are allies now."])
    #expect(result.status == 0)
    let line = result.stdout.trimmingCharacters(in: .newlines)
    #expect(
      line.hasPrefix(
        #"{"utterance":"China and Russia are allies now.","stance":"disagree","claim":"alliance","evidence":"#
      ))
    #expect(line.contains(#","side":"essay","speaker":"Essay","moves":["#))
    #expect(line.hasSuffix(#","version":1}"#))
    let record = try JSONDecoder().decode(ReplyRecord.self, from: Data(line.utf8))
    #expect(record.stance == .disagree && record.claim == "alliance" && record.side == .essay)
    #expect(record.speaker == "Essay" && record.why == nil && record.moves.contains(.rebut))
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let essay = try String(contentsOf: package.appending(path: "scenarios/axis-essay.txt"), encoding: .utf8)
    for quote in record.evidence { #expect(essay.contains(quote.text)) }
    // The parts are the reply as written: prose, and the quotes verbatim with their refs.
    let quoted = record.parts.compactMap { if case .quote(let citation) = $0 { citation } else { nil } }
    #expect(!quoted.isEmpty && quoted.allSatisfy { record.evidence.contains($0) })
    #expect(record.reply.contains("“\(quoted[0].text)” (\(quoted[0].ref))"))
  }

  @Test func whyJSONGivesTheExplanationAsStructure() throws {
    let result = try DebateRun.run([
      "ask", "--json", "--why", "Their partnership is about oil and gas, not ideology.",
    ])
    #expect(result.status == 0)
    let record = try JSONDecoder().decode(ReplyRecord.self, from: Data(result.stdout.utf8))
    let why = try #require(record.why)
    #expect(why.terms.contains { $0.term == "oil" && $0.weight > 0 })
    #expect(why.claims.first?.claimID == "ideological")
    #expect(why.units.first?.ref.description == "¶3.3")
    #expect(why.stanceCues.contains("'not'"))
    #expect(why.decision == "rebut with the essay's evidence")
  }

  @Test func opponentSideIsRecordedInTheReply() throws {
    let result = try DebateRun.run([
      "ask", "--json", "--side", "opponent", "China and Russia are allies now.",
    ])
    let record = try JSONDecoder().decode(ReplyRecord.self, from: Data(result.stdout.utf8))
    #expect(record.side == .opponent && record.speaker == "Opponent")
  }

  @Test func standardInputGivesOneObjectPerLineWhateverTheLine() throws {
    let lines = [
      "Beijing could mediate in Ukraine.", "", String(repeating: "ally ", count: 20_000),
      "\u{1}\u{7}binary\u{0}",
      "Пекин и Москва", "北京和莫斯科", "😀", "What is the capital of Australia?",
    ]
    let result = try DebateRun.run(["ask", "--json"], stdin: lines.joined(separator: "\n") + "\n")
    #expect(result.status == 0)
    let output = result.stdout.split(separator: "\n")
    #expect(output.count == lines.count)
    let records = try output.map(Self.record)
    #expect(records.first?.stance == .disagree)
    #expect(records.last?.stance == .unrelated)
    #expect(records.last?.evidence.isEmpty == true)
    #expect(records.last?.claim == nil)
    #expect(output.last?.contains(#""claim":null"#) == true)
  }

  @Test func invalidUTF8IsAnsweredNotFatal() throws {
    let bytes: [UInt8] = [0xC3, 0x28, 0x61, 0x6C, 0x6C, 0x69, 0x65, 0x73, 0x0A]
    let result = try DebateRun.run(["ask", "--json"], stdin: String(decoding: bytes, as: UTF8.self))
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 1)
  }

  @Test func theOpponentSideSaysTheEssayRejectsTheView() throws {
    let result = try DebateRun.run(["ask", "--side", "opponent", "China and Russia are allies."])
    #expect(result.status == 0)
    #expect(result.stdout.contains("rejects"))
    #expect(result.stdout.contains("¶2.2"))
  }

  @Test func whyExplainsTheReply() throws {
    let result = try DebateRun.run(["ask", "--why", "It is all about oil and gas."])
    #expect(result.stdout.contains("matched terms: oil"))
    #expect(result.stdout.contains("stance cues:"))
    #expect(result.stdout.contains("decision: rebut"))
  }

  @Test func anotherTextWithoutAMapQuotesTheClosestPassageAndJudgesNoStance() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "ask-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let notes = folder.appending(path: "notes.md")
    try "# Notes\n\nTrade grew fast. Critics say the alliance is fragile.\n".write(
      to: notes, atomically: true, encoding: .utf8)
    let result = try DebateRun.run([
      "ask", "--json", "--corpus", notes.path, "Is the alliance really fragile?",
    ])
    let record = try Self.record(Substring(result.stdout.trimmingCharacters(in: .newlines)))
    #expect(record.stance == .neutral)
    #expect(record.evidence.first?.text == "Critics say the alliance is fragile.")
    let off = try DebateRun.run(["ask", "--corpus", notes.path, "pizza is good"])
    #expect(off.stdout == "The text does not address that.\n")
  }
}
