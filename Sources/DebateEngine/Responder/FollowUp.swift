/// A short reaction to the previous reply ("why?", "I disagree", "true"), which a debater reads
/// as being about the claim just discussed.
enum FollowUp: Equatable {
  /// "why?", "source?", "how so?": asks for more on the last claim.
  case ask
  /// "I agree", "true", "fair point".
  case accept
  /// "I disagree", "wrong", "nonsense".
  case reject

  /// Reads a turn of at most six words as a follow-up, if it is one.
  init?(_ text: AnalyzedText) {
    let words = text.tokens.map(\.word)
    guard !words.isEmpty, words.count <= 6 else { return nil }
    // "still think I'm right", "I'm right": holding to one's own view, not accepting the reply.
    guard words.indices.allSatisfy({ EnglishCues.insistenceOpeners.longest(in: words, at: $0) == nil }) else {
      return nil
    }
    // Only a bare reaction follows up; "what is the capital of Australia?" says something new.
    let reactionWords = EnglishCues.followUpAsking.union(EnglishCues.followUpAccepting).union(
      EnglishCues.followUpRejecting)
    guard text.tokens.allSatisfy({ $0.flags.contains(.stopword) || reactionWords.contains($0.word) }) else {
      return nil
    }
    let negated = words.contains { EnglishCues.negators.contains($0) && $0 != "no" }
    if words.contains(where: EnglishCues.followUpRejecting.contains) && !words.contains("not") {
      self = .reject
    } else if words.contains(where: EnglishCues.followUpAccepting.contains) {
      self = negated ? .reject : .accept
    } else if words.contains(where: EnglishCues.followUpAsking.contains)
      || text.sentenceIsQuestion.last == true
    {
      self = .ask
    } else {
      return nil
    }
  }

  /// The student's stance toward the essay, given the side the engine just argued.
  func stance(afterEngineArgued side: Side) -> Stance {
    switch (self, side) {
    case (.ask, _): .neutral
    case (.accept, .essay), (.reject, .opponent): .agree
    case (.reject, .essay), (.accept, .opponent): .disagree
    }
  }
}
