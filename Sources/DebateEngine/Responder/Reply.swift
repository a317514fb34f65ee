/// The student's stance toward the essay on the claim a turn is about.
public enum Stance: String, Sendable, Codable, CaseIterable {
  /// Asserts what the essay holds, or denies what it rejects.
  case agree
  /// Asserts what the essay rejects, or denies what it holds.
  case disagree
  /// On topic but takes no side: a question or a request.
  case neutral
  /// Off topic, or about something the text does not cover.
  case unrelated
}

/// Which side the engine argues: the essay's, or the views the essay rejects.
public enum Side: String, Sendable, Codable, CaseIterable {
  case essay, opponent
}

/// A verbatim quote of one citable unit, with its reference.
public struct Citation: Hashable, Sendable, Codable {
  public let ref: UnitRef
  public let text: String

  public init(_ unit: CitableUnit) {
    ref = unit.ref
    text = unit.text
  }

  public init(ref: UnitRef, text: String) {
    self.ref = ref
    self.text = text
  }

  enum CodingKeys: String, CodingKey { case ref, text }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let raw = try container.decode(String.self, forKey: .ref)
    guard let ref = UnitRef(parsing: raw) else {
      throw DecodingError.dataCorruptedError(
        forKey: .ref, in: container, debugDescription: "not a reference: \(raw)")
    }
    self.ref = ref
    text = try container.decode(String.self, forKey: .text)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(ref.description, forKey: .ref)
    try container.encode(text, forKey: .text)
  }
}

/// One piece of a reply: the debater's own words, or a quote set apart from them.
public enum ReplyPart: Hashable, Sendable {
  case prose(String)
  case quote(Citation)
}

/// The engine's answer to one student turn.
public struct Reply: Hashable, Sendable {
  /// The turn as received (cleaned of control characters).
  public let utterance: String
  public let stance: Stance
  /// The claim of the argument map the turn is about; nil when unrelated.
  public let claimID: String?
  /// The sentences the reply is grounded in, best first; empty when unrelated.
  public internal(set) var evidence: [Citation]
  /// The reply in order: prose and quotes.
  public internal(set) var parts: [ReplyPart]
  /// Why the engine answered this way, for `/why`.
  public internal(set) var explanation: Explanation
  /// What the reply does in the debate, in order (`rebut`, `ask-reason`…).
  public internal(set) var moves: [DialogueMove] = []
  /// The student's earlier turns (numbered from 1) the reply refers to: a contradiction's.
  public internal(set) var recalls: [Int] = []
  /// What the responder read in the turn, for the partner that plans the moves.
  public internal(set) var facts = TurnFacts()
  /// The side the engine argued in this reply: `/side` may change between turns, so each reply
  /// keeps its own.
  public internal(set) var side: Side = .essay
  /// Who spoke the reply: the essay or its opponent in a free debate, a cast member in a scenario.
  public internal(set) var speaker: ScenarioSpeaker = .engine(.essay)
  /// The stance the engine first judged, when the student corrected it (`/agree`, "no, I meant
  /// the opposite"); nil for a turn judged once.
  public internal(set) var correctedFrom: Stance?

  public init(
    utterance: String, stance: Stance, claimID: String?, evidence: [Citation],
    parts: [ReplyPart], explanation: Explanation
  ) {
    self.utterance = utterance
    self.stance = stance
    self.claimID = claimID
    self.evidence = evidence
    self.parts = parts
    self.explanation = explanation
  }

  /// The reply as one plain string, quotes inline as “…” (¶2.5).
  public var text: String { parts.inlineText }

  /// The refs the reply quotes, in order (a subset of `evidence` and related claims' sentences).
  public var quotedRefs: [UnitRef] { parts.quotedRefs }
}

extension [ReplyPart] {
  /// The refs quoted, in order.
  public var quotedRefs: [UnitRef] {
    compactMap { if case .quote(let citation) = $0 { citation.ref } else { nil } }
  }

  /// The parts as one plain string, quotes inline as “…” (¶2.5).
  public var inlineText: String {
    map { part in
      switch part {
      case .prose(let words): words
      case .quote(let citation): "“\(citation.text)” (\(citation.ref))"
      }
    }.joined(separator: " ")
  }
}
