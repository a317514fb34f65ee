import DebateEngine
import Testing

/// Stance per label, with the language that decides it: negation and its scope, hedges,
/// questions, contrast, reported views. Each case names the claim it must land on.
struct StanceTests {
  let responder = ResponderFixture.responder

  @Test(arguments: [
    // Asserting what the essay rejects, or denying what it holds.
    ("Russia and China are military allies.", "alliance"),
    ("The West can easily split Moscow from Beijing.", "wedge"),
    ("Beijing would make an excellent mediator for Ukraine.", "mediator"),
    ("Their bond is purely about trade and energy.", "ideological"),
    ("Russia and China meet as equals.", "too-unequal"),
    ("Nothing really changed in 2012.", "changed-since-2012"),
    ("Xi and Putin have a friendship without limits.", "unlimited-friendship"),
    ("Dictatorships form alliances all the time.", "totalitarian"),
    ("Maybe they are not formally allied, but they act as allies.", "alliance"),
    ("It's not impossible that China could broker a peace deal.", "mediator"),
    // A dismissal of a dismissal allows.
    ("It is far from unrealistic to think Beijing could broker a truce.", "mediator"),
  ])
  func disagreement(_ turn: String, _ claim: String) {
    let reply = responder.respond(to: turn)
    #expect(reply.claimID == claim)
    #expect(reply.stance == .disagree)
  }

  @Test(arguments: [
    ("Leaning on Moscow to restrain Beijing was too simple a plan.", "contain-via-moscow"),
    ("China and Russia are not allies.", "alliance"),
    ("They aren't a formal alliance and never were.", "alliance"),
    ("Driving a wedge between them is a fantasy.", "wedge"),
    ("I doubt anyone can split them.", "wedge"),
    ("China was never going to mediate.", "mediator"),
    ("It is ideology rather than trade that binds them.", "ideological"),
    ("The relationship is far from equal.", "too-unequal"),
    ("The unlimited friendship is neither friendly nor unconditional.", "unlimited-friendship"),
    ("I see why people call them allies, but there is no treaty.", "alliance"),
    ("Some Western leaders hoped to pry Moscow away from Beijing.", "wedge"),
    ("Xi said their friendship is superior to an alliance.", "alliance"),
    ("Allies? No way.", "alliance"),
  ])
  func agreement(_ turn: String, _ claim: String) {
    let reply = responder.respond(to: turn)
    #expect(reply.claimID == claim)
    #expect(reply.stance == .agree)
  }

  @Test(arguments: [
    ("Is this relationship an alliance?", "alliance"),
    ("Could China mediate between Russia and Ukraine?", "mediator"),
    ("What does the author mean by an axis?", "axis"),
    ("Explain why North Korea and Iran are junior partners.", "junior-partners"),
    ("tell me about the wedge idea", "wedge"),
    // A claim's distinctive word keeps a question on topic beside a word the text never uses.
    ("Has Beijing ever bothered to act as a mediator?", "mediator"),
    // Chat shorthand reads as the word it stands for.
    ("y would the writer call it an axis", "axis"),
  ])
  func neutralQuestionsAndRequests(_ turn: String, _ claim: String) {
    let reply = responder.respond(to: turn)
    #expect(reply.claimID == claim)
    #expect(reply.stance == .neutral)
    #expect(!reply.evidence.isEmpty)
  }

  @Test(arguments: [
    "What is the capital of Australia?", "What does the essay say about India?", "hello", "Tell me a joke.",
    "asdfgh qwerty", "Is Germany an ally of France?", "How does the stock market work?", "",
  ])
  func unrelatedTurnsCiteNothing(_ turn: String) {
    let reply = responder.respond(to: turn)
    #expect(reply.stance == .unrelated)
    #expect(reply.claimID == nil)
    #expect(reply.evidence.isEmpty)
    #expect(
      reply.text.contains("does not address") || reply.text.contains("says nothing")
        || reply.text.contains("outside"))
  }

  @Test func misspellingsStillLand() {
    let reply = responder.respond(to: "The aliance is real and China is a credible mediater.")
    #expect(reply.claimID == "mediator" || reply.claimID == "alliance")
    #expect(reply.explanation.stanceCues.contains { $0.contains("read 'aliance' as 'alliance'") })
  }

  @Test func theSameTurnGetsTheSameReply() {
    for turn in ["China and Russia are allies."] + GroundingTests.generatedTurns(count: 400, seed: 7) {
      let first = responder.respond(to: turn)
      let second = responder.respond(to: turn)
      #expect(first == second, "\(turn)")
    }
  }
}
