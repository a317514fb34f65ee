/// The summary as JSON, in the keys `play --format json` has always written for its `end` event:
/// `{"scenario", "turn", "points": [{"claim", "statement", "view", "evidence", "stances",
/// "status", "reason", "label", "gist", "argued"}], "unrelated"}`.
extension ScenarioSummary: Codable {
  private enum CodingKeys: String, CodingKey { case scenario, turn, points, unrelated }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      scenarioID: try c.decode(String.self, forKey: .scenario),
      turnID: try c.decode(String.self, forKey: .turn),
      points: try c.decode([Point].self, forKey: .points),
      unrelatedAnswers: try c.decode(Int.self, forKey: .unrelated))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(scenarioID, forKey: .scenario)
    try c.encode(turnID, forKey: .turn)
    try c.encode(points, forKey: .points)
    try c.encode(unrelatedAnswers, forKey: .unrelated)
  }
}

extension ScenarioSummary.Point: Codable {
  private enum CodingKeys: String, CodingKey {
    case claim, statement, view, evidence, stances, status, reason, label, gist, argued
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let id = try c.decode(String.self, forKey: .claim)
    var refs: [UnitRef] = []
    for raw in try c.decode([String].self, forKey: .evidence) {
      guard let ref = UnitRef(parsing: raw) else {
        throw DecodingError.dataCorruptedError(
          forKey: .evidence, in: c, debugDescription: "not a reference: \(raw)")
      }
      refs.append(ref)
    }
    var status: ClaimStatus?
    if let standing = try c.decodeIfPresent(ClaimStatus.Standing.self, forKey: .status) {
      status = ClaimStatus(
        claimID: id, standing: standing,
        label: try c.decodeIfPresent(Label.self, forKey: .label) ?? .undecided,
        reason: try c.decodeIfPresent(String.self, forKey: .reason) ?? "")
    }
    self.init(
      claimID: id, statement: try c.decode(String.self, forKey: .statement),
      view: try c.decode(String.self, forKey: .view), evidence: refs,
      stances: try c.decode([Stance].self, forKey: .stances), status: status,
      gist: try c.decodeIfPresent(ClaimGist.self, forKey: .gist))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(claimID, forKey: .claim)
    try c.encode(statement, forKey: .statement)
    try c.encode(view, forKey: .view)
    try c.encode(evidence.map(\.description), forKey: .evidence)
    try c.encode(stances, forKey: .stances)
    // null, not absent: readers of the `end` event have always found both keys.
    try c.encode(status?.standing, forKey: .status)
    try c.encode(status?.reason, forKey: .reason)
    try c.encodeIfPresent(status?.label, forKey: .label)
    try c.encodeIfPresent(gist, forKey: .gist)
    // What the student argued, in the words people read; `stances` stays for programs.
    try c.encode(argued, forKey: .argued)
  }
}
