import Testing

@testable import DebateEngine

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

/// Words spoken by the essay's side are its own sentences, or marked as a paraphrase of them.
struct EssayWordsCheckTests {
  @Test func theEssaysSideCannotAssertInItsOwnWords() {
    let source = ScenarioFixtures.base.replacingFirst(
      "    speaker: e\n    quote: ¶2.5\n",
      with: "    speaker: e\n    says: China and Russia are a formal alliance.\n")
    let found = ScenarioCheckAllTests.messages(source)
    #expect(found.count == 1, "\(found)")
    #expect(
      found.first?.hasPrefix("22: turn 'fin' gives the essay's side words of its own") == true, "\(found)")
  }

  @Test func aParaphraseIsAllowedAndShownAsOne() throws {
    let source = ScenarioFixtures.base.replacingFirst(
      "    speaker: e\n    quote: ¶2.5\n",
      with:
        "    speaker: e\n    paraphrase: [¶2.5]\n    says: Nobody could seriously see Beijing as a mediator.\n"
    )
    let scenario = try ScenarioFixtures.load(source)
    #expect(scenario.turn("fin")?.paraphrases.map(\.description) == ["¶2.5"])
    var run = ScenarioRun(scenario: scenario, responder: ScenarioFixtures.responder)
    var prose: [String] = []
    while let event = run.next() {
      if case .awaitingStudent = event { _ = run.answer("China could mediate.") }
      if case .line(let line) = event {
        for case .prose(let words) in line.parts { prose.append(words) }
      }
    }
    #expect(
      prose.contains("Paraphrasing ¶2.5: Nobody could seriously see Beijing as a mediator."), "\(prose)")
  }

  @Test func aParaphraseNamesRealRefsAndMarksAuthoredWords() {
    let unknown = ScenarioFixtures.base.replacingFirst(
      "    speaker: e\n    quote: ¶2.5\n", with: "    speaker: e\n    paraphrase: ¶9.9\n    says: Words.\n")
    #expect(
      ScenarioCheckAllTests.messages(unknown).contains { $0.contains("unknown ref '¶9.9' in the paraphrase") }
    )
    let onAQuote = ScenarioFixtures.base.replacingFirst(
      "    speaker: e\n    quote: ¶2.5\n", with: "    speaker: e\n    paraphrase: ¶2.5\n    quote: ¶2.5\n")
    #expect(
      ScenarioCheckAllTests.messages(onAQuote).contains {
        $0.contains("'paraphrase' marks the words of 'says' or 'lines'")
      })
  }

  @Test(arguments: [
    ("As the author puts it, 'they are allies'.", ["they are allies"]),
    ("The essay says ‘they are allies’ here.", ["they are allies"]),
    ("The essay's point: don't call it 'an alliance' at all.", ["an alliance"]),
    ("The People’s Republic, the author's view, the students' turns.", []),
  ])
  func singleQuotationsAreFoundButApostrophesAreNot(_ line: String, _ expected: [String]) {
    #expect(QuotationCheck.singleQuotations(in: line).map(\.text) == expected)
  }

  @Test func aSingleQuotedAttributionMustBeVerbatim() {
    let bad = ScenarioFixtures.base.replacingFirst(
      "    says: Hello.\n", with: "    says: \"As the author puts it, 'they are allies'.\"\n")
    #expect(
      ScenarioCheckAllTests.messages(bad).contains {
        $0.contains("“they are allies” is attributed to the essay")
      })
    let good = ScenarioFixtures.base.replacingFirst(
      "    says: Hello.\n",
      with: "    says: \"As the author puts it, 'talking about a formal alliance would be inappropriate'.\"\n"
    )
    #expect(ScenarioCheckAllTests.messages(good).isEmpty)
  }
}
