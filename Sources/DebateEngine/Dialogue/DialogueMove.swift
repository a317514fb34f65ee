/// What a reply does in the debate, from one fixed vocabulary, so transcripts, `repl --json` and
/// evaluation sets can name them. A reply records every move it makes, in order.
public enum DialogueMove: String, Hashable, Sendable, Codable, CaseIterable {
  /// Counter-evidence to a turn that disagrees with the side argued.
  case rebut
  /// Grounds a turn that agrees, in the text's words.
  case confirm
  /// Moves an agreeing student on: the strongest objection, or the next claim.
  case press
  /// Grants what the text itself grants, with its quote.
  case concede
  /// Answers a neutral question about the text.
  case explain
  /// The text does not address the turn.
  case decline
  /// The turn states a position with no reason or evidence: ask for one.
  case askReason = "ask-reason"
  /// The turn contradicts the student's own earlier commitment.
  case noteContradiction = "note-contradiction"
  /// The student insists, and the text has nothing on the point not yet quoted.
  case noMoreEvidence = "no-more-evidence"
  /// Too ambiguous to judge: ask what is meant.
  case clarify
}

/// What the responder read in a turn besides its stance and claim: the facts the debating
/// partner (`DebatePartner`) plans its moves from.
public struct TurnFacts: Hashable, Sendable {
  /// How the turn was read.
  public enum Kind: Hashable, Sendable {
    /// A turn about a claim, read on its own or through a frame.
    case claim
    /// A short follow-up ("why?", "I still disagree") to the claim just discussed.
    case followUp
    /// An answer to the question the student was asked.
    case answer
    /// About the conversation or the text as a whole: the request it makes.
    case conversation(ConversationRequest)
    /// Not something the text addresses.
    case unrelated
    /// A bare answer ("yes", "kind of") with nothing asked: too ambiguous to judge.
    case ambiguous
    /// A text without an argument map: the closest passage, no stance.
    case passage
  }

  public var kind: Kind = .claim
  /// Whether the turn offers a reason or evidence for its position ("…, because…", a fact
  /// in a second clause, a date); a bare position is met with a request for one.
  public var givesReason = false
  /// The map's concessions (`concessions:` ids) whose words the turn uses.
  public var concessions: [String] = []
  /// The turn says the student has changed their mind ("ok, I got it").
  public var changesMind = false
  /// The turn opens by holding to the student's earlier view ("I still say…", "still not").
  public var holdsView = false
  /// The turn asks the text for more than it has said ("anything else?").
  public var asksForMore = false
  /// The turn asks for a sentence again ("quote it again", "where does it say that?").
  public var asksToRepeat = false

  public init() {}
}

/// A request about the conversation itself, as the partner sees it.
public enum ConversationRequest: String, Hashable, Sendable {
  /// "I don't know": no position yet.
  case undecided
  /// "What do you mean?": say the last point again, plainly.
  case clarification
  /// "Another argument": the next point.
  case nextPoint
  /// "Where does it say that?": the sentence, again.
  case source
  /// The central claim, or a part of the text (title, opening…).
  case aboutText
}
