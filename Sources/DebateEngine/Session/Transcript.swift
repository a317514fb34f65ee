/// A record of a debate, free or scripted: who said what, quoting which sentences, as judged.
///
/// Kept by `DebateSession` as the debate goes; written by `/save` and `debate play --transcript`
/// (JSON in this field order, or Markdown); `debate replay` re-runs its student turns to find
/// replies that changed. Version 1 files (no parts, prompts or summary) still read.
public struct Transcript: Hashable, Sendable {
  /// The version this program writes: 2 added parts, prompts, corrections, the summary and the
  /// engine version.
  public static let currentVersion = 2

  /// Transcript format version, bumped when fields change meaning.
  public var version: Int = Transcript.currentVersion
  /// The program that wrote it, e.g. `debate 0.9.0`.
  public var engine: String?
  /// The text's title, so a transcript says what it argued about.
  public var text: String?
  /// The scenario played, nil for a free debate.
  public var scenario: String?
  /// The scenario's title and motion, for a reader without the scenario file.
  public var title: String?
  public var motion: String?
  /// The seed that chose among the scenario's alternative lines.
  public var seed: UInt64?
  public var entries: [TranscriptEntry]
  /// How the scenario closed, once it has.
  public var summary: ScenarioSummary?

  public init(text: String? = nil, scenario: String? = nil, entries: [TranscriptEntry] = []) {
    self.text = text
    self.scenario = scenario
    self.entries = entries
    engine = EngineVersion.name
  }
}

/// Who speaks a line of a transcript.
public enum SpeakerRole: String, Hashable, Sendable, Codable, CaseIterable {
  /// The student at the keyboard.
  case student
  /// A speaker arguing the essay's positions.
  case essay
  /// A speaker arguing the views the essay rejects.
  case opponent
  /// A neutral voice that frames and closes the debate.
  case moderator
}

/// One line of a transcript.
public struct TranscriptEntry: Hashable, Sendable {
  /// The scenario turn id, nil in a free debate.
  public var turn: String?
  public var speaker: String
  public var role: SpeakerRole
  /// The line as one string, quotes inline as “…” (¶2.5).
  public var text: String
  /// The line as spoken: prose and verbatim quotes with their refs, kept apart so that no reader
  /// has to find the quotes in `text` again.
  public var parts: [ReplyPart]
  /// The refs quoted in this line, e.g. `¶2.5`.
  public var refs: [String]
  /// For student lines in a scenario: the question they answered.
  public var prompt: String?
  /// The claim the line is about, when known.
  public var claim: String?
  /// For student lines: the stance the engine judged (after any correction).
  public var stance: Stance?
  /// For student lines the student corrected: the stance the engine first judged.
  public var correctedFrom: Stance?
  /// For student lines in a scenario: the turn their answer led to.
  public var next: String?
  /// For the engine's replies: what the reply did in the debate (`rebut`, `ask-reason`…) and
  /// the student's earlier turns (numbered from 1) it referred to.
  public var moves: [DialogueMove] = []
  public var recalls: [Int] = []

  public init(
    turn: String? = nil, speaker: String, role: SpeakerRole, text: String, refs: [String] = [],
    claim: String? = nil, stance: Stance? = nil
  ) {
    self.turn = turn
    self.speaker = speaker
    self.role = role
    self.text = text
    self.parts = [.prose(text)]
    self.refs = refs
    self.claim = claim
    self.stance = stance
  }

  /// A line spoken in parts.
  public init(turn: String?, speaker: ScenarioSpeaker, parts: [ReplyPart], claim: String?) {
    self.init(
      turn: turn, speaker: speaker.name, role: speaker.side, text: parts.inlineText,
      refs: parts.quotedRefs.map(\.description), claim: claim)
    self.parts = parts
  }
}

extension Transcript: Codable {
  private enum CodingKeys: String, CodingKey {
    case version, engine, text, scenario, title, motion, seed, entries, summary
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    version = try c.decode(Int.self, forKey: .version)
    engine = try c.decodeIfPresent(String.self, forKey: .engine)
    text = try c.decodeIfPresent(String.self, forKey: .text)
    scenario = try c.decodeIfPresent(String.self, forKey: .scenario)
    title = try c.decodeIfPresent(String.self, forKey: .title)
    motion = try c.decodeIfPresent(String.self, forKey: .motion)
    seed = try c.decodeIfPresent(UInt64.self, forKey: .seed)
    entries = try c.decode([TranscriptEntry].self, forKey: .entries)
    summary = try c.decodeIfPresent(ScenarioSummary.self, forKey: .summary)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(version, forKey: .version)
    try c.encodeIfPresent(engine, forKey: .engine)
    try c.encodeIfPresent(text, forKey: .text)
    try c.encodeIfPresent(scenario, forKey: .scenario)
    try c.encodeIfPresent(title, forKey: .title)
    try c.encodeIfPresent(motion, forKey: .motion)
    try c.encodeIfPresent(seed, forKey: .seed)
    try c.encode(entries, forKey: .entries)
    try c.encodeIfPresent(summary, forKey: .summary)
  }
}

extension TranscriptEntry: Codable {
  private enum CodingKeys: String, CodingKey {
    case turn, speaker, role, text, parts, refs, prompt, claim, stance, correctedFrom, next, moves, recalls
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    turn = try c.decodeIfPresent(String.self, forKey: .turn)
    speaker = try c.decode(String.self, forKey: .speaker)
    role = try c.decode(SpeakerRole.self, forKey: .role)
    text = try c.decode(String.self, forKey: .text)
    // A version 1 entry has no parts: its text is all there is.
    parts = try c.decodeIfPresent([ReplyPart].self, forKey: .parts) ?? [.prose(text)]
    refs = try c.decode([String].self, forKey: .refs)
    prompt = try c.decodeIfPresent(String.self, forKey: .prompt)
    claim = try c.decodeIfPresent(String.self, forKey: .claim)
    stance = try c.decodeIfPresent(Stance.self, forKey: .stance)
    correctedFrom = try c.decodeIfPresent(Stance.self, forKey: .correctedFrom)
    next = try c.decodeIfPresent(String.self, forKey: .next)
    moves = try c.decodeIfPresent([DialogueMove].self, forKey: .moves) ?? []
    recalls = try c.decodeIfPresent([Int].self, forKey: .recalls) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(turn, forKey: .turn)
    try c.encode(speaker, forKey: .speaker)
    try c.encode(role, forKey: .role)
    try c.encode(text, forKey: .text)
    try c.encode(parts, forKey: .parts)
    try c.encode(refs, forKey: .refs)
    try c.encodeIfPresent(prompt, forKey: .prompt)
    try c.encodeIfPresent(claim, forKey: .claim)
    try c.encodeIfPresent(stance, forKey: .stance)
    try c.encodeIfPresent(correctedFrom, forKey: .correctedFrom)
    try c.encodeIfPresent(next, forKey: .next)
    try c.encode(moves, forKey: .moves)
    try c.encode(recalls, forKey: .recalls)
  }
}
