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
/// sentences quoted, the claims covered, the opponent's arguments already made, and whether it
/// just asked for a reason.
///
/// Bounded whatever the length of the session: the quotes of the last few replies, a set of
/// every sentence quoted (no larger than the text), and the latest commitments per claim, so a
/// turn costs the same at turn 10 and at turn 100,000.
public struct DialogueState: Hashable, Sendable {
  /// Student turns so far.
  public private(set) var turns = 0
  /// The latest sides the student took on each claim, oldest first, at most
  /// `commitmentMemory` a claim.
  private var commitmentsByClaim: [String: [Commitment]] = [:]
  /// How many times the student took each side on each claim.
  private var sideCounts: [String: [Stance: Int]] = [:]
  /// The student's last commitment, on any claim.
  public private(set) var lastCommitment: Commitment?
  /// Every sentence quoted so far.
  public private(set) var quoted: Set<UnitRef> = []
  /// The sentences the last replies quoted, oldest first (at most `repliesRemembered`).
  private var recentReplies: [[UnitRef]] = []
  /// Claims the conversation has been about, in the order first met.
  public private(set) var claimsCovered: [String] = []
  /// How many of each claim's counterarguments the opponent (or a press) has used.
  public private(set) var counterargumentsUsed: [String: Int] = [:]
  /// The concessions already granted: each is granted once.
  public private(set) var conceded: Set<String> = []
  /// Whether the last reply asked for a reason: the answer to it is not asked for one again.
  public private(set) var askedForReason = false

  /// Commitments kept per claim: enough to recall a change of mind, bounded for long sessions.
  static let commitmentMemory = 8
  /// Replies whose quotes are remembered one by one.
  static let repliesRemembered = 4

  public init() {}

  /// The student's remembered commitments on `claimID`, oldest first.
  public func commitments(on claimID: String) -> [Commitment] { commitmentsByClaim[claimID] ?? [] }

  /// Sentences quoted in the last `replies` replies: not quoted again unless asked for.
  public func recentlyQuoted(_ replies: Int) -> Set<UnitRef> {
    Set(recentReplies.suffix(replies).joined())
  }

  /// The student's earlier commitments that `stance` on `claimID` contradicts: the other side
  /// taken on the same claim, or on a claim the map relates to it (`related`), since arguing
  /// against the essay on a premise and for it on its conclusion is a change of mind too.
  public func contradicted(by stance: Stance, on claimID: String, related: Set<String> = []) -> [Commitment] {
    guard stance.isSided else { return [] }
    let earlier = related.union([claimID]).flatMap { commitments(on: $0) }.sorted { $0.turn < $1.turn }
    // Only the latest word counts: a student who changed their mind and says so again
    // contradicts nothing new.
    guard let latest = earlier.last, latest.stance != stance else { return [] }
    return earlier.filter { $0.stance != stance }
  }

  /// The latest commitment, on any claim, with the other side from `stance`: what a student who
  /// says they have come round ("I take back what I said") has given up.
  public func latestOpposite(to stance: Stance) -> Commitment? {
    guard stance.isSided else { return nil }
    return commitmentsByClaim.values.joined().filter { $0.stance != stance }.max { $0.turn < $1.turn }
  }

  /// How many times the student has taken `stance` on `claimID` before.
  public func times(_ stance: Stance, on claimID: String) -> Int { sideCounts[claimID]?[stance] ?? 0 }

  /// The state after a reply to the student's turn.
  mutating func record(_ reply: Reply) {
    turns += 1
    if let claim = reply.claimID {
      if reply.stance.isSided {
        let commitment = Commitment(claimID: claim, stance: reply.stance, turn: turns, words: reply.utterance)
        commitmentsByClaim[claim, default: []].append(commitment)
        if let kept = commitmentsByClaim[claim], kept.count > Self.commitmentMemory {
          commitmentsByClaim[claim] = Array(kept.suffix(Self.commitmentMemory))
        }
        sideCounts[claim, default: [:]][reply.stance, default: 0] += 1
        lastCommitment = commitment
      }
      if !claimsCovered.contains(claim) { claimsCovered.append(claim) }
    }
    var shown = reply.quotedRefs
    shown += reply.evidence.map(\.ref).filter { !shown.contains($0) }
    quoted.formUnion(shown)
    recentReplies.append(shown)
    if recentReplies.count > Self.repliesRemembered { recentReplies.removeFirst() }
    askedForReason = reply.moves.contains(.askReason)
  }

  mutating func useCounterargument(of claimID: String) { counterargumentsUsed[claimID, default: 0] += 1 }

  mutating func grant(_ concession: String) { conceded.insert(concession) }
}
