import DebateEngine
import Testing

/// Accuracy on labelled turns that are not the development set: our own paraphrases, and two
/// sets written independently from the essay alone, so a change that breaks a mechanism fails
/// here before the scorer sees it.
struct HeldOutFixtureTests {
  @Test(arguments: [
    "paraphrase-turns.jsonl", "paraphrase-turns-2.jsonl", "paraphrase-turns-3.jsonl",
    "independent-turns.jsonl",
    "independent-turns-2.jsonl", "independent-turns-3.jsonl", "independent-turns-4.jsonl",
    "independent-turns-5.jsonl", "independent-turns-6.jsonl", "independent-turns-7.jsonl",
    "independent-turns-8.jsonl",
  ])
  func groundingAndStanceStayAccurate(_ file: String) throws {
    let turns = ResponderFixture.turns(file)
    try #require(turns.count >= 40)
    var grounded = 0
    var withEvidence = 0
    var stanceRight = 0
    var falseGrounding = 0
    for turn in turns {
      let reply = ResponderFixture.responder.respond(to: turn.utterance)
      if reply.stance == turn.stance { stanceRight += 1 }
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
    #expect(grounding >= 0.9, "grounding@1 \(grounding) on \(file)")
    #expect(stance >= 0.9, "stance accuracy \(stance) on \(file)")
    let unrelated = turns.filter(\.evidence.isEmpty).count
    #expect(
      Double(falseGrounding) <= 0.1 * Double(unrelated),
      "cited on \(falseGrounding) of \(unrelated) unrelated turns")
  }
}
