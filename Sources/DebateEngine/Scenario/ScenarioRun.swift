/// One playthrough of a scenario, pulled step by step like an ink story.
///
///     var run = ScenarioRun(scenario: scenario, responder: responder, seed: 7)
///     while let event = run.next() {
///       if case .awaitingStudent = event { run.answer("China could mediate") }
///     }
///
/// `next()` yields speaker lines until the student must answer (`.awaitingStudent`, repeated
/// until `answer(_:)` is called; then `.answered` and the reply) or the run ends (`.ended`, then
/// nil). The student's turns are answered by the `DebateSession` it wraps, which keeps the
/// replies and the transcript. A value type: copy it to keep a checkpoint, or make a new one to
/// restart.
public struct ScenarioRun: Sendable {
  public let scenario: Scenario
  public let seed: UInt64
  /// The conversation the student's answers make, read in context like a free debate; it keeps
  /// the replies and the transcript.
  public private(set) var session: DebateSession
  /// The student's answers so far, as judged.
  public private(set) var answers: [ScenarioAnswer] = []

  /// Turns played before the run gives up on a scenario that never ends.
  public static let stepLimit = 1_000

  private var current: String?
  private var awaiting: String?
  private var pending: [ScenarioEvent] = []
  private var finished = false
  private var visits: [String: Int] = [:]
  private var claimsVoiced: [String] = []
  /// What the last speaker said: a prompt like "Do you agree with her?" asks about it.
  private var lastLine: String?
  /// The sentences the reply to the student just quoted: an `answer:` turn right after it does
  /// not quote them again.
  private var lastQuoted: [UnitRef] = []
  private var generator: SplitMix64
  private var steps = 0

  public init(scenario: Scenario, responder: Responder, seed: UInt64 = 0) {
    self.scenario = scenario
    self.seed = seed
    var transcript = Transcript(text: responder.corpus.title, scenario: scenario.id)
    transcript.title = scenario.title
    transcript.motion = scenario.motion
    transcript.seed = seed
    session = DebateSession(responder: responder, side: .essay, transcript: transcript)
    generator = SplitMix64(seed: seed)
    current = scenario.start
  }

  public var responder: Responder { session.responder }

  /// Every line and answer so far, and the summary once the run has ended.
  public var transcript: Transcript { session.transcript }

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

  /// The events up to the next student turn (the `.awaitingStudent` last) or to the end.
  public mutating func advance() -> [ScenarioEvent] {
    var events: [ScenarioEvent] = []
    while let event = next() {
      events.append(event)
      if case .awaitingStudent = event { break }
    }
    return events
  }

  /// Plays the run to its end, each student turn answered by `answering` (given the turn id);
  /// stops early, after its `.awaitingStudent`, when `answering` has no answer. The one driving
  /// loop of `debate play` and `debate replay`.
  public mutating func autoplay(answering: (String) -> String?) -> [ScenarioEvent] {
    autoplay(replaying: { turnID in answering(turnID).map { ($0, nil) } })
  }

  /// Like `autoplay(answering:)`, each answer with the stance the student corrected it to, if
  /// they did: `debate replay` re-plays a corrected turn as it was corrected.
  public mutating func autoplay(replaying answering: (String) -> (text: String, correctedTo: Stance?)?)
    -> [ScenarioEvent]
  {
    var events: [ScenarioEvent] = []
    while true {
      let step = advance()
      events += step
      guard case .awaitingStudent(_, let turnID)? = step.last, let given = answering(turnID),
        answer(given.text, correctedTo: given.correctedTo) != nil
      else { return events }
    }
  }

