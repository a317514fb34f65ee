import DebateEngine
import Testing

/// The runner: events in order, branching on the judged answer, conditions, seeds, limits.
struct ScenarioRunTests {
  static let scenario = try! ScenarioFixtures.load(
    """
    id: run
    title: Run
    motion: Beijing could mediate.
    claims: [mediator]
    cast:
      - {id: m, name: Mod, side: moderator}
      - {id: o, name: Opp, side: opponent}
      - {id: e, name: Essay, side: essay}
      - {id: s, name: Student, side: student}
    turns:
      - id: open
        speaker: o
        lines: [One., Two., Three., Four.]
        next: ask
      - id: ask
        speaker: s
        prompt: Could Beijing mediate?
        reply: e
        branches:
          - {stance: disagree, claim: mediator, next: pushed}
          - {stance: agree, next: agreed}
        default: hint
      - id: hint
        speaker: m
        once: true
        says: Say yes or no.
        next: ask
      - id: pushed
        speaker: e
        answer: mediator
        next: noted
      - id: agreed
        speaker: m
        says: Agreed.
        next: noted
      - id: noted
        speaker: m
        when: {stance: disagree, turn: ask}
        says: You took the other side.
        next: fin
      - id: fin
        end: true

    """)

  static func play(_ answers: [String], seed: UInt64 = 0) -> [ScenarioEvent] {
    var run = ScenarioRun(scenario: scenario, responder: ScenarioFixtures.responder, seed: seed)
    var remaining = answers[...]
    var events: [ScenarioEvent] = []
    while let event = run.next(), events.count < 100 {
      events.append(event)
      if case .awaitingStudent = event {
        guard let answer = remaining.popFirst() else { break }
        run.answer(answer)
      }
    }
    return events
  }

  /// The turn of each event, the student's judged answers left out.
  static func turns(_ events: [ScenarioEvent]) -> [String] {
    events.compactMap { event in
      switch event {
      case .answered: nil
      case .line(let line): line.turnID
      case .awaitingStudent(_, let turnID): "?" + turnID
      case .ended(let summary): "end@" + summary.turnID
      case .stepLimitReached(_, let turnID): "limit@" + turnID
      }
    }
  }

  @Test func disagreeingFollowsTheClaimBranch() {
    let events = Self.play(["China could mediate, because Putin listens to Xi."])
    #expect(Self.turns(events) == ["open", "?ask", "ask", "pushed", "noted", "end@fin"])
    guard case .ended(let summary) = events.last else {
      Issue.record("no end")
      return
    }
    #expect(summary.points.map(\.claimID) == ["mediator"])
    #expect(summary.points.first?.stances == [.disagree])
    #expect(summary.points.first?.evidence.map(\.description) == ["¶2.5"])
  }

  @Test func agreeingSkipsTheConditionedTurn() {
    let events = Self.play(["Beijing is no mediator, that is absurd."])
    #expect(Self.turns(events) == ["open", "?ask", "ask", "agreed", "end@fin"])
  }

  @Test func unclearAnswersGetTheHintOnceThenLoopBackToTheQuestion() {
    let events = Self.play(["I like turtles.", "No idea at all.", "Beijing is no mediator, that is absurd."])
    #expect(
      Self.turns(events) == [
        "open", "?ask", "ask", "hint", "?ask", "ask", "?ask", "ask", "agreed", "end@fin",
      ])
  }

  @Test func awaitingRepeatsUntilAnswered() {
    var run = ScenarioRun(scenario: Self.scenario, responder: ScenarioFixtures.responder)
    _ = run.next()
    let prompt = ScenarioEvent.awaitingStudent(prompt: "Could Beijing mediate?", turnID: "ask")
    #expect(run.next() == prompt)
    #expect(run.next() == prompt)
    #expect(run.awaitingTurnID == "ask")
  }

  @Test func answerWithoutAPromptChangesNothing() {
    var run = ScenarioRun(scenario: Self.scenario, responder: ScenarioFixtures.responder)
    #expect(run.answer("hello") == nil)
    #expect(run.answers.isEmpty)
  }

  @Test func authoredLinesAreProseAndQuotesCarryRefs() {
    let events = Self.play(["China could mediate, because Putin listens to Xi."])
    guard case .line(let opening) = events[0], case .line(let answer) = events[3] else {
      Issue.record("unexpected events")
      return
    }
    #expect(opening.refs.isEmpty)
    #expect(answer.refs.map(\.description) == ["¶2.5"])
    for case .quote(let citation) in answer.parts {
      #expect(ScenarioFixtures.responder.corpus.containsVerbatim(citation.text))
    }
  }

  @Test func theSameSeedGivesTheSameRunAndSeedsVary() {
    let answers = ["China could mediate, because Putin listens to Xi."]
    #expect(Self.play(answers, seed: 42) == Self.play(answers, seed: 42))
    let openings = Set(
      (0..<16).map { seed -> String in
        guard case .line(let line) = Self.play(answers, seed: UInt64(seed)).first else { return "" }
        return line.text
      })
    #expect(openings.count > 1)
  }

  @Test func splitMix64MatchesTheReferenceSequence() {
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
  }

  @Test func recordsATranscriptWithTurnIds() {
    var run = ScenarioRun(scenario: Self.scenario, responder: ScenarioFixtures.responder)
    while let event = run.next() {
      if case .awaitingStudent = event { run.answer("China could mediate, because Putin listens to Xi.") }
    }
    #expect(run.transcript.scenario == "run")
    #expect(run.transcript.entries.map(\.turn) == ["open", "ask", "ask", "pushed", "noted"])
    #expect(run.transcript.entries[1].role == .student)
    #expect(run.transcript.entries[1].stance == .disagree)
    #expect(run.isFinished)
  }

  @Test func aRunThatNeverEndsStopsAtTheStepLimit() {
    var run = ScenarioRun(scenario: Self.scenario, responder: ScenarioFixtures.responder)
    var last: ScenarioEvent?
    var count = 0
    while let event = run.next(), count < 10 * ScenarioRun.stepLimit {
      count += 1
      last = event
      if case .awaitingStudent = event { run.answer("I like turtles.") }
    }
    guard case .stepLimitReached(let limit, _) = last else {
      Issue.record("no step limit: \(String(describing: last))")
      return
    }
    #expect(limit == ScenarioRun.stepLimit)
    #expect(run.next() == nil)
  }
}
