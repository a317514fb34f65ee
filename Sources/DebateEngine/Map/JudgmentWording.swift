/// A judged stance on a claim, said from the student's side in plain words.
///
/// `agree` and `disagree` are the engine's words for siding with the essay or against it; next
/// to a statement the essay rejects they read backwards ("wedge: The West can drive a lasting
/// wedge… you: agree" for a student who denied the wedge). Every place a person reads a judgment
/// words it here, from the claim's `gist`:
///
///     you sided with the essay: no lasting wedge
///     you argued against the essay: they are allies
///     you asked about it, taking no side
///
/// JSON keeps the stance's raw value.
public struct JudgmentWording: Hashable, Sendable {
  public let stance: Stance
  /// The claim's two sides in a few words; nil when the turn had no claim.
  public let gist: ClaimGist?

  public init(stance: Stance, gist: ClaimGist?) {
    self.stance = stance
    self.gist = gist
  }

  public init(stance: Stance, claim: Claim?) { self.init(stance: stance, gist: claim?.gist) }

  /// `you sided with the essay: no lasting wedge`.
  public var sentence: String {
    switch stance {
    case .agree: "you sided with the essay" + (gist.map { ": \($0.essay)" } ?? "")
    case .disagree: "you argued against the essay" + (gist.map { ": \($0.against)" } ?? "")
    case .neutral: gist == nil ? "you asked, taking no side" : "you asked about it, taking no side"
    case .unrelated: "outside what the text covers"
    }
  }

  /// The side alone, without the claim's words: `sided with the essay`, `argued against it`.
  public var side: String {
    switch stance {
    case .agree: "sided with the essay"
    case .disagree: "argued against the essay"
    case .neutral: "asked"
    case .unrelated: "outside the text"
    }
  }
}

extension JudgmentWording {
  /// Several judgments on one claim, in order, repeats counted: `you argued against the essay:
  /// they are allies (twice); then you sided with the essay: they are not a formal alliance`.
  public static func sequence(_ stances: [Stance], gist: ClaimGist?) -> String {
    guard !stances.isEmpty else { return "you did not argue it" }
    var runs: [(stance: Stance, count: Int)] = []
    for stance in stances {
      if let last = runs.last, last.stance == stance {
        runs[runs.count - 1].count += 1
      } else {
        runs.append((stance, 1))
      }
    }
    return runs.map { run in
      let times = run.count == 1 ? "" : run.count == 2 ? " (twice)" : " (\(run.count) times)"
      return JudgmentWording(stance: run.stance, gist: gist).sentence + times
    }.joined(separator: "; then ")
  }
}

extension ArgumentMap {
  /// The judgment `stance` on the claim `claimID`, worded from the student's side.
  public func wording(_ stance: Stance, claim claimID: String?) -> JudgmentWording {
    JudgmentWording(stance: stance, claim: claimID.flatMap { claim($0) })
  }
}
