/// What a `ScenarioRun` yields, one step at a time; the shell renders these, tests compare them.
public enum ScenarioEvent: Hashable, Sendable {
  /// A cast member speaks.
  case line(ScenarioLine)
  /// The run waits for `ScenarioRun.answer(_:)`.
  case awaitingStudent(prompt: String, turnID: String)
  /// The student's answer, as judged, and the turn it leads to.
  case answered(ScenarioAnswer)
  /// The run reached an end turn.
  case ended(ScenarioSummary)
  /// The run played `limit` turns without ending: the scenario loops.
  case stepLimitReached(limit: Int, turnID: String)
}

/// One spoken line: authored prose and verbatim quotes, kept apart.
public struct ScenarioLine: Hashable, Sendable {
  public let turnID: String
  public let speaker: ScenarioSpeaker
  /// Prose is the speaker's own words; only `.quote` parts are the essay's, each with its ref.
  public let parts: [ReplyPart]
  /// The claim the line is about, for `answer:` turns and replies to the student.
  public let claimID: String?

  public init(turnID: String, speaker: ScenarioSpeaker, parts: [ReplyPart], claimID: String? = nil) {
    self.turnID = turnID
    self.speaker = speaker
    self.parts = parts
    self.claimID = claimID
  }

  /// The refs quoted, in order.
  public var refs: [UnitRef] { parts.quotedRefs }

  /// The line as one string, quotes inline as “…” (¶2.5).
  public var text: String { parts.inlineText }
}

/// The student's answer at one turn, as the responder judged it.
public struct ScenarioAnswer: Hashable, Sendable {
  public let turnID: String
  public let text: String
  public let stance: Stance
  public let claimID: String?
  /// The turn the answer leads to.
  public let next: String

  public init(turnID: String, text: String, stance: Stance, claimID: String?, next: String) {
    self.turnID = turnID
    self.text = text
    self.stance = stance
    self.claimID = claimID
    self.next = next
  }
}
