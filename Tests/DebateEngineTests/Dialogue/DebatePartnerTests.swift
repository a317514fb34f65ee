import DebateEngine
import Testing

/// The partner's moves, one conversation each, in words of their own (not the evaluation sets').
struct DebatePartnerTests {
  static let responder = ResponderFixture.responder

  private func session(_ side: Side = .essay) -> DebateSession {
    DebateSession(responder: Self.responder, side: side)
  }

  @Test func aBarePositionIsAskedForAReasonAndAReasonedOneIsNot() {
    var bare = session()
    let reply = bare.respond(to: "Those two are allies.")
    #expect(reply.moves.contains(.askReason))
    #expect(reply.moves.contains(.rebut))
    var reasoned = session()
    let other = reasoned.respond(
      to: "Those two are allies because they train their armies together every summer.")
    #expect(!other.moves.contains(.askReason))
    #expect(other.moves.contains(.rebut))
  }

  @Test func aContradictionIsNoticedWithTheEarlierTurn() {
    var conversation = session()
    conversation.respond(to: "They are not really allies, since neither would fight for the other.")
    conversation.respond(to: "Who is the stronger of the two?")
    let flip = conversation.respond(
      to: "Actually they are a proper alliance, with joint exercises every year.")
    #expect(flip.moves.contains(.noteContradiction))
    #expect(flip.recalls == [1])
    #expect(flip.text.contains("turn 1"))
  }

  @Test func whatTheTextGrantsIsConcededBeforeTheRebuttal() throws {
    var conversation = session()
    let reply = conversation.respond(
      to: "It is all about energy deals: Moscow sells its oil and Beijing buys it.")
    #expect(reply.moves.first == .concede)
    let concession = try #require(Self.responder.map.concessions.first { $0.id == "economic-ties" })
    #expect(reply.quotedRefs.contains(concession.ref))
  }

  @Test func insistingWithNothingNewIsToldSoInsteadOfRepeating() {
    var conversation = session()
    let lines = [
      "Iran and North Korea are equals in this bloc, not juniors.",
      "No, Iran and North Korea are equals in this bloc.",
      "I still say Iran and North Korea are equals in this bloc.",
    ]
    let replies = lines.map { conversation.respond(to: $0) }
    #expect(replies.last?.moves.contains(.noMoreEvidence) == true)
    for (before, after) in zip(replies, replies.dropFirst()) where !after.moves.contains(.noMoreEvidence) {
      #expect(Set(before.quotedRefs).isDisjoint(with: after.quotedRefs))
    }
  }

  /// "I'm right" holds the student's own view; it does not accept the reply it follows.
  @Test func holdingToOnesOwnViewKeepsTheSideTakenBefore() {
    var conversation = session()
    conversation.respond(to: "Beijing could broker peace in Ukraine, it talks to both sides.")
    let held = conversation.respond(to: "Nah, I'm right on this.")
    #expect(held.stance == .disagree)
    #expect(!held.moves.contains(.confirm))
    #expect(!held.moves.contains(.noteContradiction))
  }

  /// "cuz …" right after a position is its reason, whatever other claim its words touch.
  @Test func aReasonAfterAPositionDefendsIt() {
    var conversation = session()
    let position = conversation.respond(
      to: "Moscow and Beijing have always been cosy, nothing changed in 2012.")
    let reason = conversation.respond(to: "cuz they were comrades back under Mao and Stalin")
    #expect(reason.stance == .disagree)
    #expect(reason.claimID == position.claimID)
  }

  /// "But Xi said…": a report of the text's own account, brought against the essay.
  @Test func aReportBroughtAsAnObjectionDisagrees() {
    var conversation = session()
    conversation.respond(to: "The unlimited friendship is just for show.")
    let objection = conversation.respond(to: "But Putin said their friendship knows no bounds.")
    #expect(objection.stance == .disagree)
  }

  /// Holding a view again with no reason, once the text's answer has been quoted, is met with
  /// that answer standing, not with another quote, and is not asked for a reason twice.
  @Test func holdingAViewWithNoReasonGetsNoPileOfQuotes() {
    var conversation = session()
    let first = conversation.respond(to: "Beijing could broker peace in Ukraine.")
    let held = conversation.respond(to: "nope, still say beijing could do it")
    #expect(held.moves == [.noMoreEvidence])
    #expect(Set(held.quotedRefs).isSubset(of: Set(first.quotedRefs)))
    #expect(held.text.contains("reason"))
  }

  /// A second question on a claim is a new question: it is explained, never met with
  /// "no more evidence", and a chat question needs no question mark.
  @Test func aSecondQuestionOnAClaimIsExplained() {
    var conversation = session()
    conversation.respond(to: "What does the essay think of hopes that Beijing could mediate?")
    conversation.respond(to: "Why does it think Beijing is no mediator?")
    let third = conversation.respond(to: "and would anyone even need a mediator in this war")
    #expect(third.stance == .neutral)
    #expect(third.moves.contains(.explain))
    #expect(!third.moves.contains(.noMoreEvidence))
  }

