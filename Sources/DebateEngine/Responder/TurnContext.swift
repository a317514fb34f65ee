/// What a turn answers: the question put to the student, and where the conversation stands.
///
/// A turn is read against it: "yes" means nothing alone, and "why?" is about the claim just
/// discussed. A session keeps one and updates it as it goes (`recording(_:)`), so a turn costs
/// the same at turn 10 and at turn 100,000.
public struct TurnContext: Hashable, Sendable {
  /// The question the student is answering, with the line just before it when that line is what
  /// the question asks about ("Our guest says X. Do you agree?"). Nil when nothing was asked.
  public var question: String?
  /// The line spoken just before the question, which "Do you agree?" asks about.
  public var lead: String?
  /// The claim of the latest reply that had one.
  public private(set) var lastClaimID: String?
  /// Replies since the one that had `lastClaimID` (0: it was the last reply).
  public private(set) var repliesSinceClaim = 0
  /// Every sentence quoted so far in the conversation.
  public private(set) var shownRefs: Set<UnitRef> = []
  /// The side the student last took on each claim: "I still say so" keeps it.
  public private(set) var studentStances: [String: Stance] = [:]
  /// How many replies came before this turn (it varies the phrasing).
  public private(set) var turnIndex = 0
  /// How deep in readings of readings this one is: the words a question or a frame is made of
  /// are read as a turn of their own, and so on, at most `maximumNesting` deep, so that no turn
  /// ("who would deny who would deny …") costs more than a few readings.
  private(set) var nesting = 0

  /// The deepest nested reading.
  static let maximumNesting = 3

  /// The context for reading a turn's own words again (a proposition, an answer without its
  /// question): the same conversation, nothing asked, one level deeper.
  var nested: TurnContext {
    var next = self
    next.question = nil
    next.lead = nil
    next.nesting += 1
    return next
  }

  /// A first turn, one level deeper: for a statement made of a question's words.
  var fresh: TurnContext {
    var next = TurnContext.none
    next.nesting = nesting + 1
    return next
  }

  /// Whether this is the reading of the turn itself, not of words inside it.
  var isOutermost: Bool { nesting == 0 }

  /// Whether a turn read in this context may be read again through a question or a frame.
  var mayNest: Bool { nesting < Self.maximumNesting }

  /// A first turn, with nothing asked.
  public static let none = TurnContext()

  public init(question: String? = nil, lead: String? = nil) {
    self.question = question
    self.lead = lead
  }

  /// The context after `reply`, with nothing asked yet.
  public func recording(_ reply: Reply) -> TurnContext {
    var next = self
    next.question = nil
    next.lead = nil
    next.turnIndex += 1
    if let claim = reply.claimID {
      next.lastClaimID = claim
      next.repliesSinceClaim = 0
    } else {
      next.repliesSinceClaim += 1
    }
    if let claim = reply.claimID, reply.stance == .agree || reply.stance == .disagree {
      next.studentStances[claim] = reply.stance
    }
    next.shownRefs.formUnion(reply.evidence.map(\.ref))
    next.shownRefs.formUnion(reply.quotedRefs)
    return next
  }

  /// The context after a series of replies, oldest first.
  public static func after(_ replies: [Reply]) -> TurnContext {
    replies.reduce(TurnContext.none) { $0.recording($1) }
  }

  /// The claim a bare follow-up ("why?") is about: the last reply's, or the one before it.
  var followUpClaimID: String? { repliesSinceClaim <= 1 ? lastClaimID : nil }

  /// The claim the last reply was about, if it was about one.
  var currentClaimID: String? { repliesSinceClaim == 0 ? lastClaimID : nil }
}
