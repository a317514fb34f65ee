extension Responder {
  /// What the partner needs to know about a turn beyond its stance: whether it gives a
  /// reason, which of the text's concessions it touches, whether it asks for a quote again.
  func facts(of analysed: AnalyzedText, reply: Reply, kind: TurnFacts.Kind) -> TurnFacts {
    var facts = TurnFacts()
    facts.kind = kind
    let tokens = analysed.tokens
    let words = tokens.map(\.word)
    facts.givesReason = Self.givesReason(tokens)
    facts.asksForMore = words.contains(where: EnglishCues.moreRequests.contains)
    facts.changesMind = words.indices.contains { EnglishCues.mindChanges.longest(in: words, at: $0) != nil }
    let opening = words.drop { EnglishCues.answerFillers.contains($0) || EnglishCues.bareNoes.contains($0) }
    facts.holdsView = EnglishCues.insistenceOpeners.longest(in: Array(opening), at: 0) != nil
    facts.asksToRepeat = words.indices.contains {
      EnglishCues.repeatRequests.longest(in: words, at: $0) != nil
    }
    if let claim = reply.claimID {
      let stems = tokens.map { $0.stem }
      facts.concessions = zip(map.concessions, concessionStems).compactMap { concession, phrases in
        guard concession.claims.contains(claim) else { return nil }
        let matched = phrases.contains { phrase in
          guard let first = phrase.first else { return false }
          return stems.indices.contains { stems[$0] == first && stems[$0...].starts(with: phrase) }
        }
        return matched ? concession.id : nil
      }
    }
    return facts
  }

  /// A reason is a marker word ("because", "look at"), a number (a year, a count), or a second
  /// clause or sentence with content of its own ("They are allies. They hold drills every
  /// year.", "all about business: Russia sells gas"); a lone position, however hedged
  /// ("Honestly, they are allies."), gives none.
  static func givesReason(_ tokens: [Token]) -> Bool {
    if tokens.contains(where: { EnglishCues.reasonMarkers.contains($0.word) }) { return true }
    if tokens.contains(where: { $0.word.first?.isNumber == true }) { return true }
    var contentByClause: [Int: Int] = [:]
    for token in tokens where token.flags.isDisjoint(with: [.stopword, .negator]) {
      contentByClause[token.clause, default: 0] += 1
    }
    let clauses = contentByClause.values
    return clauses.filter { $0 >= 1 }.count >= 2 && clauses.reduce(0, +) >= ReadingWeights.reasonContentWords
  }
}
