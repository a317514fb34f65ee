/// One reply as `debate ask --json` writes it, on one line, keys in this order:
///
///     {"utterance", "stance", "claim", "evidence": [{"ref", "text"}], "reply",
///      "parts": [{"prose"} | {"ref", "text"}], "side", "speaker", "moves", "recalls",
///      "why"?, "version"}
///
/// `claim` is null when the turn is unrelated; `why` (with `--why`) is the explanation as
/// structure. Decoded in the tests with `JSONDecoder`, so the contract is checked both ways.
public struct ReplyRecord: Hashable, Sendable, Codable {
  /// Bumped when a field changes meaning; new fields may appear without a bump.
  public static let currentVersion = 1

  public var utterance: String
  public var stance: Stance
  public var claim: String?
  public var evidence: [Citation]
  /// The reply as one string, quotes inline as “…” (¶2.5).
  public var reply: String
  public var parts: [ReplyPart]
  public var side: Side
  public var speaker: String
  /// What the reply does in the debate (`rebut`, `ask-reason`…), and the student's earlier
  /// turns (numbered from 1) it refers to.
  public var moves: [DialogueMove]
  public var recalls: [Int]
  public var why: Explanation?
  public var version = ReplyRecord.currentVersion

  public init(_ reply: Reply, explained: Bool = false) {
    utterance = reply.utterance
    stance = reply.stance
    claim = reply.claimID
    evidence = reply.evidence
    self.reply = reply.text
    parts = reply.parts
    side = reply.side
    speaker = reply.speaker.name
    moves = reply.moves
    recalls = reply.recalls
    why = explained ? reply.explanation : nil
  }

  private enum CodingKeys: String, CodingKey {
    case utterance, stance, claim, evidence, reply, parts, side, speaker, moves, recalls, why, version
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    utterance = try c.decode(String.self, forKey: .utterance)
    stance = try c.decode(Stance.self, forKey: .stance)
    claim = try c.decodeIfPresent(String.self, forKey: .claim)
    evidence = try c.decode([Citation].self, forKey: .evidence)
    reply = try c.decode(String.self, forKey: .reply)
    parts = try c.decode([ReplyPart].self, forKey: .parts)
    side = try c.decode(Side.self, forKey: .side)
    speaker = try c.decode(String.self, forKey: .speaker)
    moves = try c.decode([DialogueMove].self, forKey: .moves)
    recalls = try c.decode([Int].self, forKey: .recalls)
    why = try c.decodeIfPresent(Explanation.self, forKey: .why)
    version = try c.decode(Int.self, forKey: .version)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(utterance, forKey: .utterance)
    try c.encode(stance, forKey: .stance)
    // null, not absent: readers have always found the key.
    try c.encode(claim, forKey: .claim)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(reply, forKey: .reply)
    try c.encode(parts, forKey: .parts)
    try c.encode(side, forKey: .side)
    try c.encode(speaker, forKey: .speaker)
    try c.encode(moves, forKey: .moves)
    try c.encode(recalls, forKey: .recalls)
    try c.encodeIfPresent(why, forKey: .why)
    try c.encode(version, forKey: .version)
  }
}