  /// A student who comes round has given up what they said last on the other side, even when
  /// the new words land on a neighbouring claim.
  @Test func comingRoundRecallsWhatWasGivenUp() {
    var conversation = session()
    conversation.respond(to: "Courting Beijing was the clever way to make Moscow stop the war.")
    let round = conversation.respond(
      to: "I was too quick there: nobody in Beijing was ever going to mediate.")
    #expect(round.stance == .agree)
    #expect(round.moves.contains(.noteContradiction))
    #expect(round.recalls == [1])
  }

  /// Small talk in the middle of a debate is declined, not read as the claim under discussion.
  @Test func smallTalkMidConversationIsDeclined() {
    var conversation = session()
    conversation.respond(to: "Beijing could broker peace in Ukraine, it talks to both sides.")
    let chat = conversation.respond(to: "btw r u watching the tennis final tonite")
    #expect(chat.stance == .unrelated)
    #expect(chat.moves == [.decline])
  }

  @Test func aBareYesWithNothingAskedIsClarified() {
    var conversation = session()
    let reply = conversation.respond(to: "Yes.")
    #expect(reply.moves == [.clarify])
    #expect(reply.stance == .neutral)
    #expect(reply.evidence.isEmpty)
  }

  @Test func anAgreeingStudentWithAReasonIsPressed() {
    var conversation = session()
    let reply = conversation.respond(
      to: "No wedge will last between them, because they need each other against the West.")
    #expect(reply.moves.starts(with: [.confirm]))
    #expect(reply.moves.contains(.press))
  }

  @Test func aCorrectedTurnIsAnsweredByThePartnerAsIfReadRight() throws {
    var conversation = session()
    conversation.respond(to: "China and Russia are allies, since they drill together every year.")
    let reanswered = conversation.correct(.opposite)
    let corrected = try #require(reanswered)
    #expect(corrected.stance == .agree)
    #expect(corrected.moves.contains(.confirm))
    #expect(conversation.dialogue.times(.agree, on: "alliance") == 1)
    #expect(conversation.dialogue.times(.disagree, on: "alliance") == 0)
  }

  @Test func aPressRaisesEachObjectionOnce() {
    var conversation = session()
    let first = conversation.respond(to: "No wedge will last, because they need each other against the West.")
    let second = conversation.respond(to: "Right, and they will stay together since both distrust America.")
    let prose = { (reply: Reply) in
      reply.parts.compactMap { if case .prose(let words) = $0 { words } else { nil } }.joined(separator: " ")
    }
    let objection = Self.responder.map.claim("wedge")?.counterarguments.first ?? "?"
    #expect(prose(first).contains(objection))
    #expect(!prose(second).contains(objection))
  }

  @Test func anOffTopicTurnIsDeclinedInOneSentence() {
    var conversation = session()
    let reply = conversation.respond(to: "Which team will win the cricket world cup?")
    #expect(reply.moves == [.decline])
    #expect(reply.evidence.isEmpty)
    #expect(reply.text.filter { ".?!".contains($0) }.count == 1, "\(reply.text)")
  }

  @Test func noReplyQuotesWhatTheLastTwoQuotedUnlessToldThereIsNoMore() {
    var conversation = session()
    let lines = [
      "Russia and China are a military alliance.", "They really are allies though.",
      "Beijing could mediate between Kyiv and Moscow.", "Why not?", "China could still broker peace.",
      "The axis is about money, not ideas.", "Money is what holds them together.",
      "North Korea is a full member of the axis.", "Xi changed nothing after 2012.",
      "They are allies, full stop.",
    ]
    var recent: [[UnitRef]] = []
    for line in lines {
      let reply = conversation.respond(to: line)
      if !reply.moves.contains(.noMoreEvidence) {
        #expect(Set(recent.suffix(2).joined()).isDisjoint(with: reply.quotedRefs), "\(line)")
      }
      recent.append(reply.quotedRefs)
    }
  }

  @Test func theOpponentSaysSomethingNewEveryTurn() {
    var conversation = session(.opponent)
    let lines = [
      "China and Russia are no alliance.", "I still don't see them as allies.", "Beijing cannot mediate.",
      "No, China is not neutral enough to mediate.", "The West will never split them.", "Still no wedge.",
      "The relationship is too unequal for an alliance.", "Russia is clearly the junior of the two.",
    ]
    var said: Set<String> = []
    for line in lines {
      let reply = conversation.respond(to: line)
      let prose = reply.parts.compactMap { if case .prose(let words) = $0 { words } else { nil } }.joined(
        separator: " ")
      #expect(!said.contains(prose), "\(line): \(prose)")
      said.insert(prose)
      #expect(!reply.moves.isEmpty)
    }
  }

  @Test func theOpponentsArgumentsAreItsOwnWordsNeverQuotes() {
    var conversation = session(.opponent)
    let reply = conversation.respond(to: "Beijing could never be a mediator.")
    #expect(reply.moves == [.rebut])
    let claim = Self.responder.map.claim("mediator")
    let argument = claim?.counterarguments.first ?? "?"
    #expect(
      reply.parts.contains { if case .prose(let words) = $0 { words.contains(argument) } else { false } })
    #expect(!reply.parts.contains { if case .quote(let c) = $0 { c.text.contains(argument) } else { false } })
  }
}
