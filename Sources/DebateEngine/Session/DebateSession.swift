/// A debate between a student and the engine, free or inside a scenario: the one place the
/// replies, the side each argued, who spoke them and the transcript are kept.
///
/// Pulled one turn at a time (`respond(to:)`); the earlier turns are the context the responder
/// uses to resolve follow-ups such as "why?" or "but they are allies". A `ScenarioRun` wraps
/// one and adds the cast's lines.
public struct DebateSession: Sendable {
  public let responder: Responder
  /// The side the engine argues from the next turn on.
  public var side: Side
  /// Who speaks the engine's replies; nil for the essay or its opponent, by `side`.
  public var replier: ScenarioSpeaker?
  /// The person at the keyboard, as a scenario's cast may name them.
  public var student: ScenarioSpeaker = .student
  /// Every reply, each with the side it argued and its speaker.
  public private(set) var replies: [Reply] = []
  /// Every line so far, ready to save.
  public private(set) var transcript: Transcript
  /// Where the conversation stands, kept as it goes so each turn costs the same however long
  /// the session has run.
  public private(set) var context = TurnContext.none
  /// The context the last turn was answered in, to answer it again when it is corrected.
  private var contextBeforeLast = TurnContext.none
  /// The transcript entry of the last student turn, and whether its reply was spoken after it.
  private var lastTurn: (entry: Int, spoken: Bool)?
  /// What the partner remembers: commitments, quotes used, counterarguments made.
  public private(set) var dialogue = DialogueState()

  public init(responder: Responder, side: Side = .essay) {
    self.init(responder: responder, side: side, transcript: Transcript(text: responder.corpus.title))
  }

  init(responder: Responder, side: Side, transcript: Transcript) {
    self.responder = responder
    self.side = side
    self.transcript = transcript
  }

  /// Answers one student turn and records it; a turn such as "no, I meant the opposite"
  /// corrects the last one instead (see `correct(_:)`).
  /// - Parameters:
  ///   - question: what the student was asked, if anything (a scenario's prompt).
  ///   - lead: the line spoken just before the question.
  @discardableResult
  public mutating func respond(
    to utterance: String, answering question: String? = nil, after lead: String? = nil
  )
    -> Reply
  {
    if let correction = Correction(turn: utterance), let corrected = correct(correction) { return corrected }
    return answer(utterance, answering: question, after: lead, turn: nil, spoken: true)
  }

  /// Answers a turn without reading it as a correction: a scenario's student turns.
  mutating func answer(
    _ utterance: String, answering question: String?, after lead: String?, turn: String?, spoken: Bool
  ) -> Reply {
    var current = context
    if let question {
      current.question = question
      current.lead = lead
    }
    let reading = responder.respond(to: utterance, context: current, side: side)
    var reply = DebatePartner(responder: responder).reply(
      to: reading, side: side, scripted: question != nil, state: &dialogue)
    reply.side = side
    reply.speaker = replier ?? .engine(side)
    replies.append(reply)
    contextBeforeLast = current
    context = current.recording(reply)
    var entry = TranscriptEntry(
      turn: turn, speaker: student, parts: [.prose(reply.utterance)], claim: reply.claimID)
    entry.stance = reply.stance
    entry.prompt = question
    lastTurn = (transcript.entries.count, spoken)
    transcript.entries.append(entry)
    if spoken { transcript.entries.append(Self.entry(for: reply, turn: turn)) }
    return reply
  }

  /// Re-judges the last turn as the student says they meant it, answers it again and marks the
  /// correction in the transcript (`correctedFrom`), so a teacher sees where the engine misread.
  /// Nil, changing nothing, when there is no turn to correct, it was about no claim, or the
  /// correction asks for the stance already judged.
  @discardableResult
  public mutating func correct(_ correction: Correction) -> Reply? {
    guard let last = replies.last, let turn = lastTurn,
      let stance = correction.stanceMeant(judged: last.stance),
      let corrected = responder.reanswer(last, as: stance, context: contextBeforeLast)
    else { return nil }
    replies[replies.count - 1] = corrected
    context = contextBeforeLast.recording(corrected)
    transcript.entries[turn.entry].stance = corrected.stance
    transcript.entries[turn.entry].correctedFrom = corrected.correctedFrom
    if turn.spoken {
      transcript.entries[turn.entry + 1] = Self.entry(
        for: corrected, turn: transcript.entries[turn.entry].turn)
    }
    return corrected
  }

  /// The engine's reply as a transcript line, with the partner's moves and recalls.
  private static func entry(for reply: Reply, turn: String?) -> TranscriptEntry {
    var entry = TranscriptEntry(turn: turn, speaker: reply.speaker, parts: reply.parts, claim: reply.claimID)
    entry.moves = reply.moves
    entry.recalls = reply.recalls
    return entry
  }

  /// Records a line a scenario's cast speaks.
  mutating func record(_ line: ScenarioLine) {
    transcript.entries.append(
      TranscriptEntry(turn: line.turnID, speaker: line.speaker, parts: line.parts, claim: line.claimID))
  }

  /// Records where the last student turn led in a scenario.
  mutating func recordNext(_ next: String) {
    guard let turn = lastTurn else { return }
    transcript.entries[turn.entry].next = next
  }

  /// Records how the scenario closed.
  mutating func recordSummary(_ summary: ScenarioSummary) { transcript.summary = summary }

  /// Forgets the turns so far; the side stays.
  public mutating func clear() {
    replies.removeAll()
    context = .none
    contextBeforeLast = .none
    lastTurn = nil
    transcript.entries.removeAll()
    transcript.summary = nil
    dialogue = DialogueState()
  }
}
