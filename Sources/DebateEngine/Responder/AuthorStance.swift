/// A student's explicit verdict on the essay itself: "as the author says", "you are wrong",
/// "contrary to what you suggest", "you claim that …, but …".
///
/// When a turn judges the author outright, that decides the stance, whatever the words about
/// the claim would suggest on their own.
enum AuthorStance {

  /// `.agree` or `.disagree` when the turn judges the essay outright, with the words that did.
  static func verdict(in tokens: [Token]) -> (stance: Stance, words: String)? {
    let words = tokens.map(\.word)
    guard words.contains(where: EnglishCues.authorWords.contains) else { return nil }
    for (patterns, stance) in [
      (EnglishCues.authorDisagreements, Stance.disagree), (EnglishCues.authorAgreements, Stance.agree),
    ] {
      for pattern in patterns {
        guard let start = firstIndex(of: pattern, in: words) else { continue }
        // "I don't agree with the author", "the author is not wrong": negation reverses it.
        let before = words[words.window(start - 2, start)]
        let inside = words[words.window(start, start + pattern.count + 1)]
        let negated = (before + inside).contains { $0 == "not" || $0 == "never" }
        let flipped: Stance = stance == .agree ? .disagree : .agree
        return (negated ? flipped : stance, pattern.joined(separator: " "))
      }
    }
    return argumentVerdict(in: tokens)
  }

  /// "The author's totalitarian argument doesn't hold", "Qin Gang's view strengthens the
  /// essay's case": a judgment of the essay's reasoning is a judgment of the essay.
  private static func argumentVerdict(in tokens: [Token]) -> (stance: Stance, words: String)? {
    for i in tokens.indices where EnglishCues.argumentOwners.contains(tokens[i].word) {
      let clause = tokens[i].clause
      // "in the author's view", "according to the essay": whose view, not a verdict on it.
      if tokens[tokens.window(i - 2, i)].contains(where: { ["in", "to", "by"].contains($0.word) }) {
        continue
      }
      guard
        let noun = tokens.window(i + 1, i + 4).first(where: {
          tokens[$0].clause == clause && EnglishCues.argumentNouns.contains(tokens[$0].word)
        })
      else { continue }
      var judgments = 0
      var praised: Bool?
      var j = 0
      while j < tokens.count {
        defer { j += 1 }
        guard tokens[j].clause == clause, j != noun else { continue }
        if let phrase = PhraseTable.dismissals.phrase(at: j, in: tokens) {
          judgments += 1
          j += phrase.count - 1
        } else if tokens[j].flags.contains(.dismissal) || tokens[j].flags.contains(.negator) {
          judgments += 1
        } else if EnglishCues.argumentPraise.contains(tokens[j].word) {
          // "does not strengthen the case": only a negator right before the praise takes it back.
          praised = !tokens[tokens.window(j - 2, j)].contains { $0.flags.contains(.negator) }
        }
      }
      guard judgments > 0 || praised != nil else { continue }
      // Praise is the verdict when there is some; what it praises may itself reject things.
      let stance: Stance =
        praised.map { $0 ? .agree : .disagree } ?? (judgments % 2 == 1 ? .disagree : .agree)
      return (stance, "\(tokens[i].word) … \(tokens[noun].word)")
    }
    return nil
  }

  private static func firstIndex(of pattern: [String], in words: [String]) -> Int? {
    guard words.count >= pattern.count else { return nil }
    return (0...(words.count - pattern.count)).first { start in
      pattern.indices.allSatisfy { words[start + $0] == pattern[$0] }
    }
  }
}
