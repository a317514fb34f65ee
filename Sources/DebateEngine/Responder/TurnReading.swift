/// What the language rules read in one turn: where negation and dismissal reach, which
/// clauses carry the main point, and whether the turn asks, requests or reports.
struct TurnReading: Sendable {
  let text: AnalyzedText
  /// For each token: how many negators reach it (syntactic, from earlier in its clause).
  private(set) var negations: [Int]
  /// For each token: how many dismissals ("wrong", "a fantasy") stand in its clause.
  private(set) var dismissals: [Int]
  /// Tokens the argument map's vocabulary matched.
  private let cueContent: Set<Int>
  /// Dismissals negated right before them ("not impossible"): they and their negator cancel.
  private var cancelledDismissals: Set<Int> = []
  /// Negating verbs negated right before them ("does not rule out"): they and their negator cancel.
  private var cancelledNegators: Set<Int> = []
  /// Negators that may also negate a topic word before them (not cancelled, not part of a
  /// dismissal phrase, not a negating verb).
  private var appliedNegators: Set<Int> = []
  /// For each token: how much it counts (words after "rather than" count half).
  private(set) var tokenWeights: [Double]
  /// For each clause: how much it counts toward the stance (main points count more).
  private(set) var clauseWeights: [Double]
  /// Token indices that are themselves negators or dismissals (they are cues, not content).
  private(set) var cueTokens: Set<Int> = []
  /// The words that acted as cues, for the explanation.
  private(set) var cueWords: [String] = []

  /// - Parameter flippedSentences: sentences answered by a following "No." ("Allies? No.").
  /// - Parameter cueContent: tokens the argument map's vocabulary matched (they carry content).
  init(
    _ text: AnalyzedText, protected: Set<Int>, flippedSentences: Set<Int> = [], cueContent: Set<Int> = [],
    phraseStarts: Set<Int> = []
  ) {
    self.cueContent = cueContent
    self.text = text
    let tokens = text.tokens
    negations = [Int](repeating: 0, count: tokens.count)
    dismissals = [Int](repeating: 0, count: tokens.count)
    tokenWeights = [Double](repeating: 1, count: tokens.count)
    let clauseCount = (tokens.last?.clause ?? -1) + 1
    clauseWeights = [Double](repeating: 1, count: clauseCount)
    // "no way" is one dismissal, not a negator plus a dismissal.
    var inDismissalPhrases = protected
    for i in tokens.indices {
      if let phrase = PhraseTable.dismissals.phrase(at: i, in: tokens) {
        for j in i..<(i + phrase.count) { inDismissalPhrases.insert(j) }
      }
    }
    readNegation(tokens, protected: inDismissalPhrases)
    readExcess(tokens)
    readPreferences(tokens, phraseStarts: phraseStarts)
    readDismissals(tokens, protected: protected)
    readClauseWeights(tokens)
    for (i, token) in tokens.enumerated() where flippedSentences.contains(token.sentence) {
      negations[i] += 1
    }
  }

  /// A negator flips every later word of its clause; "nor" after another negator adds nothing.
  private mutating func readNegation(_ tokens: [Token], protected: Set<Int>) {
    var i = 0
    while i < tokens.count {
      defer { i += 1 }
      let word = tokens[i].word
      if cancelledNegators.contains(i) { continue }
      let isPhrase = PhraseTable.negators.phrase(at: i, in: tokens) != nil
      guard tokens[i].flags.contains(.negator) || isPhrase, !protected.contains(i) else { continue }
      // "a little" is some; "little genuine friendliness" is hardly any.
      // "the little sidekicks": after a determiner, "little" is only small.
      if word == "little" && i > 0 && ClaimLexicon.skippable.contains(tokens[i - 1].word) { continue }
      if let phrase = PhraseTable.notNegating.phrase(at: i, in: tokens) {
        // "not just their rulers": what follows still counts, at half weight.
        if ["only", "just", "merely", "simply"].contains(phrase[1]) {
          for j in (i + 2)..<tokens.count where tokens[j].clause == tokens[i].clause {
            tokenWeights[j] *= 0.5
            // "not just occasionally": the downtoner is taken back, not applied.
            if tokens[j].flags.contains(.dismissal) && j <= i + 3 { cancelledDismissals.insert(j) }
          }
        }
        continue
      }
      let clause = tokens[i].clause
      if word == "nor",
        (0..<i).contains(where: {
          tokens[$0].clause == clause && tokens[$0].flags.contains(.negator)
            && !protected.contains($0)
        })
      {
        cueTokens.insert(i)
        continue
      }
      cueTokens.insert(i)
      cueWords.append(word)
      // "not impossible", "hardly a mistake": the negator takes back the dismissal, nothing more.
      if let dismissal = tokens.window(i + 1, i + 3).first(where: {
        tokens[$0].clause == clause && tokens[$0].flags.contains(.dismissal) && !protected.contains($0)
      }) {
        cancelledDismissals.insert(dismissal)
        continue
      }
      // "doesn't rule out", "does not prevent": a negated negating verb allows; both cancel.
      if !isPhrase,
        let verb = tokens.window(i + 1, i + 3).first(where: {
          tokens[$0].clause == clause
            && (PhraseTable.negators.phrase(at: $0, in: tokens) != nil
              || EnglishCues.negatingVerbs.contains(tokens[$0].word))
        })
      {
        cancelledNegators.insert(verb)
        continue
      }
      // A phrase like "rules out" negates its object, never its subject.
      if !isPhrase { appliedNegators.insert(i) }
      // "Xi changed nothing": a negated object negates the verb before it, too.
      var j =
        tokens[i].flags.contains(.objectNegator)
        ? (tokens[..<i].lastIndex { $0.clause != clause } ?? -1) + 1 : i + 1
      while j < tokens.count, tokens[j].clause == clause {
        if j != i { negations[j] += 1 }
        j += 1
      }
    }
  }

