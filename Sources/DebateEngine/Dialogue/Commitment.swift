/// A position the student took on a claim, at a turn, in their own words: what a contradiction
/// is noticed against.
public struct Commitment: Hashable, Sendable {
  public let claimID: String
  /// `agree` or `disagree`: the side of the essay the student took.
  public let stance: Stance
  /// The student's turn number in the conversation, from 1.
  public let turn: Int
  public let words: String

  public init(claimID: String, stance: Stance, turn: Int, words: String) {
    self.claimID = claimID
    self.stance = stance
    self.turn = turn
    self.words = words
  }
}

/// What the debating partner remembers of a conversation: the student's commitments, the
/// sentences quoted and when, the claims covered, the opponent's arguments already made, and
/// the question it last asked.
public struct DialogueState: Hashable, Sendable {
  /// Student turns so far.
  public private(set) var turns = 0
  /// Every side the student took, oldest first.
  public private(set) var commitments: [Commitment] = []
  /// The sentences each reply quoted, one entry per reply, oldest first.
  public private(set) var quotedByReply: [[UnitRef]] = []
  /// Claims the conversation has been about, in the order first met.
  public private(set) var claimsCovered: [String] = []
  /// How many of each claim's counterarguments the opponent (or a press) has used.
  public private(set) var counterargumentsUsed: [String: Int] = [:]
  /// The concessions already granted: each is granted once.
  public private(set) var conceded: Set<String> = []
  /// The question the partner asked last, if its last reply asked one.
  public private(set) var lastQuestion: String?

  public init() {}

  /// Every sentence quoted so far.
  public var quoted: Set<UnitRef> { Set(quotedByReply.joined()) }

  /// Sentences quoted in the last `replies` replies: not quoted again unless asked for.
  public func recentlyQuoted(_ replies: Int = 2) -> Set<UnitRef> {
    Set(quotedByReply.suffix(replies).joined())
  }

  /// The student's earlier commitments that `stance` on `claimID` contradicts: the other side
  /// taken on the same claim, or on a claim the map relates to it (`related`), since arguing
  /// against the essay on a premise and for it on its conclusion is a change of mind too.
  public func contradicted(by stance: Stance, on claimID: String, related: Set<String> = []) -> [Commitment] {
    guard stance.isSided else { return [] }
    let family = related.union([claimID])
    let earlier = commitments.filter { family.contains($0.claimID) }
    // Only the latest word counts: a student who changed their mind and says so again
    // contradicts nothing new.
    guard let latest = earlier.last, latest.stance != stance else { return [] }
    return earlier.filter { $0.stance != stance }
  }

  /// How many times the student has taken `stance` on `claimID` before.
  public func times(_ stance: Stance, on claimID: String) -> Int {
    commitments.filter { $0.claimID == claimID && $0.stance == stance }.count
  }

  /// The state after a reply to the student's turn.
  mutating func record(_ reply: Reply, askedQuestion: String?) {
    turns += 1
    if let claim = reply.claimID {
      if reply.stance.isSided {
        commitments.append(
          Commitment(claimID: claim, stance: reply.stance, turn: turns, words: reply.utterance))
      }
      if !claimsCovered.contains(claim) { claimsCovered.append(claim) }
    }
    var shown = reply.quotedRefs
    shown += reply.evidence.map(\.ref).filter { !shown.contains($0) }
    quotedByReply.append(shown)
    lastQuestion = askedQuestion
  }

  mutating func useCounterargument(of claimID: String) { counterargumentsUsed[claimID, default: 0] += 1 }

  mutating func grant(_ concession: String) { conceded.insert(concession) }
}
