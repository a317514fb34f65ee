/// Turns text into stemmed tokens the same way for the essay, the map and student turns.
///
/// Adds what plain stemming misses: the entity a word names (`Kremlin` → `russia`), and a
/// spelling correction for words the engine has never seen (`mediater` → `mediator`).
public struct TextAnalyzer: Sendable {
  private let tokenizer = Tokenizer()
  private let stemmer: Stemmer
  /// Stems of every word seen while building, so most lookups skip the stemmer.
  private var stemCache: [String: String] = [:]
  /// Entity aliases as word sequences, longest first, keyed by first word.
  private var aliases: [String: [(words: [String], entity: String)]] = [:]
  private let corrector = SpellingCorrector.Lazy()
  /// Stems of the judging words (dismissals), so other forms of them judge too.
  private var judgingStems: [String: WordFlags] = [:]
  /// Flags the text's own names carry: its people and places can report a view.
  private var nameFlags: [String: WordFlags] = [:]
  /// The words of the text's names, five letters or more, for misspelt names ("Moskow").
  private var nameWords: [String] = []

  public init(stemmer: Stemmer = Stemmer()) {
    self.stemmer = stemmer
    for word in EnglishCues.dismissals where word.count >= 6 { judgingStems[stemmer.stem(word)] = .dismissal }
  }

  /// Registers the names of an entity: `russia: [moscow, kremlin, …]`.
  public mutating func addEntity(_ entity: String, aliases names: [String]) {
    for name in names + (entity.hasPrefix("@") ? [] : [entity]) {
      let words = tokenizer.tokenize(name).tokens.map(\.word)
      if !entity.hasPrefix("@") {
        for word in words where nameFlags[word] == nil && !EnglishCues.stopwords.contains(word) {
          nameFlags[word] = [.thirdParty, .namedPlace]
          if word.count >= 5 { nameWords.append(word) }
        }
      }
      guard let first = words.first else { continue }
      aliases[first, default: []].append((words, entity))
      aliases[first]!.sort { $0.words.count > $1.words.count }
      for word in words { learn(word, distinctive: word.count >= 5) }
    }
  }

  /// Registers the text's people ("Xi Jinping", "Qin Gang"): each of their words names one
  /// person who can hold and report a view.
  public mutating func addPeople(_ names: [String]) {
    for name in names {
      for word in tokenizer.tokenize(name).tokens.map(\.word) where !EnglishCues.stopwords.contains(word) {
        nameFlags[word] = [.thirdParty, .namedPerson]
        if word.count >= 5 { nameWords.append(word) }
        learn(word, distinctive: word.count >= 5)
      }
    }
  }

  /// Analyses a text of the engine's own (the corpus, the map) and learns its words in the
  /// same pass, so building a responder tokenizes each text once.
  public mutating func learnAndAnalyze(_ text: String) -> AnalyzedText {
    let analysed = analyze(text, correct: false)
    for token in analysed.tokens where stemCache[token.word] == nil {
      stemCache[token.word] = token.stem
      if token.flags.isDisjoint(with: [.stopword, .negator]) {
        corrector.add(token.word, minimumLength: 6)
      }
    }
    return analysed
  }

  private mutating func learn(_ word: String, distinctive: Bool) {
    if stemCache[word] == nil { stemCache[word] = stemmer.stem(word) }
    if !EnglishCues.stopwords.contains(word) && !EnglishCues.negators.contains(word) {
      corrector.add(word, minimumLength: distinctive ? 5 : 6)
    }
  }

  /// "Moskow", "Rusia": a name one letter off. Names are few and students misspell them with
  /// any letter, so a swapped letter counts here, unlike in common words ("police", "policy").
  private func misspeltName(_ word: String) -> String? {
    guard word.count >= 5, word.count <= 20, let first = word.first else { return nil }
    let close = nameWords.filter { $0.first == first && abs($0.count - word.count) <= 1 }
      .filter { EditDistance.distance(word, $0) == 1 }
    return Set(close).count == 1 ? close.first : nil
  }

  /// Whether the word (lower-case) is part of the known vocabulary.
  public func knows(_ word: String) -> Bool { stemCache[word] != nil }

  /// Tokens with stems and entities; unknown words are spell-corrected when `correct` is set.
  public func analyze(_ text: some StringProtocol, correct: Bool = true) -> AnalyzedText {
    var tokenized = tokenizer.tokenize(text)
    var entities = [String?](repeating: nil, count: tokenized.tokens.count)
    var corrections: [(String, String)] = []
    for i in tokenized.tokens.indices {
      var word = tokenized.tokens[i].word
      // Misspellings students make of everyday words ("definately", "becuase") are fixed
      // first: the corrector only knows the text's own words, and would stem them wrongly.
      if let fixed = EnglishCues.commonMisspellings[word] {
        word = fixed
        tokenized.tokens[i].word = fixed
      }
      if correct, stemCache[word] == nil, !EnglishCues.cueWords.contains(word),
        let fixed = corrector.correction(for: word) ?? misspeltName(word)
      {
        corrections.append((word, fixed))
        word = fixed
        tokenized.tokens[i].word = fixed
      }
      tokenized.tokens[i].stem = stemCache[word] ?? stemmer.stem(word)
      tokenized.tokens[i].flags = WordFlags(word: word).union(nameFlags[word] ?? [])
      // "simplistically", "wrongly": judging words count in any form.
      if let judging = judgingStems[tokenized.tokens[i].stem] { tokenized.tokens[i].flags.formUnion(judging) }
    }
    var i = 0
    let tokens = tokenized.tokens
    while i < tokens.count {
      if let candidates = aliases[tokens[i].word],
        let match = candidates.first(where: { matches($0.words, tokens, at: i) })
      {
        for j in i..<(i + match.words.count) { entities[j] = match.entity }
        i += match.words.count
      } else {
        i += 1
      }
    }
    return AnalyzedText(
      tokens: tokenized.tokens, entities: entities, sentenceIsQuestion: tokenized.sentenceIsQuestion,
      corrections: corrections)
  }

  private func matches(_ words: [String], _ tokens: [Token], at start: Int) -> Bool {
    guard start + words.count <= tokens.count else { return false }
    for (offset, word) in words.enumerated() where tokens[start + offset].word != word { return false }
    return true
  }
}

/// A text after analysis: tokens with stems, and the entity each token names, if any.
public struct AnalyzedText: Sendable {
  public var tokens: [Token]
  /// Parallel to `tokens`: `china`, `russia`… for words that name an entity.
  public var entities: [String?]
  public var sentenceIsQuestion: [Bool]
  /// Words that were spelling-corrected, as (written, corrected).
  public var corrections: [(String, String)]

  /// The terms for retrieval: content stems, with entity names folded to the entity.
  public var retrievalTerms: [String] {
    var terms: [String] = []
    terms.reserveCapacity(tokens.count)
    for (token, entity) in zip(tokens, entities) {
      if let entity {
        if terms.last != entity { terms.append(entity) }
      } else if token.flags.isDisjoint(with: [.stopword, .negator, .dismissal]) {
        // Negators and dismissals say how the student judges a thing, not what it is.
        terms.append(token.stem)
      }
    }
    return terms
  }
}
