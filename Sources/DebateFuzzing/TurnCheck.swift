public import DebateEngine

/// What must hold for every reply, whatever the turn: quotes are the text's own units, word
/// for word; an unrelated turn cites nothing; the same turn gets the same reply.
public enum TurnCheck {
  /// The first broken promise for this turn, or nil when the reply keeps them all.
  public static func failure(of turn: String, responder: Responder, context: TurnContext = .none) -> String? {
    let reply = responder.respond(to: turn, context: context)
    for citation in reply.evidence + reply.parts.quotedCitations
    where responder.corpus.unit(citation.ref)?.text != citation.text {
      return "quote \(citation.ref) is not verbatim"
    }
    if reply.stance == .unrelated, !reply.evidence.isEmpty { return "an unrelated turn cites evidence" }
    if responder.respond(to: turn, context: context) != reply { return "the same turn got another reply" }
    return nil
  }
}

extension [ReplyPart] {
  /// The citations quoted in the parts, in order.
  var quotedCitations: [Citation] {
    compactMap { if case .quote(let citation) = $0 { citation } else { nil } }
  }
}
