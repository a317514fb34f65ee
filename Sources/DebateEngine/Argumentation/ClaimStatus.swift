/// Where one of the essay's claims stands after a debate, and why, in words a student reads.
///
///     stands: your objection at turn 4 was answered by ¶2.5
///     open: you raised “they are real allies” at turn 2 and the text has no answer to it
public struct ClaimStatus: Hashable, Sendable, Codable {
  public enum Standing: String, Hashable, Sendable, Codable {
    /// The essay's view is accepted: everything against it was answered.
    case stands
    /// Something against it stands unanswered and undefeated.
    case falls
    /// Neither: an unanswered objection, or a question the essay leaves open.
    case open
  }

  public let claimID: String
  public let standing: Standing
  /// The grounded label of the essay's view of the claim.
  public let label: Label
  public let reason: String

  public init(claimID: String, standing: Standing, label: Label, reason: String) {
    self.claimID = claimID
    self.standing = standing
    self.label = label
    self.reason = reason
  }

  static func explain(
    _ claim: Claim, framework: ArgumentationFramework, arguments: [DebateFramework.Argument],
    labelling: Labelling, index: [DebateFramework.Argument: Int]
  ) -> ClaimStatus {
    guard let view = index[.essayView(claim: claim.id)] else {
      return ClaimStatus(
        claimID: claim.id, standing: .open, label: .undecided, reason: "open: not in the map")
    }
    let label = labelling[view]
    if claim.essayPosition == .open {
      let refs = claim.evidence.map(\.description).joined(separator: ", ")
      return ClaimStatus(
        claimID: claim.id, standing: .open, label: label,
        reason: "open: the essay leaves it an open question (\(refs))")
    }
    let attackers = framework.attackers(of: view)
    switch label {
    case .in:
      guard !attackers.isEmpty else {
        let grounds = claim.evidence.first.map { " (\($0) grounds it)" } ?? ""
        return ClaimStatus(
          claimID: claim.id, standing: .stands, label: label, reason: "stands, unchallenged\(grounds)")
      }
      let answers = attackers.map { attacker in
        "\(describe(arguments[attacker], verb: .past)) \(answer(to: attacker, defending: view, of: claim, framework, arguments, labelling))"
      }
      return ClaimStatus(
        claimID: claim.id, standing: .stands, label: label,
        reason: "stands: " + answers.joined(separator: "; "))
    case .out:
      let winner = attackers.first { labelling[$0] == .in }.map { describe(arguments[$0], verb: .present) }
      return ClaimStatus(
        claimID: claim.id, standing: .falls, label: label,
        reason: "falls: \(winner ?? "an argument against it") stands unanswered")
    case .undecided:
      let open = attackers.filter { labelling[$0] == .undecided }
      let reasons = open.map { attacker -> String in
        switch arguments[attacker] {
        case .objection(let turn, _, let text):
          return "you raised “\(shortened(text))” at turn \(turn) and the text has no answer to it"
        default:
          return "\(describe(arguments[attacker], verb: .present)) is not answered"
        }
      }
      return ClaimStatus(
        claimID: claim.id, standing: .open, label: label,
        reason: "open: "
          + (reasons.isEmpty ? "it depends on a claim left open" : reasons.joined(separator: "; ")))
    }
  }

  enum Tense { case past, present }

  static func describe(_ argument: DebateFramework.Argument, verb tense: Tense) -> String {
    let past = tense == .past
    switch argument {
    case .objection(let turn, _, _): return "your objection at turn \(turn)\(past ? " was" : "")"
    case .agreement(let turn, _, _): return "your agreement at turn \(turn)\(past ? " was" : "")"
    case .opposingView: return "the opposing view the essay reports\(past ? " is" : "")"
    case .essayView(let claim): return "the essay's view of '\(claim)'\(past ? " is" : "")"
    case .openOtherSide(let claim): return "the other side of '\(claim)'\(past ? " is" : "")"
    case .sentence(let ref): return "\(ref)\(past ? " is" : "")"
    }
  }

  /// What defeated `attacker`: the sentences that answer it (up to three), else the student's
  /// own later word, else the essay's other claims (never the view it attacked: that one is
  /// what was defended).
  static func answer(
    to attacker: Int, defending view: Int, of claim: Claim, _ framework: ArgumentationFramework,
    _ arguments: [DebateFramework.Argument],
    _ labelling: Labelling
  ) -> String {
    let winners = framework.attackers(of: attacker).filter { labelling[$0] == .in && $0 != view }
    var refs: [String] = []
    var sentences: [UnitRef] = []
    for winner in winners { if case .sentence(let ref) = arguments[winner] { sentences.append(ref) } }
    // The claim's own evidence first, best first as the map lists it, then the text's order.
    let place = { (ref: UnitRef) in claim.evidence.firstIndex(of: ref) ?? claim.evidence.count }
    refs = sentences.sorted { place($0) != place($1) ? place($0) < place($1) : $0 < $1 }.map(\.description)
    if !refs.isEmpty {
      let more = refs.count > 3 ? " and \(refs.count - 3) more" : ""
      return "answered by " + refs.prefix(3).joined(separator: ", ") + more
    }
    let sorted = winners.sorted { rank(arguments[$0]) < rank(arguments[$1]) }
    return sorted.first.map { describeAnswer(arguments[$0]) } ?? "answered"
  }

  private static func rank(_ argument: DebateFramework.Argument) -> Int {
    switch argument {
    case .sentence: 0
    case .agreement, .objection: 1
    default: 2
    }
  }

  static func describeAnswer(_ argument: DebateFramework.Argument) -> String {
    switch argument {
    case .sentence(let ref): "answered by \(ref)"
    case .essayView(let claim): "answered by the essay's claim '\(claim)'"
    case .objection(let turn, _, _): "withdrawn by your objection at turn \(turn)"
    case .agreement(let turn, _, _): "withdrawn when you agreed at turn \(turn)"
    case .opposingView(let claim): "answered by the opposing view on '\(claim)'"
    case .openOtherSide(let claim): "answered by the other side of '\(claim)'"
    }
  }

  /// At most 60 characters of a student's turn, cut at a word.
  static func shortened(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard flat.count > 60 else { return flat }
    let cut = flat.prefix(60)
    let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
    return word + "…"
  }
}
