/// How a scenario closed: for each claim at stake, what the text supports and what the student
/// argued, in the manner of key point analysis.
public struct ScenarioSummary: Hashable, Sendable {
  /// One claim: the essay's position with its evidence, and the stances judged on the student.
  public struct Point: Hashable, Sendable {
    public let claimID: String
    public let statement: String
    /// The essay's position in plain words.
    public let view: String
    public let evidence: [UnitRef]
    /// The stance judged on each of the student's answers about this claim, in order.
    public let stances: [Stance]
    /// Where the claim stands after the scenario's debate, under grounded semantics.
    public let status: ClaimStatus?
    /// Both sides in a few words, to say which one the student took (`JudgmentWording`).
    public let gist: ClaimGist?

    public init(
      claimID: String, statement: String, view: String, evidence: [UnitRef], stances: [Stance],
      status: ClaimStatus? = nil, gist: ClaimGist? = nil
    ) {
      self.status = status
      self.gist = gist
      self.claimID = claimID
      self.statement = statement
      self.view = view
      self.evidence = evidence
      self.stances = stances
    }
  }

  public let scenarioID: String
  /// The end turn reached.
  public let turnID: String
  /// The scenario's claims, then any other claim the student engaged, in first-mention order.
  public let points: [Point]
  /// Answers the responder found outside the text.
  public let unrelatedAnswers: Int

  public init(scenarioID: String, turnID: String, points: [Point], unrelatedAnswers: Int) {
    self.scenarioID = scenarioID
    self.turnID = turnID
    self.points = points
    self.unrelatedAnswers = unrelatedAnswers
  }

  /// Builds the summary from the scenario's claims and the judged answers.
  static func make(
    scenario: Scenario, endTurn: String, answers: [ScenarioAnswer], extraClaims: [String], map: ArgumentMap,
    transcript: Transcript = Transcript()
  ) -> ScenarioSummary {
    let debate = DebateFramework(map: map, transcript: transcript)
    var order: [String] = []
    for id in scenario.claims + extraClaims + answers.compactMap(\.claimID) where !order.contains(id) {
      order.append(id)
    }
    let points = order.compactMap { id -> Point? in
      guard let claim = map.claim(id) else { return nil }
      return Point(
        claimID: id, statement: claim.statement, view: claim.view, evidence: claim.evidence,
        stances: answers.filter { $0.claimID == id }.map(\.stance), status: debate.status(of: id),
        gist: claim.gist)
    }
    return ScenarioSummary(
      scenarioID: scenario.id, turnID: endTurn, points: points,
      unrelatedAnswers: answers.filter { $0.stance == .unrelated }.count)
  }
}

extension ScenarioSummary.Point {
  /// What the student argued on this claim, in plain words: `you sided with the essay: no
  /// lasting wedge`, or `you did not argue it`.
  public var argued: String { JudgmentWording.sequence(stances, gist: gist) }
}
