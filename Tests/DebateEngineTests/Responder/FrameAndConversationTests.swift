import DebateEngine
import Testing

/// Turns whose first or last words say how the rest is meant, and turns about the
/// conversation itself, in words of their own (not the evaluation sets').
struct FrameAndConversationTests {
  static let responder = ResponderFixture.responder

  @Test(arguments: [
    // Rhetorical questions that take a side.
    ("Since when could a one-party state be a trustworthy ally?", Stance.agree),
    ("Who honestly thinks the West can split them for good? Nobody.", .agree),
    ("Who would deny that the two regimes share an ideology?", .agree),
    ("How can anyone call Beijing neutral when it buys Russian oil?", .agree),
    // Verdicts before a proposition.
    ("I disagree that Beijing could never act as a mediator.", .disagree),
    ("There is no denying that they are formal allies.", .disagree),
    ("It is a myth that Russia and China form a military alliance.", .agree),
    // A report, then a verdict on it.
    ("Some pundits say a lasting wedge can be driven between them. They are wrong.", .agree),
    ("Many people claim the friendship is unconditional, but that is nonsense.", .agree),
  ])
  func framesDecideHowTheRestIsMeant(_ turn: String, _ stance: Stance) {
    let reply = Self.responder.respond(to: turn)
    #expect(reply.stance == stance, "\(reply.explanation.stanceCues)")
  }

  @Test func aTitleQuestionQuotesTheTitle() {
    let reply = Self.responder.respond(to: "what is the headline asking")
    #expect(reply.stance == .neutral)
    #expect(reply.evidence.first?.ref == .front("title"))
  }

  @Test func aPictureQuestionQuotesTheCaption() {
    #expect(
      Self.responder.respond(to: "Whose faces are on the photo?").evidence.first?.ref == .front("caption"))
  }

  @Test func theCentralClaimIsTheThesis() {
    let reply = Self.responder.respond(to: "so what's the main point of all this")
    #expect(reply.stance == .neutral)
    #expect(reply.claimID == Self.responder.map.thesis?.id)
    #expect(!reply.evidence.isEmpty)
  }

  @Test func clarifyingRestatesTheClaimUnderDiscussion() {
    var session = DebateSession(responder: Self.responder)
    let first = session.respond(to: "China could broker a ceasefire in Ukraine.")
    let unclear = session.respond(to: "huh? what do you mean")
    #expect(unclear.stance == .neutral)
    #expect(unclear.claimID == first.claimID)
  }

  @Test func anotherArgumentMovesToAClaimNotYetShown() {
    var session = DebateSession(responder: Self.responder)
    let first = session.respond(to: "China could broker a ceasefire in Ukraine.")
    let next = session.respond(to: "ok, give me another one")
    #expect(next.stance == .neutral)
    #expect(next.claimID != nil && next.claimID != first.claimID)
    #expect(!next.evidence.isEmpty)
  }

  @Test func notKnowingYetTakesNoSide() {
    #expect(Self.responder.respond(to: "I honestly don't know.").stance == .neutral)
  }
}
