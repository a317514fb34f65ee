/// Every weight and threshold the reading of a turn uses, in one place, each with what it is
/// for. Tuned on the labelled fixture sets; a change shows turn by turn in the golden
/// judgments (`Tests/DebateEngineTests/Golden/judgments.tsv`).
enum ReadingWeights {
  // MARK: Retrieval

  /// A synonym of a turn's word counts half: "broker" finds "mediator", less surely.
  static let synonym = 0.5
  /// Judging words ("blunder") say little about which sentence is meant.
  static let judgingWord = 0.3
  /// Names found all over the text (China, Russia) count little when choosing a quote.
  static let ubiquitousName = 0.3
  /// Whoever the turn reports ("Qin Gang insisted…") points to the sentence naming them.
  static let reporter = 3.0

  // MARK: Ranking claims

  /// A phrase under negation still names its claim, a little less.
  static let negatedPhrase = 0.75
  /// How much the best retrieval score of a claim's evidence adds to its vocabulary score.
  static let evidenceRetrieval = 0.35
  /// How much the claim's statement's own words add.
  static let statementWords = 0.2
  /// The claim the last reply was about, for a turn that goes on with it.
  static let currentClaim = 0.5

  // MARK: Choosing evidence

  /// The map's order of a claim's evidence: the first counts `evidenceOrder / 1`, the next
  /// `evidenceOrder / 2`, and so on, added to the retrieval score.
  static let evidenceOrder = 2.0
  /// "Who thought so?": sentences that name people.
  static let namesPeople = 3.0
  /// A headline only announces; a sentence argues.
  static let headline = -2.0

  // MARK: Is the turn about the text?

  /// A question mostly in words the text never uses asks about something else.
  static let questionKnownShare = 0.6
  /// A statement mostly about other things.
  static let statementKnownShare = 0.25
  /// …unless the clause that uses a claim's words is this well known: the rest is its reason.
  static let claimClauseKnownShare = 0.5
  /// The weight of a phrase that, on its own, says which claim a question is about ("mediator").
  static let distinctivePhrase = 2.5
  /// A turn naming the text's actors, with no claim word, needs this much retrieval.
  static let actorRetrieval = 2.0
  /// A turn without the actors' names needs this much retrieval, over two different words.
  static let topicalRetrieval = 3.0
  /// How many of the best-matching units are looked at to see whether one holds two of the
  /// turn's words together.
  static let unitsReadForTogether = 3
  /// A question naming a claim's topic needs this much retrieval.
  static let questionRetrieval = 1.5
  /// A statement using a claim's words needs this much retrieval.
  static let statementRetrieval = 1.0

  /// The longest turn that can continue the claim under discussion without naming one: longer
  /// turns say enough to be read on their own.
  static let continuationWords = 16
  /// The share of its content words the text must know for such a turn to continue the claim:
  /// "did you see the game last night" is about something else, whatever word it shares.
  static let continuationKnownShare = 0.5

  /// Content words a turn of two or more clauses needs for its other clauses to count as a
  /// reason for its position.
  static let reasonContentWords = 4

  /// The longest turn that can be too vague to place ("what about the other one tho").
  static let vagueWords = 8
  /// Below this score for its best claim, a vague turn is asked about rather than judged.
  static let vagueClaimScore = 2.0
}
