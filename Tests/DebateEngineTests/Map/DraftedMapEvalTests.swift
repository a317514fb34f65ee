import Foundation
import Testing

@testable import DebateEngine

/// Labelled turns about three public-domain texts (a speech, an essay, an open letter-like
/// pamphlet), answered over the map `map draft` makes for each with no hand edits. The turns
/// were written by the drafter's author, so they are not blind; the floors guard the
/// mechanisms (claims, deny words, the same responder) against regressions.
struct DraftedMapEvalTests {
  struct Turn: Decodable {
    let id: String
    let utterance: String
    let stance: String
    let evidence: [String]
  }

  @Test(arguments: ["gettysburg", "civil-disobedience", "american-crisis"])
  func answersOverTheDraftedMapStayGrounded(_ name: String) throws {
    let corpus = try MapDrafterTests.corpus("\(name).txt")
    let map = try ArgumentMapLoader(corpus: corpus).load(
      try MapDrafter(corpus: corpus, textFile: "\(name).txt").yaml(), file: "draft.yaml")
    let responder = Responder(corpus: corpus, map: map)
    let lines = try String(
      contentsOf: MapDrafterTests.folder.appending(path: "turns/\(name).jsonl"), encoding: .utf8
    ).split(separator: "\n")
    let turns = try lines.map { try JSONDecoder().decode(Turn.self, from: Data($0.utf8)) }
    try #require(turns.count == 40)
    var grounded = 0
    var withEvidence = 0
    var stanceRight = 0
    var falseGrounding = 0
    for turn in turns {
      let reply = responder.respond(to: turn.utterance)
      if reply.stance.rawValue == turn.stance { stanceRight += 1 }
      if turn.evidence.isEmpty {
        if !reply.evidence.isEmpty { falseGrounding += 1 }
        continue
      }
      withEvidence += 1
      if let first = reply.evidence.first?.text, turn.evidence.contains(where: { first.contains($0) }) {
        grounded += 1
      }
    }
    let grounding = Double(grounded) / Double(withEvidence)
    let stance = Double(stanceRight) / Double(turns.count)
    let unrelated = turns.filter(\.evidence.isEmpty).count
    print(
      "\(name): grounding@1 \(grounding), stance \(stance), false grounding \(falseGrounding)/\(unrelated)")
    #expect(grounding >= 0.65, "grounding@1 \(grounding) on \(name)")
    #expect(stance >= 0.65, "stance accuracy \(stance) on \(name)")
    #expect(falseGrounding == 0, "cited on \(falseGrounding) of \(unrelated) unrelated turns")
  }
}
