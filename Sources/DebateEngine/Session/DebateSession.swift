/// A free debate between a student and the engine: the turns so far and the side argued.
///
/// Pulled one turn at a time (`respond(to:)`); the earlier turns are the context the responder
/// uses to resolve follow-ups such as "why?" or "but they are allies".
public struct DebateSession: Sendable {
  public let responder: Responder
  public var side: Side
  public private(set) var replies: [Reply] = []
  /// Where the conversation stands, kept as it goes so each turn costs the same however long
  /// the session has run.
  public private(set) var context = TurnContext.none
  /// The side the engine argued in each reply: `/side` may change between turns.
  private var sides: [Side] = []
  /// What the partner remembers: commitments, quotes used, counterarguments made.
  public private(set) var dialogue = DialogueState()

  public init(responder: Responder, side: Side = .essay) {
    self.responder = responder
    self.side = side
  }

  /// Answers one student turn and records it.
  /// - Parameters:
  ///   - question: what the student was asked, if anything (a scenario's prompt).
  ///   - lead: the line spoken just before the question.
  @discardableResult
  public mutating func respond(
    to utterance: String, answering question: String? = nil, after lead: String? = nil
  )
    -> Reply
  {
    var current = context
    if let question {
      current.question = question
      current.lead = lead
    }
    let reading = responder.respond(to: utterance, context: current, side: side)
    let reply = DebatePartner(responder: responder).reply(
      to: reading, side: side, scripted: question != nil, state: &dialogue)
    replies.append(reply)
    context = current.recording(reply)
    sides.append(side)
    return reply
  }

  /// Forgets the turns so far; the side stays.
  public mutating func clear() {
    replies.removeAll()
    context = .none
    dialogue = DialogueState()
    sides.removeAll()
  }

  /// The session as a transcript: each student turn followed by the engine's reply.
  public var transcript: Transcript {
    var transcript = Transcript(text: responder.corpus.title)
    for (reply, side) in zip(replies, sides) {
      let engineRole: SpeakerRole = side == .essay ? .essay : .opponent
      transcript.entries.append(
        TranscriptEntry(
          speaker: "Student", role: .student, text: reply.utterance, claim: reply.claimID,
          stance: reply.stance))
      transcript.entries.append(
        TranscriptEntry(
          speaker: side == .essay ? "Essay" : "Opponent", role: engineRole, text: reply.text,
          refs: reply.quotedRefs.map(\.description), claim: reply.claimID))
    }
    return transcript
  }
}