  /// "too lopsided for them to be allies", "too lopsided for real allies": what follows is denied.
  private mutating func readExcess(_ tokens: [Token]) {
    for i in tokens.indices where tokens[i].word == "too" {
      let clause = tokens[i].clause
      guard
        let to = tokens.window(i + 2, i + 7).first(where: {
          (tokens[$0].word == "to" || tokens[$0].word == "for") && tokens[$0].clause == clause
        })
      else { continue }
      // "too lopsided for real allies": the excess is the point, what it rules out is denied.
      cueWords.append("too … \(tokens[to].word)")
      for j in (i + 1)..<to { tokenWeights[j] *= 1.5 }
      for j in (to + 1)..<tokens.count where tokens[j].clause == clause {
        negations[j] += 1
        tokenWeights[j] *= 0.5
      }
    }
  }

  /// A dismissal ("wrong", "a fantasy", "far from") flips its whole clause, before and after it.
  private mutating func readDismissals(_ tokens: [Token], protected: Set<Int>) {
    // "far from impossible", "anything but unrealistic": a dismissal of a dismissal allows.
    for i in tokens.indices where !protected.contains(i) {
      guard let phrase = PhraseTable.dismissals.phrase(at: i, in: tokens) else { continue }
      let after = i + phrase.count
      if let next = tokens.window(after, after + 2).first(where: {
        tokens[$0].clause == tokens[i].clause && tokens[$0].flags.contains(.dismissal)
      }) {
        cancelledDismissals.formUnion([i, next])
      }
    }
    for i in tokens.indices where !protected.contains(i) {
      let isPhrase = PhraseTable.dismissals.phrase(at: i, in: tokens)
      guard tokens[i].flags.contains(.dismissal) || isPhrase != nil else { continue }
      // "not a mistake", "rather than a blunder": a negated dismissal judges nothing.
      if cancelledDismissals.contains(i) { continue }
      let length = isPhrase?.count ?? 1
      var clauses: Set<Int> = [tokens[i].clause]
      // "…; it is unrealistic", "…, pretty simplistic thinking": a dismissal whose clause names
      // nothing the map knows judges the clause before.
      let own = tokens.indices.filter {
        tokens[$0].clause == tokens[i].clause && !(i..<(i + length)).contains($0)
      }
      if own.allSatisfy({ tokens[$0].flags.contains(.stopword) || !cueContent.contains($0) }),
        let before = tokens[..<i].last(where: { candidate in
          candidate.clause < tokens[i].clause && candidate.sentence == tokens[i].sentence
            && (cueContent.isEmpty || cueContent.contains { tokens[$0].clause == candidate.clause })
        }),
        // "Beijing is no mediator, that is absurd" dismisses the opposite of what was negated.
        !tokens.contains(where: { $0.clause == before.clause && $0.flags.contains(.negator) })
      {
        clauses.insert(before.clause)
      }
      // "no resonance": a phrase led by a negator denies its own words too.
      let spared = tokens[i].flags.contains(.negator) ? i..<(i + 1) : i..<(i + length)
      // Several dismissals of one clause ("a false analogy with no relevance") still judge it once.
      for j in tokens.indices where clauses.contains(tokens[j].clause) && !spared.contains(j) {
        dismissals[j] = 1
      }
      for j in i..<(i + length) { cueTokens.insert(j) }
      cueWords.append(tokens[i..<(i + length)].map(\.word).joined(separator: " "))
    }
  }

