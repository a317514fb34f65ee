/// The explanation as structure, for `ask --why --json`:
/// `{"terms": [{"term", "matched", "weight"}], "claims": [{"claim", "score"}],
/// "units": [{"ref", "score"}], "cues": […], "decision"}`.
extension Explanation: Codable {
  private enum CodingKeys: String, CodingKey { case terms, claims, units, cues, decision }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    terms = try c.decode([TermMatch].self, forKey: .terms)
    claims = try c.decode([ClaimScore].self, forKey: .claims)
    units = try c.decode([UnitScore].self, forKey: .units)
    stanceCues = try c.decode([String].self, forKey: .cues)
    decision = try c.decode(String.self, forKey: .decision)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(terms, forKey: .terms)
    try c.encode(claims, forKey: .claims)
    try c.encode(units, forKey: .units)
    try c.encode(stanceCues, forKey: .cues)
    try c.encode(decision, forKey: .decision)
  }
}

extension Explanation.UnitScore: Codable {
  private enum CodingKeys: String, CodingKey { case ref, score }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let raw = try c.decode(String.self, forKey: .ref)
    guard let ref = UnitRef(parsing: raw) else {
      throw DecodingError.dataCorruptedError(forKey: .ref, in: c, debugDescription: "not a reference: \(raw)")
    }
    self.init(ref: ref, score: try c.decode(Double.self, forKey: .score))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(ref.description, forKey: .ref)
    try c.encode(score, forKey: .score)
  }
}
