extension Responder {
  /// The reply to a turn the student says was misread: the same claim, judged as `stance`, and
  /// answered anew. Nil when the turn was about no claim (there is nothing to re-answer) or the
  /// stance is the one already judged.
  ///
  /// - Parameter context: the context the turn was first answered in, so the wording is the one
  ///   a turn with that stance would have had.
  public func reanswer(_ reply: Reply, as stance: Stance, context: TurnContext) -> Reply? {
    guard stance != reply.stance, stance != .unrelated, let id = reply.claimID, let claim = map.claim(id)
    else { return nil }
    let evidence =
      reply.evidence.isEmpty
      ? claim.evidence.prefix(3).compactMap { corpus.unit($0) }.map(Citation.init) : reply.evidence
    var explanation = reply.explanation
    explanation.stanceCues.append("corrected by the student: \(reply.stance.rawValue) → \(stance.rawValue)")
    explanation.decision = decision(stance, side: reply.side)
    let parts = writer.reply(
      stance: stance, claim: claim, evidence: evidence, side: reply.side,
      seed: Self.stableHash(reply.utterance), turnIndex: context.turnIndex)
    var corrected = Reply(
      utterance: reply.utterance, stance: stance, claimID: id, evidence: evidence, parts: parts,
      explanation: explanation)
    corrected.side = reply.side
    corrected.speaker = reply.speaker
    corrected.correctedFrom = reply.correctedFrom ?? reply.stance
    return corrected
  }
}
