/// One turn of a scenario: a speaker's line, or a prompt that waits for the student.
public struct ScenarioTurn: Hashable, Sendable {
  /// What the turn does when it is played.
  public enum Content: Hashable, Sendable {
    /// Authored words, never presented as the essay's; several are alternatives picked by seed.
    case says([String])
    /// The essay's own sentences, quoted verbatim with their refs.
    case quote([UnitRef])
    /// The essay's position on a claim, with its evidence (or, for an opponent, the view the
    /// essay reports and rejects).
    case answer(claimID: String)
    /// Waits for the student, then follows the first matching branch, else `fallback`.
    case student(ScenarioPrompt)
    /// Nothing is said (an end turn that only closes the run).
    case silent
  }

  public let id: String
  /// The cast member speaking; nil only for a silent end.
  public let speaker: String?
  public let content: Content
  /// The turn after this one (for student turns the branches decide instead).
  public let next: String?
  /// Whether the run ends here, with a summary.
  public let isEnd: Bool
  /// Played at most once; later visits skip to `next`.
  public let once: Bool
  /// Played only when this holds; otherwise skipped to `next`.
  public let condition: ScenarioCondition?
  /// For `says` and `lines`: the essay's sentences these authored words paraphrase. Shown with
  /// the words ("Paraphrasing ¶2.3: …"), so a paraphrase is never taken for the essay's words.
  public let paraphrases: [UnitRef]

  public init(
    id: String, speaker: String?, content: Content, next: String? = nil, isEnd: Bool = false,
    once: Bool = false, condition: ScenarioCondition? = nil, paraphrases: [UnitRef] = []
  ) {
    self.paraphrases = paraphrases
    self.id = id
    self.speaker = speaker
    self.content = content
    self.next = next
    self.isEnd = isEnd
    self.once = once
    self.condition = condition
  }

  /// `Paraphrasing ¶2.3: ` before a paraphrase's words; empty for other authored words.
  static func paraphraseLabel(_ refs: [UnitRef]) -> String {
    refs.isEmpty ? "" : "Paraphrasing " + refs.map(\.description).joined(separator: ", ") + ": "
  }

  public var isStudent: Bool { if case .student = content { true } else { false } }

  /// The turns this one can lead to, in file order.
  public var successors: [String] {
    if case .student(let prompt) = content {
      return prompt.branches.map(\.next) + [prompt.fallback]
    }
    return next.map { [$0] } ?? []
  }
}

/// A student turn: what is asked, a sample answer, and where each kind of answer leads.
public struct ScenarioPrompt: Hashable, Sendable {
  public let text: String
  /// The answer used when the scenario plays without input.
  public let sample: String?
  public let branches: [ScenarioBranch]
  /// Where any answer no branch matches goes (the required `default`).
  public let fallback: String
  /// A cast member who answers the student through the responder before the branch is followed.
  public let replier: String?

  public init(
    text: String, sample: String?, branches: [ScenarioBranch], fallback: String, replier: String? = nil
  ) {
    self.text = text
    self.sample = sample
    self.branches = branches
    self.fallback = fallback
    self.replier = replier
  }
}

/// A branch of a student turn: taken when the judged answer has this stance and/or claim.
public struct ScenarioBranch: Hashable, Sendable {
  public let stance: Stance?
  public let claim: String?
  public let next: String

  public init(stance: Stance?, claim: String?, next: String) {
    self.stance = stance
    self.claim = claim
    self.next = next
  }

  public func matches(stance judged: Stance, claim judgedClaim: String?) -> Bool {
    (stance == nil || stance == judged) && (claim == nil || claim == judgedClaim)
  }
}

/// When a turn plays: every given part must hold.
public struct ScenarioCondition: Hashable, Sendable {
  /// The student has argued this claim at some point.
  public var said: String?
  /// The stance judged on the student's answer at `turn` (or the latest answer).
  public var stance: Stance?
  public var turn: String?
  /// This turn has already been played.
  public var visited: String?

  public init(said: String? = nil, stance: Stance? = nil, turn: String? = nil, visited: String? = nil) {
    self.said = said
    self.stance = stance
    self.turn = turn
    self.visited = visited
  }
}
