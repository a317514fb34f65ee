import DebateEngine
import Foundation
import Testing

/// Two sets of labelled conversations written from the essay alone, by writers who never saw
/// the code, scored the way `score_conversations.py` scores `repl --json`: stance in context,
/// the moves a partner must and must not make, the turns a contradiction recalls, and replies
/// that repeat a quote of the reply before.
struct ConversationFixtureTests {
  struct Conversation: Decodable {
    struct Turn: Decodable {
      let utterance: String
      let stance: Stance
      let expect_moves: [DialogueMove]
      let forbid_moves: [DialogueMove]
      let recalls: [Int]
    }
    let id: String
    let turns: [Turn]
  }

  struct Figures {
    var turns = 0, stance = 0, required = 0, made = 0, forbidden = 0, forbiddenMade = 0, repeats = 0
  }

  /// Floors a little under what each set scores now (at first sight, before any tuning on it:
  /// stance 0.59, 0.49, 0.63 and 0.73; required moves 0.45, 0.36, 0.56 and 0.64), so a mechanism
  /// that breaks fails here; the repeat rate is the target.
  static let floors: [String: (stance: Double, required: Double, forbidden: Double)] = [
    "conversations-A.jsonl": (0.6, 0.5, 0.13), "conversations-B.jsonl": (0.48, 0.4, 0.12),
    "conversations-C.jsonl": (0.6, 0.54, 0.14), "conversations-D.jsonl": (0.78, 0.68, 0.09),
  ]

  static func conversations(_ file: String) throws -> [Conversation] {
    let url = ResponderFixture.folder.appending(path: "Conversations").appending(path: file)
    let text = try String(contentsOf: url, encoding: .utf8)
    return try text.split(separator: "\n").enumerated().map { number, line in
      do {
        return try JSONDecoder().decode(Conversation.self, from: Data(line.utf8))
      } catch {
        throw ResponderFixture.FixtureError(message: "\(file):\(number + 1): \(error)")
      }
    }
  }

  @Test(arguments: [
    "conversations-A.jsonl", "conversations-B.jsonl", "conversations-C.jsonl", "conversations-D.jsonl",
  ])
  func thePartnerMakesTheMovesALabellerExpects(_ file: String) throws {
    let conversations = try Self.conversations(file)
    try #require(conversations.count >= 24)
    var figures = Figures()
    for conversation in conversations {
      var session = DebateSession(responder: ResponderFixture.responder)
      var previous: Set<UnitRef> = []
      for turn in conversation.turns {
        let reply = session.respond(to: turn.utterance)
        figures.turns += 1
        if reply.stance == turn.stance { figures.stance += 1 }
        figures.required += turn.expect_moves.count
        figures.made += turn.expect_moves.filter(reply.moves.contains).count
        figures.forbidden += turn.forbid_moves.count
        figures.forbiddenMade += turn.forbid_moves.filter(reply.moves.contains).count
        let refs = Set(reply.evidence.map(\.ref))
        if !refs.isDisjoint(with: previous), !reply.moves.contains(.noMoreEvidence) { figures.repeats += 1 }
        previous = refs
      }
    }
    let floor = try #require(Self.floors[file])
    let stance = Double(figures.stance) / Double(figures.turns)
    let required = Double(figures.made) / Double(max(figures.required, 1))
    let forbidden = Double(figures.forbiddenMade) / Double(max(figures.forbidden, 1))
    let repeats = Double(figures.repeats) / Double(figures.turns)
    #expect(stance >= floor.stance, "stance in context \(stance)")
    #expect(required >= floor.required, "required moves made \(required)")
    #expect(forbidden <= floor.forbidden, "forbidden moves made \(forbidden)")
    #expect(repeats <= 0.02, "replies repeating the last reply's quote \(repeats)")
  }
}
