/// Words that say how the rest of a turn is meant, so that the rest is judged as a statement
/// and the turn takes its side or the other: a rhetorical question ("Since when can X be Y?",
/// "Who would deny X?"), a verdict before a proposition ("I disagree that X", "There is no
/// denying X"), or a verdict after a report ("Many think X. They are mistaken.").
struct TurnFrame: Sendable, Equatable {
  /// The words the frame judges.
  let proposition: [String]
  /// Whether the turn denies the proposition rather than asserting it.
  let denies: Bool
  /// The words that made the frame, for the explanation.
  let cue: String

  init?(_ text: AnalyzedText) {
    let tokens = text.tokens
    guard tokens.count >= 3 else { return nil }
    if let frame = Self.verdictBefore(tokens) ?? Self.rhetorical(text) ?? Self.verdictAfter(tokens) {
      self = frame
      return
    }
    return nil
  }

  private init(proposition: [String], denies: Bool, cue: String) {
    self.proposition = proposition
    self.denies = denies
    self.cue = cue
  }

  /// "I disagree that X", "There is no denying X", at the start of the turn.
  private static func verdictBefore(_ tokens: [Token]) -> TurnFrame? {
    let words = tokens.map(\.word)
    let start = words.prefix { EnglishCues.discourseOpeners.contains($0) }.count
    let denying = EnglishCues.denyingFrames.longest(in: words, at: start)
    let affirming = EnglishCues.affirmingFrames.longest(in: words, at: start)
    guard let frame = [denying, affirming].compactMap({ $0 }).max(by: { $0.count < $1.count }) else {
      return nil
    }
    let sentence = tokens[start].sentence
    let rest = tokens[tokens.window(start + frame.count, tokens.count)].prefix { $0.sentence == sentence }
      .map(\.word)
    guard rest.count >= 2 else { return nil }
    return TurnFrame(proposition: rest, denies: frame == denying, cue: frame.joined(separator: " "))
  }

  /// "Since when can X be Y?", "Who would deny X?", "…, so how can anyone say X?" at the start
  /// of a clause of a question (or of a chat line with no question mark).
  private static func rhetorical(_ text: AnalyzedText) -> TurnFrame? {
    let tokens = text.tokens
    let words = tokens.map(\.word)
    for i in tokens.indices
    where i == 0 || tokens[i - 1].clause != tokens[i].clause
      || EnglishCues.discourseOpeners.contains(words[i - 1])
    {
      let sentence = tokens[i].sentence
      let asked = text.sentenceIsQuestion.indices.contains(sentence) && text.sentenceIsQuestion[sentence]
      let clause = tokens[i].clause
      var pattern: [String]?
      var denies = true
      if let affirming = EnglishCues.rhetoricalAffirmations.longest(in: words, at: i) {
        (pattern, denies) = (affirming, false)
      } else if let denying = EnglishCues.rhetoricalDenials.longest(in: words, at: i) {
        pattern = denying
      } else if asked, ["what", "who", "when", "which"].contains(words[i]),
        tokens[tokens.window(i, tokens.count)].contains(where: {
          $0.sentence == sentence && $0.word == "ever"
        })
      {
        // "What limit has this friendship ever shown?": none, it says.
        pattern = [words[i]]
      } else if asked, let how = [["how", "can"], ["how", "could"]].longest(in: words, at: i),
        tokens[tokens.window(i, tokens.count)].contains(where: {
          $0.sentence == sentence && EnglishCues.challengeClauses.contains($0.word)
        })
      {
        pattern = how
      }
      guard let pattern, asked || pattern.count >= 2 || EnglishCues.rhetoricalDenials.contains(pattern) else {
        continue
      }
      // The proposition runs to the end of its clause ("what else but X" puts X in the next
      // one), or to "when…" in a challenge.
      let after = tokens[tokens.window(i + pattern.count, tokens.count)]
      let propositionClause = after.first?.clause ?? clause
      var rest =
        after
        .prefix { $0.clause == propositionClause && !EnglishCues.challengeClauses.contains($0.word) }
        .map(\.word)[...]
      if let first = rest.first, EnglishCues.questionOpeners.contains(first) { rest = rest.dropFirst() }
      if let first = rest.first, EnglishCues.reportingVerbs.contains(first) { rest = rest.dropFirst() }
      if rest.first == "that" { rest = rest.dropFirst() }
      guard rest.count >= 2 else { continue }
      return TurnFrame(proposition: Array(rest), denies: denies, cue: pattern.joined(separator: " "))
    }
    return nil
  }

  /// "Many think X. They are mistaken.", "People claim X, but that is nonsense": a last
  /// sentence or "but" clause that only judges what came before.
  private static func verdictAfter(_ tokens: [Token]) -> TurnFrame? {
    guard let last = tokens.last else { return nil }
    let lastSentence = tokens.filter { $0.sentence == last.sentence }
    let butClause =
      tokens.last { $0.word == "but" }.map { but in tokens.filter { $0.clause == but.clause } } ?? []
    for unit in [lastSentence, butClause] where !unit.isEmpty && unit.count < tokens.count {
      let judging = unit.filter { $0.flags.contains(.dismissal) || $0.flags.contains(.endorsement) }
      let negators = unit.filter { $0.flags.contains(.negator) }
      guard !judging.isEmpty,
        unit.allSatisfy({
          !$0.flags.isDisjoint(with: [.dismissal, .endorsement, .negator])
            || EnglishCues.verdictSubjects.contains($0.word)
        })
      else { continue }
      guard let firstOfUnit = unit.first, let end = tokens.firstIndex(of: firstOfUnit) else { continue }
      var before = tokens[..<end].map(\.word)[...]
      // The report's frame is set aside: "Many think X" judges X.
      if let verb = before.prefix(5).firstIndex(where: { EnglishCues.reportingVerbs.contains($0) }),
        verb > before.startIndex
      {
        before = before[(verb + 1)...]
        if before.first == "that" { before = before.dropFirst() }
      }
      guard before.count >= 2 else { continue }
      let dismissals = judging.filter { $0.flags.contains(.dismissal) }.count
      let denies = (dismissals + negators.count) % 2 == 1
      return TurnFrame(
        proposition: Array(before), denies: denies, cue: unit.map(\.word).joined(separator: " "))
    }
    return nil
  }
}

extension Responder {
  /// The reply to a turn whose frame says how its proposition is meant; nil when there is no
  /// frame or the proposition cannot be judged (the turn is then read as it stands).
  func framed(
    _ analysed: AnalyzedText, _ cleaned: String, context: TurnContext, side: Side, seed: UInt64
  ) -> Reply? {
    guard context.mayNest, let frame = TurnFrame(analysed) else { return nil }
    let alone = context.nested
    let judged = respond(to: frame.proposition.joined(separator: " "), context: alone, side: side)
    guard judged.stance.isSided else { return nil }
    let stance = frame.denies ? judged.stance.opposite : judged.stance
    return reply(
      to: cleaned, adopting: judged, stance: stance,
      cue:
        "'\(frame.cue)' \(frame.denies ? "denies" : "asserts"): '\(frame.proposition.joined(separator: " "))'",
      side: side, seed: seed, turnIndex: context.turnIndex)
  }
}
