/// A record of a debate, free or scripted: who said what, quoting which sentences.
///
/// Written by `/save` and `debate play --transcript`; `debate replay` re-runs its student
/// turns to find replies that changed.
public struct Transcript: Hashable, Sendable, Codable {
  /// Transcript format version, bumped when fields change meaning.
  public var version: Int = 1
  /// The text's title, so a transcript says what it argued about.
  public var text: String?
  /// The scenario played, nil for a free debate.
  public var scenario: String?
  public var entries: [TranscriptEntry]

  public init(text: String? = nil, scenario: String? = nil, entries: [TranscriptEntry] = []) {
    self.text = text
    self.scenario = scenario
    self.entries = entries
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
public struct TranscriptEntry: Hashable, Sendable, Codable {
  /// The scenario turn id, nil in a free debate.
  public var turn: String?
  public var speaker: String
  public var role: SpeakerRole
  public var text: String
  /// The refs quoted in this line, e.g. `¶2.5`.
  public var refs: [String]
  /// The claim the line is about, when known.
  public var claim: String?
  /// For student lines: the stance the engine judged.
  public var stance: Stance?

  public init(
    turn: String? = nil, speaker: String, role: SpeakerRole, text: String, refs: [String] = [],
    claim: String? = nil, stance: Stance? = nil
  ) {
    self.turn = turn
    self.speaker = speaker
    self.role = role
    self.text = text
    self.refs = refs
    self.claim = claim
    self.stance = stance
  }
}
