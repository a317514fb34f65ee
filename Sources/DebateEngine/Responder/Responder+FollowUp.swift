extension Responder {
  /// A reply to "why?", "I disagree" or "true" about the claim of the previous reply, quoting
  /// a sentence the student has not been shown yet when there is one.
  func answer(
    _ followUp: FollowUp, to utterance: String, about claim: Claim, after context: TurnContext, side: Side,
    seed: UInt64, _ explanation: Explanation
  ) -> Reply {
    var explanation = explanation
    let stance = followUp.stance(afterEngineArgued: side)
    let shown = context.shownRefs
    let fresh = claim.evidence.filter { !shown.contains($0) } + claim.evidence.filter { shown.contains($0) }
    let evidence = fresh.prefix(2).compactMap { corpus.unit($0) }.map(Citation.init)
    explanation.stanceCues.append("a follow-up to the last reply, on \(claim.id): \(followUp)")
    explanation.decision = decision(stance, side: side)
    let parts = writer.reply(
      stance: stance, claim: claim, evidence: evidence, side: side, seed: seed, turnIndex: context.turnIndex)
    var reply = Reply(
      utterance: utterance, stance: stance, claimID: claim.id, evidence: evidence, parts: parts,
      explanation: explanation)
    reply.facts.kind = .followUp
    return reply
  }
}
