/// Where each of the essay's positions stands after a debate: untouched, accepted, only asked
/// about, or contested by the student (and what the text answered).
///
/// A key-point view of a session for teachers: which claims a student engaged, rebutted or
/// ignored, counted from the stances the engine judged.
public struct Scorecard: Hashable, Sendable {
  public enum Standing: String, Hashable, Sendable {
    /// The student never argued about it: the essay's position stands unchallenged.
    case unchallenged
    /// The student's last word on it agreed with the essay.
    case accepted
    /// The student only asked about it.
    case questioned
    /// The student's last word on it disputed the essay; the text answered with `answeredWith`.
    case contested
  }

  public struct Line: Hashable, Sendable {
    public let claimID: String
    /// The essay's position in plain words.
    public let view: String
    public let standing: Standing
    public let agreed: Int
    public let disputed: Int
    public let asked: Int
    /// The sentences the engine quoted against the student's objections, first each.
    public let answeredWith: [UnitRef]

    /// The student's last sided word on the claim: `agree` or `disagree`, nil when none.
    public var lastSided: Stance? {
      switch standing {
      case .accepted: .agree
      case .contested: .disagree
      case .unchallenged, .questioned: nil
      }
    }
  }

  /// Every claim of the map, in map order.
  public let lines: [Line]
  /// Turns the text does not address.
  public let unrelated: Int

  public init(map: ArgumentMap, replies: [Reply]) {
    lines = map.claims.map { claim in
      let about = replies.filter { $0.claimID == claim.id }
      let last = about.last { $0.stance == .agree || $0.stance == .disagree }?.stance
      let standing: Standing =
        switch (last, about.isEmpty) {
        case (.agree?, _): .accepted
        case (.disagree?, _): .contested
        case (_, true): .unchallenged
        default: .questioned
        }
      var answers: [UnitRef] = []
      for reply in about where reply.stance == .disagree {
        if let ref = reply.evidence.first?.ref, !answers.contains(ref) { answers.append(ref) }
      }
      return Line(
        claimID: claim.id, view: claim.view, standing: standing,
        agreed: about.filter { $0.stance == .agree }.count,
        disputed: about.filter { $0.stance == .disagree }.count,
        asked: about.filter { $0.stance == .neutral }.count, answeredWith: answers)
    }
    unrelated = replies.filter { $0.stance == .unrelated }.count
  }

  /// How many of the essay's positions the student engaged at all.
  public var engaged: Int { lines.filter { $0.standing != .unchallenged }.count }
}

extension DebateSession {
  /// Where the essay's positions stand after the turns so far.
  public var scorecard: Scorecard { Scorecard(map: responder.map, replies: replies) }
}
