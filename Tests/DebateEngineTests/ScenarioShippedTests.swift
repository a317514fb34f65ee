import DebateEngine
import Testing

/// The scenarios shipped in the binary: they load, cover their evidence, and take both sides.
struct ScenarioShippedTests {
  static let catalog = ScenarioCatalog(
    sources: ScenarioCatalog.shippedSources, loader: ScenarioFixtures.loader)
  static let names = [
    "alliance-or-not", "axis-framing", "chinese-mediation", "unlimited-friendship", "wedge-driving",
  ]

  @Test func allLoadWithoutProblems() {
    #expect(Self.catalog.diagnostics.map(\.description) == [])
    #expect(Self.catalog.scenarios.map(\.id).sorted() == Self.names)
  }

  @Test(arguments: names)
  func quotesTheEvidenceOfEveryClaimItIsAbout(_ name: String) throws {
    let scenario = try #require(Self.catalog.scenario(named: name))
    let map = ScenarioFixtures.responder.map
    var quoted: Set<UnitRef> = []
    for turn in scenario.turns {
      switch turn.content {
      case .quote(let refs): quoted.formUnion(refs)
      case .answer(let id): quoted.formUnion(map.claim(id)?.evidence ?? [])
      default: break
      }
    }
    #expect(!scenario.claims.isEmpty)
    for id in scenario.claims {
      let missing = (map.claim(id)?.evidence ?? []).filter { !quoted.contains($0) }
      #expect(missing.isEmpty, "\(name) never quotes \(missing) for \(id)")
    }
  }

  @Test(arguments: names)
  func everyStudentTurnHasASampleAndTheFirstBranchesBothWays(_ name: String) throws {
    let scenario = try #require(Self.catalog.scenario(named: name))
    let prompts = scenario.turns.compactMap { turn -> ScenarioPrompt? in
      if case .student(let prompt) = turn.content { return prompt }
      return nil
    }
    #expect(!prompts.isEmpty)
    for prompt in prompts { #expect(prompt.sample != nil) }
    let stances = Set(prompts.first?.branches.compactMap(\.stance) ?? [])
    #expect(stances.isSuperset(of: [.agree, .disagree]))
  }

  @Test(arguments: names)
  func playsToTheEndWithTheSamples(_ name: String) throws {
    let scenario = try #require(Self.catalog.scenario(named: name))
    var run = ScenarioRun(scenario: scenario, responder: ScenarioFixtures.responder)
    var ended = false
    while let event = run.next() {
      switch event {
      case .awaitingStudent(_, let turnID):
        guard case .student(let prompt) = scenario.turn(turnID)?.content else { return }
        run.answer(prompt.sample ?? "")
      case .ended: ended = true
      case .stepLimitReached: Issue.record("\(name) loops")
      case .line, .answered: break
      }
    }
    #expect(ended)
  }
}
