/// A turn about the conversation or about the essay as a whole, rather than about one of its
/// claims: "I don't know", "what do you mean?", "another argument, please", "where does it say
/// that?", "what's the central claim?", "what does the subtitle mean?".
enum ConversationTurn: Equatable, Sendable {
  /// No position yet: offer one to weigh.
  case undecided
  /// The last reply was unclear: say it again in plain words.
  case clarify
  /// The next point, please.
  case nextPoint
  /// Where the text says so.
  case source
  /// The essay's central claim.
  case thesis
  /// A part of the text: `title`, `subtitle`, `caption`, `opening`, `ending`.
  case part(String)

  /// The longest turn read this way: anything longer says something of its own.
  static let wordLimit = 12

  init?(_ text: AnalyzedText) {
    // "I honestly don't know": adverbs inside the phrase do not change it.
    let words = text.tokens.map(\.word).filter { !EnglishCues.phraseAdverbs.contains($0) }
    guard !words.isEmpty, text.tokens.count <= Self.wordLimit else { return nil }
    func has(_ phrases: [[String]]) -> Bool {
      words.indices.contains { i in phrases.contains { words[i...].starts(with: $0) } }
    }
    if let part = EnglishCues.textParts.first(where: { has($0.phrases) }) {
      self = .part(part.part)
    } else if has(EnglishCues.thesisRequests) {
      self = .thesis
    } else if has(EnglishCues.sourceRequests) {
      self = .source
    } else if has(EnglishCues.clarificationRequests) {
      self = .clarify
    } else if has(EnglishCues.nextPointRequests) {
      self = .nextPoint
    } else if has(EnglishCues.undecidedTurns) {
      self = .undecided
    } else {
      return nil
    }
  }

  /// The request as the partner sees it.
  var request: ConversationRequest {
    switch self {
    case .undecided: .undecided
    case .clarify: .clarification
    case .nextPoint: .nextPoint
    case .source: .source
    case .thesis, .part: .aboutText
    }
  }

  /// Whether the turn is about the dialogue itself, whatever claim words it also uses.
  var isAboutTheDialogue: Bool {
    switch self {
    case .undecided, .clarify, .nextPoint, .source: true
    case .thesis, .part: false
    }
  }
}

extension Responder {
  /// The reply to a turn about the conversation or the essay as a whole; nil when the turn is
  /// not one, or when it argues a claim of its own (`judged` is what the turn said alone).
  func conversationReply(
    _ analysed: AnalyzedText, _ cleaned: String, judged: Reply, context: TurnContext, seed: UInt64
  ) -> (Reply, ConversationRequest)? {
    guard let turn = ConversationTurn(analysed) else { return nil }
    // "Does the Axis in the title mean the same as in the war?" is about a claim, not the title.
    if !turn.isAboutTheDialogue, judged.stance != .unrelated, judged.claimID != nil,
      (judged.explanation.claims.first?.score ?? 0) >= 2
    {
      return nil
    }
    if turn.isAboutTheDialogue, judged.stance == .agree || judged.stance == .disagree { return nil }
    let current = context.followUpClaimID.flatMap(map.claim)
    let pick = { (options: [String]) -> String in
      options[Int((seed &+ UInt64(context.turnIndex)) % UInt64(options.count))]
    }
    var claim: Claim?
    var quotes: [CitableUnit] = []
    var prose: String
    switch turn {
    case .part(let name):
      let unit: CitableUnit?
      switch name {
      case "opening": unit = corpus.units.first { $0.kind == .sentence }
      case "ending": unit = corpus.units.last { $0.kind == .sentence }
      default: unit = corpus.unit(.front(name))
      }
      guard let unit else { return nil }
      quotes = [unit]
      prose = pick(["Here it is, word for word:", "The text reads:", "In the text's own words:"])
    case .thesis:
      claim = map.thesis
      prose =
        pick(["The essay's central claim, in short: ", "What the essay argues, at its core: "])
        + (claim?.view ?? "")
    case .undecided:
      claim = current ?? map.thesis
      prose =
        pick([
          "That's fine; take a moment. Here is something to weigh: ",
          "No need to decide at once. Start from this: ",
        ]) + (claim?.view ?? "") + " Do you find that convincing?"
    case .clarify:
      claim = current
      prose =
        current.map { "Put plainly: " + $0.view }
        ?? "Nothing to explain yet: tell me what you think of one of the essay's claims, or ask about one."
    case .nextPoint:
      claim = nextClaim(after: current, shown: context.shownRefs)
      prose = pick(["Here is another point the essay makes: ", "Another argument: "]) + (claim?.view ?? "")
    case .source:
      claim = current
      quotes = current.map { $0.evidence.prefix(2).compactMap(corpus.unit) } ?? []
      prose =
        current == nil
        ? "Say which point you mean, and I will show you the sentence." : "The text says so here:"
    }
    // Before anything has been discussed, a turn about the dialogue has nothing to quote: the
    // reply offers a starting point in words, and quotes once there is a claim to quote for.
    let quoting = !turn.isAboutTheDialogue || current != nil
    if let claim, quotes.isEmpty, quoting {
      let fresh = claim.evidence.filter { !context.shownRefs.contains($0) } + claim.evidence
      quotes = fresh.prefix(1).compactMap(corpus.unit)
    }
    guard claim != nil || !quotes.isEmpty || turn.isAboutTheDialogue else { return nil }
    let evidence = quotes.map(Citation.init)
    var explanation = judged.explanation
    explanation.stanceCues.insert("a turn about the conversation: \(turn)", at: 0)
    explanation.decision = "answer the turn about the conversation"
    let reply = Reply(
      utterance: cleaned, stance: .neutral, claimID: claim?.id, evidence: evidence,
      parts: [.prose(prose)] + evidence.map(ReplyPart.quote), explanation: explanation)
    return (reply, turn.request)
  }

  /// The next claim in the map's order whose evidence the student has not all been shown.
  private func nextClaim(after current: Claim?, shown: Set<UnitRef>) -> Claim? {
    let start = current.flatMap { claim in map.claims.firstIndex { $0.id == claim.id } }.map { $0 + 1 } ?? 0
    let ordered = Array(map.claims[map.claims.window(start, map.claims.count)]) + map.claims.prefix(start)
    return ordered.first { !$0.evidence.allSatisfy(shown.contains) } ?? ordered.first
  }
}
