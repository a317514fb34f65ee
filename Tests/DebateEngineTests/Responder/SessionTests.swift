import DebateEngine
import Testing

/// A session keeps the turns and reads short reactions against the claim just discussed.
struct SessionTests {
  @Test func shortReactionsFollowUpTheLastClaim() {
    var session = DebateSession(responder: ResponderFixture.responder)
    session.respond(to: "Beijing could mediate in Ukraine.")
    let why = session.respond(to: "why?")
    #expect(why.claimID == "mediator")
    #expect(why.stance == .neutral)
    let rejected = session.respond(to: "I disagree")
    #expect(rejected.claimID == "mediator")
    #expect(rejected.stance == .disagree)
    let accepted = session.respond(to: "fair point")
    #expect(accepted.stance == .agree)
  }

  @Test func aNewQuestionIsNotAFollowUp() {
    var session = DebateSession(responder: ResponderFixture.responder)
    session.respond(to: "China and Russia are allies.")
    let reply = session.respond(to: "What is the capital of Australia?")
    #expect(reply.stance == .unrelated)
    #expect(reply.evidence.isEmpty)
  }

  @Test func withoutContextAReactionIsUnrelated() {
    let reply = ResponderFixture.responder.respond(to: "why?")
    #expect(reply.stance == .unrelated)
  }

  @Test func theOpponentSideReversesWhatAReactionMeans() {
    var session = DebateSession(responder: ResponderFixture.responder, side: .opponent)
    session.respond(to: "China and Russia are allies.")
    #expect(session.respond(to: "I disagree").stance == .agree)
  }

  @Test func theTranscriptHoldsEveryTurnAndReply() {
    var session = DebateSession(responder: ResponderFixture.responder)
    session.respond(to: "China and Russia are allies.")
    session.respond(to: "hello")
    let entries = session.transcript.entries
    #expect(entries.map(\.role) == [.student, .essay, .student, .essay])
    #expect(entries[0].stance == .disagree)
    #expect(entries[1].refs.first?.hasPrefix("¶") == true)
    #expect(entries[3].refs.isEmpty)
    session.clear()
    #expect(session.replies.isEmpty)
  }
}

/// Where the essay's positions stand after a session.
struct ScorecardTests {
  @Test func standingFollowsTheLastJudgedStance() {
    var session = DebateSession(responder: ResponderFixture.responder)
    session.respond(to: "China and Russia are allies.")
    session.respond(to: "The West can split them.")
    session.respond(to: "Actually the West cannot split them.")
    session.respond(to: "Is the axis ideological?")
    session.respond(to: "hello")
    let card = session.scorecard
    let standing = Dictionary(uniqueKeysWithValues: card.lines.map { ($0.claimID, $0.standing) })
    #expect(standing["alliance"] == .contested)
    #expect(standing["wedge"] == .accepted)
    #expect(standing["ideological"] == .questioned)
    #expect(standing["mediator"] == .unchallenged)
    #expect(card.engaged == 3)
    #expect(card.unrelated == 1)
    #expect(
      card.lines.first { $0.claimID == "alliance" }?.answeredWith.first?.description.hasPrefix("¶") == true)
  }
}
