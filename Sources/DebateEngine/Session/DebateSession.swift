/// A free debate between a student and the engine: the turns so far and the side argued.
///
/// Pulled one turn at a time (`respond(to:)`); the earlier turns are the context the responder
/// uses to resolve follow-ups such as "why?" or "but they are allies".
public struct DebateSession: Sendable {
  public let responder: Responder
  public var side: Side
  public private(set) var replies: [Reply] = []
  /// The side the engine argued in each reply: `/side` may change between turns.
  private var sides: [Side] = []

  public init(responder: Responder, side: Side = .essay) {
    self.responder = responder
    self.side = side
  }

  /// Answers one student turn and records it.
  @discardableResult
  public mutating func respond(to utterance: String) -> Reply {
    let reply = responder.respond(to: utterance, context: replies, side: side)
    replies.append(reply)
    sides.append(side)
    return reply
  }

  /// Forgets the turns so far; the side stays.
  public mutating func clear() {
    replies.removeAll()
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
