import DebateEngine
import Testing

/// Short answers are read against the question they answer: "yes" to a question phrased from
/// the opposing side disagrees with the essay; "the latter" picks an alternative.
struct AnswerInContextTests {
  static let responder = ResponderFixture.responder

  struct Case: CustomStringConvertible, Sendable {
    let question: String
    var lead: String?
    let answer: String
    let stance: Stance
    var description: String { "\(question) → \(answer)" }
  }

  static let cases: [Case] = [
    // Yes/no questions from either side.
    .init(
      question: "Could Beijing act as a go-between for Kyiv and Moscow?", answer: "yes", stance: .disagree),
    .init(question: "Could Beijing act as a go-between for Kyiv and Moscow?", answer: "nah", stance: .agree),
    .init(
      question: "Could Beijing act as a go-between for Kyiv and Moscow?", answer: "obviously not",
      stance: .agree),
    .init(question: "Are Moscow and Beijing formal allies?", answer: "no way", stance: .agree),
    .init(question: "Are Moscow and Beijing formal allies?", answer: "of course", stance: .disagree),
    .init(question: "Are Moscow and Beijing formal allies?", answer: "i guess so", stance: .disagree),
    .init(question: "Are Moscow and Beijing formal allies?", answer: "they are not", stance: .agree),
    .init(question: "Are Moscow and Beijing formal allies?", answer: "only on paper", stance: .agree),
    // A guest's view, then "do you agree?".
    .init(
      question: "A diplomat told us the West can pull the two apart. Do you agree with him?", answer: "nope",
      stance: .agree),
    .init(
      question: "Do you agree with her?", lead: "The West can easily split Moscow from Beijing.",
      answer: "totally", stance: .disagree),
    // Either/or questions.
    .init(question: "Is their bond an alliance, or an axis?", answer: "the second one", stance: .agree),
    .init(question: "Is their bond an alliance, or an axis?", answer: "option one", stance: .disagree),
    .init(question: "Is their bond an alliance, or an axis?", answer: "an axis", stance: .agree),
    // Uncertainty and questions back take no side.
    .init(question: "Are Moscow and Beijing formal allies?", answer: "hard to tell", stance: .neutral),
    .init(question: "Are Moscow and Beijing formal allies?", answer: "idk", stance: .neutral),
    .init(
      question: "Are Moscow and Beijing formal allies?", answer: "what counts as an ally?", stance: .neutral),
    // A "why" question takes its premise for granted; a reason accepts it.
    .init(
      question: "Why would China never be a neutral broker in this war?", answer: "coz it backs russia",
      stance: .agree),
    // An open question: a fragment completes it, an unsure answer takes no side on its claim.
    .init(
      question: "So Pyongyang and Tehran, what role do they have here?", answer: "henchmen", stance: .agree),
    .init(question: "What part do North Korea and Iran play?", answer: "no clue honestly", stance: .neutral),
    .init(
      question: "What part could Beijing play in bringing peace to Ukraine?",
      answer: "none, it sits with the kremlin", stance: .agree),
    // Option labels, and slang for yes.
    .init(
      question: "Option A: Beijing can bring peace to Ukraine. Option B: it never could. Which one?",
      answer: "b for sure", stance: .agree),
    .init(question: "Are Moscow and Beijing formal allies?", answer: "defo", stance: .disagree),
    // "unfit", "a poor way": judging words in the question itself.
    .init(
      question: "Is a one-party dictatorship unfit to be anyone's true ally?", answer: "yes", stance: .agree),
  ]

  @Test(arguments: cases)
  func answersAreJudgedAgainstTheQuestion(_ item: Case) {
    let reply = Self.responder.respond(
      to: item.answer, context: TurnContext(question: item.question, lead: item.lead))
    #expect(reply.stance == item.stance, "\(reply.explanation.stanceCues)")
    #expect(reply.stance == .unrelated || reply.claimID != nil)
  }

  @Test func aNewArgumentIsStillJudgedOnItsOwn() {
    let context = TurnContext(question: "Could Beijing act as a go-between for Kyiv and Moscow?")
    let reply = Self.responder.respond(to: "China and Russia are formal allies.", context: context)
    #expect(reply.claimID == "alliance")
    #expect(reply.stance == .disagree)
  }

  @Test func withoutAQuestionYesIsNotJudgedAgainstAnything() {
    #expect(Self.responder.respond(to: "yes").stance != .disagree)
  }
}
