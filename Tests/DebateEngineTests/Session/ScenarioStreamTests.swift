import DebateEngine
import Foundation
import Testing

/// A scenario run's complete event stream: the judged answer is an event, one autoplay drives
/// it, and its transcript is the session's, with prompts, judgments and the summary.
struct ScenarioStreamTests {
  static let catalog = ScenarioCatalog(
    sources: ScenarioCatalog.shippedSources,
    loader: ScenarioLoader(corpus: ScenarioFixtures.responder.corpus, map: ScenarioFixtures.responder.map))

  static func run(_ name: String, seed: UInt64 = 0) throws -> ScenarioRun {
    ScenarioRun(
      scenario: try #require(catalog.scenario(named: name)), responder: ScenarioFixtures.responder, seed: seed
    )
  }

  static func samples(_ run: ScenarioRun) -> (String) -> String? {
    { id in if case .student(let prompt) = run.scenario.turn(id)?.content { prompt.sample } else { nil } }
  }

  @Test func theJudgedAnswerIsAnEventBeforeTheReply() throws {
    var run = try Self.run("chinese-mediation")
    _ = run.advance()
    let judged = run.answer("China could mediate, because Putin listens to Xi.")
    let answer = try #require(judged)
    #expect(run.next() == .answered(answer))
    guard case .line(let reply)? = run.next() else {
      Issue.record("no reply after the answer")
      return
    }
    #expect(reply.turnID == answer.turnID && reply.speaker.side == .essay)
  }

  @Test func autoplayStopsAtATurnWithNoAnswer() throws {
    var run = try Self.run("chinese-mediation")
    let events = run.autoplay(answering: { _ in nil })
    guard case .awaitingStudent(_, let turnID)? = events.last else {
      Issue.record("did not stop at the student's turn")
      return
    }
    #expect(turnID == "ask")
    #expect(run.awaitingTurnID == "ask")
  }

  @Test func theTranscriptCarriesPromptsJudgmentsTheSummaryAndTheEngine() throws {
    var run = try Self.run("chinese-mediation", seed: 3)
    let events = run.autoplay(answering: Self.samples(run))
    guard case .ended(let summary)? = events.last else {
      Issue.record("did not end")
      return
    }
    let transcript = run.transcript
    #expect(transcript.summary == summary)
    #expect(transcript.engine == EngineVersion.name && transcript.seed == 3)
    #expect(transcript.title == "Could Beijing mediate?")
    let students = transcript.entries.filter { $0.role == .student }
    #expect(
      students.map(\.prompt) == [
        "Could Beijing play the role of mediator? Say what you think and why.",
        "Does this war need a mediator at all?",
      ])
    #expect(students.allSatisfy { $0.stance == .disagree && $0.claim == "mediator" && $0.next != nil })
    let answers = events.compactMap { if case .answered(let answer) = $0 { answer } else { nil } }
    #expect(students.map(\.next) == answers.map(\.next))
  }

  @Test func anAnswerTurnRightAfterAReplyDoesNotQuoteItsSentencesAgain() throws {
    // `ask` replies through the essay, then `pushed` states the essay's view of the claim.
    let lines = ScenarioRunTests.play(["China could mediate, because Putin listens to Xi."])
      .compactMap { event -> ScenarioLine? in if case .line(let line) = event { line } else { nil } }
    let reply = try #require(lines.first { $0.turnID == "ask" })
    let view = try #require(lines.first { $0.turnID == "pushed" })
    let claim = try #require(ScenarioFixtures.responder.map.claim("mediator"))
    #expect(!reply.refs.isEmpty)
    #expect(claim.evidence.contains { reply.refs.contains($0) })
    #expect(view.refs.allSatisfy { !reply.refs.contains($0) })
    #expect(view.parts.first == .prose(claim.view))
  }

  @Test func aCorrectedAnswerFollowsTheBranchForTheCorrectedStance() throws {
    var run = try Self.run("chinese-mediation")
    _ = run.advance()
    let checkpoint = run
    let judged = run.answer("I am not sure")
    #expect(judged?.stance == .neutral)
    var corrected = checkpoint
    let answer = corrected.answer("I am not sure", correctedTo: .disagree)
    #expect(answer?.stance == .disagree && answer?.next == "push-back")
    let student = try #require(corrected.transcript.entries.first { $0.role == .student })
    #expect(student.stance == .disagree && student.correctedFrom == .neutral && student.next == "push-back")
    _ = corrected.autoplay(answering: Self.samples(corrected))
    let replayer = TranscriptReplayer(responder: ScenarioFixtures.responder)
    let saved = corrected.transcript
    #expect(replayer.changes(from: saved, to: replayer.replay(saved, scenario: corrected.scenario)).isEmpty)
  }

  @Test func eventsRoundTripThroughTheirJSON() throws {
    var run = try Self.run("wedge-driving")
    for event in run.autoplay(answering: Self.samples(run)) {
      let line = try OrderedJSONEncoder().encode(event)
      #expect(line.hasPrefix(#"{"event":"#))
      #expect(try JSONDecoder().decode(ScenarioEvent.self, from: Data(line.utf8)) == event)
    }
  }

  @Test func aScenarioTranscriptReplaysWithItsSeed() throws {
    var run = try Self.run("chinese-mediation", seed: 5)
    _ = run.autoplay(answering: Self.samples(run))
    let replayer = TranscriptReplayer(responder: ScenarioFixtures.responder)
    let again = replayer.replay(run.transcript, scenario: run.scenario)
    #expect(again == run.transcript)
  }
}

/// The encoder behind every JSON contract: keys in the order written, text escaped as JSON.
struct OrderedJSONEncoderTests {
  struct Record: Encodable {
    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: Key.self)
      try c.encode("é \"q\" \\ /\n\u{1}", forKey: .zeta)
      try c.encode(1.5, forKey: .alpha)
      try c.encodeNil(forKey: .mid)
      try c.encode([true, false], forKey: .beta)
    }
    enum Key: String, CodingKey { case zeta, alpha, mid, beta }
  }

  @Test func keysComeInTheOrderWritten() throws {
    let text = try OrderedJSONEncoder().encode(Record())
    #expect(text == #"{"zeta":"é \"q\" \\ /\n\u0001","alpha":1.5,"mid":null,"beta":[true,false]}"#)
    #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil)
  }
}
