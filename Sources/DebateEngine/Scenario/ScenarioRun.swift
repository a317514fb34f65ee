/// One playthrough of a scenario, pulled step by step like an ink story.
///
///     var run = ScenarioRun(scenario: scenario, responder: responder, seed: 7)
///     while let event = run.next() {
///       if case .awaitingStudent = event { run.answer("China could mediate") }
///     }
///
/// `next()` yields speaker lines until the student must answer (`.awaitingStudent`, repeated
/// until `answer(_:)` is called) or the run ends (`.ended`, then nil). A value type: copy it to
/// keep a checkpoint, or make a new one to restart.
public struct ScenarioRun: Sendable {
  public let scenario: Scenario
  public let responder: Responder
  /// Every line and answer so far, ready to save.
  public private(set) var transcript: Transcript
  /// The student's answers so far, as judged.
  public private(set) var answers: [ScenarioAnswer] = []

  /// Turns played before the run gives up on a scenario that never ends.
  public static let stepLimit = 1_000

  private var current: String?
  private var awaiting: String?
  private var pending: [ScenarioEvent] = []
  private var finished = false
  private var visits: [String: Int] = [:]
  /// The conversation the student's answers make, read in context like a free debate.
  private var session: DebateSession
  private var claimsVoiced: [String] = []
  /// What the last speaker said: a prompt like "Do you agree with her?" asks about it.
  private var lastLine: String?
  private var generator: SplitMix64
  private var steps = 0

  public init(scenario: Scenario, responder: Responder, seed: UInt64 = 0) {
    self.scenario = scenario
    self.responder = responder
    session = DebateSession(responder: responder)
    generator = SplitMix64(seed: seed)
    current = scenario.start
    transcript = Transcript(text: responder.corpus.title, scenario: scenario.id)
  }

  /// The engine's reply to the student's last answer, as the session judged and worded it.
  public var lastReply: Reply? { session.replies.last }

  /// The student turn waiting for an answer, if any.
  public var awaitingTurnID: String? { awaiting }

  /// Whether the run has ended (or stopped at the step limit).
  public var isFinished: Bool { finished && pending.isEmpty }

  /// The next event, or nil once the run is over.
  public mutating func next() -> ScenarioEvent? {
    if !pending.isEmpty { return pending.removeFirst() }
    if finished { return nil }
    if let awaiting, case .student(let prompt) = scenario.turn(awaiting)?.content {
      return .awaitingStudent(prompt: prompt.text, turnID: awaiting)
    }
    while let id = current, let turn = scenario.turn(id) {
      steps += 1
      if steps > Self.stepLimit {
        finished = true
        return .stepLimitReached(limit: Self.stepLimit, turnID: id)
      }
      if shouldSkip(turn) {
        current = turn.next
        if current == nil { return end(at: turn) }
        continue
      }
      visits[id, default: 0] += 1
      if case .student(let prompt) = turn.content {
        awaiting = id
        current = nil
        return .awaitingStudent(prompt: prompt.text, turnID: id)
      }
      current = turn.next
      let line = line(for: turn)
      if turn.isEnd {
        let ended = end(at: turn)
        guard let line else { return ended }
        pending.append(ended)
        return .line(line)
      }
      if let line { return .line(line) }
    }
    finished = true
    return nil
  }

  /// Judges the student's answer, records it and follows the matching branch. Returns nil (and
  /// changes nothing) when the run is not waiting for the student.
  @discardableResult
  public mutating func answer(_ text: String) -> ScenarioAnswer? {
    guard let id = awaiting, case .student(let prompt) = scenario.turn(id)?.content else { return nil }
    let replier = prompt.replier.flatMap(scenario.speaker)
    let side: Side = replier?.side == .opponent ? .opponent : .essay
    session.side = side
    let reply = session.respond(to: text, answering: prompt.text, after: lastLine)
    let branch = prompt.branches.first { $0.matches(stance: reply.stance, claim: reply.claimID) }
    let answer = ScenarioAnswer(
      turnID: id, text: reply.utterance, stance: reply.stance, claimID: reply.claimID,
      next: branch?.next ?? prompt.fallback)
    answers.append(answer)
    let student = scenario.turn(id)?.speaker.flatMap(scenario.speaker)
    transcript.entries.append(
      TranscriptEntry(
        turn: id, speaker: student?.name ?? "Student", role: .student, text: answer.text,
        claim: answer.claimID, stance: answer.stance))
    if let replier {
      let line = ScenarioLine(turnID: id, speaker: replier, parts: reply.parts, claimID: reply.claimID)
      record(line)
      pending.append(.line(line))
    }
    awaiting = nil
    current = answer.next
    return answer
  }

  private func shouldSkip(_ turn: ScenarioTurn) -> Bool {
    if turn.once, visits[turn.id, default: 0] > 0 { return true }
    guard let condition = turn.condition else { return false }
    if let claim = condition.said, !answers.contains(where: { $0.claimID == claim }) { return true }
    if let stance = condition.stance {
      let judged = condition.turn.map { id in answers.last { $0.turnID == id } } ?? answers.last
      if judged?.stance != stance { return true }
    } else if let id = condition.turn, !answers.contains(where: { $0.turnID == id }) {
      return true
    }
    if let visited = condition.visited, visits[visited, default: 0] == 0 { return true }
    return false
  }

  private mutating func end(at turn: ScenarioTurn) -> ScenarioEvent {
    finished = true
    current = nil
    return .ended(
      ScenarioSummary.make(
        scenario: scenario, endTurn: turn.id, answers: answers, extraClaims: claimsVoiced,
        map: responder.map, transcript: transcript))
  }

  private mutating func line(for turn: ScenarioTurn) -> ScenarioLine? {
    guard let speaker = turn.speaker.flatMap(scenario.speaker) else { return nil }
    var claimID: String?
    let parts: [ReplyPart]
    switch turn.content {
    case .says(let alternatives):
      let index = alternatives.count > 1 ? generator.index(below: alternatives.count) : 0
      parts = [.prose(alternatives[index])]
    case .quote(let refs):
      parts = refs.compactMap { responder.corpus.unit($0).map { .quote(Citation($0)) } }
    case .answer(let id):
      claimID = id
      if !claimsVoiced.contains(id) { claimsVoiced.append(id) }
      parts = responder.map.claim(id).map { position(on: $0, side: speaker.side) } ?? []
    case .student, .silent:
      return nil
    }
    let line = ScenarioLine(turnID: turn.id, speaker: speaker, parts: parts, claimID: claimID)
    record(line)
    return line
  }

  /// The essay's view with its evidence; an opponent states the opposing view instead, quoting
  /// where the essay reports it.
  private func position(on claim: Claim, side: SpeakerRole) -> [ReplyPart] {
    let opposing = side == .opponent
    let view = opposing ? (claim.opposingView ?? claim.statement) : claim.view
    let refs = opposing && !claim.opposingRefs.isEmpty ? claim.opposingRefs : claim.evidence
    let quotes = refs.compactMap { responder.corpus.unit($0).map { ReplyPart.quote(Citation($0)) } }
    return [.prose(view)] + quotes
  }

  private mutating func record(_ line: ScenarioLine) {
    lastLine = line.parts.map { part in
      switch part {
      case .prose(let words): words
      case .quote(let citation): citation.text
      }
    }.joined(separator: " ")
    transcript.entries.append(
      TranscriptEntry(
        turn: line.turnID, speaker: line.speaker.name, role: line.speaker.side, text: line.text,
        refs: line.refs.map(\.description), claim: line.claimID))
  }
}