  /// "X rather than Y": Y loses, as if negated, but counts half, so that "X depends on Y more
  /// than Y depends on X" still asserts its first half.
  /// - Parameter phraseStarts: where the map's multi-word phrases start: "more than a tool" is
  ///   the map's own phrase, not a preference.
  private mutating func readPreferences(_ tokens: [Token], phraseStarts protected: Set<Int>) {
    // "more between the governments than the people": what follows "than" loses.
    // "less an alliance than an axis": what stands between "less" and "than" loses.
    for i in tokens.indices where tokens[i].word == "less" && !protected.contains(i) {
      let clause = tokens[i].clause
      // "count for less in this axis than…": "less" stands alone; nothing of the clause loses.
      if i + 1 < tokens.count,
        ["in", "on", "at", "for", "of", "with", "to", "than"].contains(tokens[i + 1].word)
      {
        continue
      }
      guard
        let than = tokens.window(i + 2, i + 8).first(where: {
          tokens[$0].word == "than" && tokens[$0].clause == clause
        })
      else { continue }
      for j in (i + 1)..<than {
        negations[j] += 1
        tokenWeights[j] *= 0.5
      }
      cueWords.append("less … than")
    }
    for i in tokens.indices
    where (tokens[i].word == "more" || tokens[i].word == "rather") && !protected.contains(i) {
      let clause = tokens[i].clause
      guard i + 2 < tokens.count, tokens[i + 1].word != "than",
        let than = tokens.window(i + 2, i + 8).first(where: {
          tokens[$0].word == "than" && tokens[$0].clause == clause
        })
      else { continue }
      if than + 1 < tokens.count && tokens[than + 1].word == "not" { continue }  // "more often than not"
      for j in (than + 1)..<tokens.count where tokens[j].clause == clause {
        negations[j] += 1
        tokenWeights[j] *= 0.5
      }
      cueWords.append("\(tokens[i].word) … than")
    }
    for i in tokens.indices {
      guard let marker = PhraseTable.preferences.phrase(at: i, in: tokens), !protected.contains(i)
      else { continue }
      // "more than" before a number ("more than once") or at the clause start is not a preference.
      guard i > 0, tokens[i - 1].clause == tokens[i].clause else { continue }
      let after = i + marker.count < tokens.count ? tokens[i + marker.count].word : ""
      if marker == ["more", "than"] && after == "not" { continue }  // "more often than not"
      if let dismissal = tokens.window(i + marker.count, i + marker.count + 2).first(where: {
        tokens[$0].flags.contains(.dismissal)
      }) {
        cancelledDismissals.insert(dismissal)
      }
      if ["once", "twice", "one", "two", "three", "ever", "enough"].contains(after)
        || after.first?.isNumber == true
      {
        continue
      }
      let clause = tokens[i].clause
      var j = i + marker.count
      // "not so much an alliance as an axis": what follows "as" wins.
      let stop =
        marker == ["not", "so", "much"]
        ? tokens.window(j, tokens.count).first { tokens[$0].word == "as" } : nil
      while j < tokens.count, tokens[j].clause == clause, j != stop {
        negations[j] += 1
        tokenWeights[j] *= 0.5
        j += 1
      }
      cueWords.append(marker.joined(separator: " "))
    }
  }

  /// Clauses after "but" carry the point; clauses after "although" concede it.
  private mutating func readClauseWeights(_ tokens: [Token]) {
    var contrastFrom: Int?
    for (i, token) in tokens.enumerated() {
      let first = i == 0 || tokens[i - 1].clause != token.clause
      if token.flags.contains(.contrastMarker), first || token.word == "but" {
        contrastFrom = token.clause
        for earlier in 0..<token.clause where clauseWeights[earlier] >= 1 { clauseWeights[earlier] = 0.5 }
      }
      let conceding = ["if", "though"].contains(token.word) && i > 0 && tokens[i - 1].word == "even"
      if first, token.flags.contains(.concessionMarker) || conceding {
        clauseWeights[token.clause] = 0.5
      }
    }
    if let contrastFrom {
      for clause in contrastFrom..<clauseWeights.count where clauseWeights[clause] > 0.5 {
        clauseWeights[clause] = 2
      }
    }
  }

  /// +1 or -1: whether anything in token `i`'s clause negates it, before or after it.
  func clausePolarity(at i: Int) -> Int {
    let clause = text.tokens[i].clause
    var count = dismissals[i] + negations[i]
    // Negation before the word already decides ("not an alliance, and never was").
    if negations[i] > 0 { return count % 2 == 0 ? 1 : -1 }
    for j in (i + 1)..<max(i + 1, text.tokens.count) where text.tokens[j].clause == clause {
      // Object negators ("nothing") already reached back to `i` in `negations`.
      if appliedNegators.contains(j) && !text.tokens[j].flags.contains(.objectNegator) {
        count += 1
      }
    }
    return count % 2 == 0 ? 1 : -1
  }

  /// +1 or -1: whether token `i` is asserted or negated by what reaches it.
  func polarity(at i: Int) -> Int {
    (negations[i] + dismissals[i]) % 2 == 0 ? 1 : -1
  }
}