  /// Judges the student's answer, records it and follows the matching branch; the next events
  /// are `.answered` and the reply, if the turn has a replier. Returns nil (and changes nothing)
  /// when the run is not waiting for the student.
  @discardableResult
  ///
  /// - Parameter stance: the stance the student says they meant, when they correct how the
  ///   engine read this answer (`/agree` after the fact: the REPL answers again from a copy of
  ///   the run taken before the answer). The branch follows the corrected stance.
  public mutating func answer(_ text: String, correctedTo stance: Stance? = nil) -> ScenarioAnswer? {
    guard let id = awaiting, case .student(let prompt) = scenario.turn(id)?.content else { return nil }
    let replier = prompt.replier.flatMap(scenario.speaker)
    session.side = Side(arguing: replier?.side ?? .essay)
    session.replier = replier
    session.student = scenario.turn(id)?.speaker.flatMap(scenario.speaker) ?? .student
    var reply = session.answer(
      text, answering: prompt.text, after: lastLine, turn: id, spoken: replier != nil)
    if let stance, let corrected = session.correct(.stance(stance)) { reply = corrected }
    let branch = prompt.branches.first { $0.matches(stance: reply.stance, claim: reply.claimID) }
    let answer = ScenarioAnswer(
      turnID: id, text: reply.utterance, stance: reply.stance, claimID: reply.claimID,
      next: branch?.next ?? prompt.fallback)
    answers.append(answer)
    session.recordNext(answer.next)
    pending.append(.answered(answer))
    if let replier {
      let line = ScenarioLine(turnID: id, speaker: replier, parts: reply.parts, claimID: reply.claimID)
      remember(line, reply: true)
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
    let summary = ScenarioSummary.make(
      scenario: scenario, endTurn: turn.id, answers: answers, extraClaims: claimsVoiced,
      map: responder.map, transcript: transcript)
    session.recordSummary(summary)
    return .ended(summary)
  }

  private mutating func line(for turn: ScenarioTurn) -> ScenarioLine? {
    guard let speaker = turn.speaker.flatMap(scenario.speaker) else { return nil }
    var claimID: String?
    let parts: [ReplyPart]
    switch turn.content {
    case .says(let alternatives):
      let index = alternatives.count > 1 ? generator.index(below: alternatives.count) : 0
      parts = [.prose(ScenarioTurn.paraphraseLabel(turn.paraphrases) + alternatives[index])]
    case .quote(let refs):
      parts = refs.compactMap { responder.corpus.unit($0).map { .quote(Citation($0)) } }
    case .answer(let id):
      claimID = id
      if !claimsVoiced.contains(id) { claimsVoiced.append(id) }
      parts = responder.map.claim(id).map { position(on: $0, side: Side(arguing: speaker.side)) } ?? []
    case .student, .silent:
      return nil
    }
    let line = ScenarioLine(turnID: turn.id, speaker: speaker, parts: parts, claimID: claimID)
    session.record(line)
    remember(line, reply: false)
    // A paraphrase's label is for the reader; the next answer is read after its words alone.
    if !turn.paraphrases.isEmpty, case .prose(let words)? = parts.first {
      lastLine = String(words.dropFirst(ScenarioTurn.paraphraseLabel(turn.paraphrases).count))
    }
    return line
  }

  /// The essay's view with its evidence; an opponent states the opposing view instead, quoting
  /// where the essay reports it. Sentences the line just before quoted are not quoted again.
  private func position(on claim: Claim, side: Side) -> [ReplyPart] {
    let leading = claim.leadingRefs(arguing: side)
    let view = side == .opponent ? (claim.opposingView ?? claim.statement) : claim.view
    let refs = (leading.isEmpty ? claim.evidence : leading).filter { !lastQuoted.contains($0) }
    let quotes = refs.compactMap { responder.corpus.unit($0).map { ReplyPart.quote(Citation($0)) } }
    return [.prose(view)] + quotes
  }

  private mutating func remember(_ line: ScenarioLine, reply: Bool) {
    lastLine = line.parts.map { part in
      switch part {
      case .prose(let words): words
      case .quote(let citation): citation.text
      }
    }.joined(separator: " ")
    lastQuoted = reply ? line.refs : []
  }
}
