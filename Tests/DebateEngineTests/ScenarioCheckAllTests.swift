import DebateEngine
import Testing

/// One check run reports every problem: the graph's with the types', and a bad cast member once.
struct ScenarioCheckAllTests {
  static func messages(_ source: String) -> [String] {
    do {
      _ = try ScenarioFixtures.load(source)
      return []
    } catch {
      return error.diagnostics.map { "\($0.line): \($0.message)" }
    }
  }

  @Test func anUnreachableTurnIsReportedWithATypeError() {
    let source = ScenarioFixtures.base
      .replacingFirst("    says: Hello.\n", with: "    says: Hello.\n    once: maybe\n")
      .replacingFirst(
        "  - id: fin\n",
        with: "  - id: orphan\n    speaker: m\n    says: Nobody.\n    next: fin\n  - id: fin\n")
    let found = Self.messages(source)
    #expect(found.contains { $0.hasSuffix("once of turn 'a' must be true or false") }, "\(found)")
    #expect(found.contains { $0.hasSuffix("turn 'orphan' is never reached from the start 'a'") }, "\(found)")
    #expect(found.count == 2, "\(found)")
  }

  @Test func aMissingEndAndALoopAreReportedWithATypeError() {
    let noEnd = ScenarioFixtures.base.replacingFirst("    end: true\n", with: "    next: a\n")
      .replacingFirst("    prompt: Well?\n", with: "    prompt: [Well?]\n")
    let found = Self.messages(noEnd)
    #expect(found.contains { $0.contains("prompt of student turn 'ask' must be text") }, "\(found)")
    #expect(
      found.contains { $0.hasSuffix("the scenario has no end turn (add 'end: true' to a closing turn)") },
      "\(found)")
    let loop = ScenarioFixtures.base
      .replacingFirst(
        "    next: ask\n",
        with:
          "    next: b\n    once: maybe\n  - id: b\n    speaker: m\n    says: B.\n    next: c\n  - id: c\n    speaker: m\n    says: C.\n    next: b\n"
      )
    let looped = Self.messages(loop)
    #expect(looped.contains { $0.hasSuffix("once of turn 'a' must be true or false") }, "\(looped)")
    #expect(looped.contains { $0.contains("turn 'b' can never reach an end") }, "\(looped)")
  }

  @Test func aBadSideIsOneErrorNotOnePerTurn() {
    let source = ScenarioFixtures.base.replacingFirst("side: essay}", with: "side: esay}")
      .replacingFirst(
        "  - id: fin\n", with: "  - id: fin0\n    speaker: e\n    quote: ¶2.4\n    next: fin\n  - id: fin\n"
      )
      .replacingFirst("    default: fin\n", with: "    default: fin0\n")
    let found = Self.messages(source)
    #expect(found.count == 1, "\(found)")
    #expect(
      found.first?.contains("side must be one of student, essay, opponent, moderator, not 'esay'") == true)
  }

  @Test func aBrokenTurnDoesNotMakeItsSuccessorsUnreachable() {
    // The student turn's prompt is missing: the turn is still read for its links.
    let source = ScenarioFixtures.base.replacingFirst("    prompt: Well?\n", with: "")
    let found = Self.messages(source)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.contains("missing the field 'prompt'") == true, "\(found)")
  }
}
