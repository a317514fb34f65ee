/// The evidence that a turn is about the text at all, before any claim is chosen.
///
/// A stray shared word ("market", "best") must not drag an off-topic question into the debate,
/// while "it's all about oil and gas" must land. Names the text never mentions ("India") count
/// against a turn unless it also names the text's actors or its own words.
struct TopicSignals {
  /// Whether the turn names the text's actors (the map's `actors`: China, Russia, Xi, Putin).
  let mentionsActors: Bool
  /// How many different actors the turn names (China and Russia: 2).
  let actorCount: Int
  /// Names the map lists as outside the text ("India"), and capitalised words inside a sentence
  /// that neither the text nor the map knows.
  let unknownNames: [String]
  /// The names the map lists as outside the text.
  let namesElsewhere: [String]
  /// The best retrieval score over the text, ignoring entity names.
  let textOnlyScore: Double
  /// How many different words of the turn occur in the text (entity names aside).
  let textTerms: Int
  /// How many of them one sentence of the text holds together, at most (of its best matches).
  let termsInOneUnit: Int
  /// A question for a factual detail: "when…", "where…", "how many…".
  let asksForDetail: Bool
  /// The turn speaks of "them", "the two", "each other": the pair the text is about.
  let refersToThePair: Bool
  /// The share of the turn's content words that the text or the map knows.
  let knownShare: Double
  /// The same share in the best-known clause that uses the map's words: 0 when none does.
  let claimClauseKnownShare: Double
  /// A question about present-day facts or a life story ("Is Xi still president?").
  let asksForFact: Bool
  /// Names the text never discusses stand only in passing: in a clause of their own beside one
  /// that names the text's actors ("Like India, China buys Russian oil…"), or after a word of
  /// comparison ("as good a mediator as Switzerland").
  let namesOnlyInPassing: Bool
  private let matches: [ClaimLexicon.Match]
  private let lexicon: ClaimLexicon
  private let grounded: [Bool]

  init(
    _ text: AnalyzedText, matches: [ClaimLexicon.Match], lexicon: ClaimLexicon, grounded: [Bool],
    analyzer: TextAnalyzer, textOnlyScore: Double, textTerms: Int, termsInOneUnit: Int,
    actors: Set<String>
  ) {
    self.textTerms = textTerms
    self.termsInOneUnit = termsInOneUnit
    let opening = text.tokens.prefix(2).map(\.word)
    asksForDetail =
      ["when", "where"].contains(opening.first ?? "")
      || (opening.first == "how"
        && ["many", "much", "long", "old", "big"].contains(opening.dropFirst().first ?? ""))
      || (opening.first == "what"
        && ["year", "date", "day", "time"].contains(opening.dropFirst().first ?? ""))
    let named = Set(text.entities.compactMap { $0 }).intersection(actors)
    mentionsActors = !named.isEmpty
    actorCount = named.count
    var names: [String] = []
    let tokens = text.tokens
    var elsewhere: [String] = []
    for (i, token) in tokens.enumerated() where text.entities[i] == Responder.elsewhere {
      elsewhere.append(token.word.prefix(1).uppercased() + token.word.dropFirst())
    }
    namesElsewhere = elsewhere
    names += elsewhere
    for (i, token) in tokens.enumerated() where token.capitalized && text.entities[i] == nil {
      let inside = i > 0 && tokens[i - 1].sentence == token.sentence
      if inside, !analyzer.knows(token.word), !token.flags.contains(.stopword), token.word != "i" {
        names.append(token.word.prefix(1).uppercased() + token.word.dropFirst())
      }
    }
    unknownNames = names
    // A question, by its mark or its first word ("yo whats the population of china rn").
    let asks =
      text.sentenceIsQuestion.last == true
      || tokens.drop { EnglishCues.chatOpeners.contains($0.word) }.first.map {
        EnglishCues.whWords.contains($0.word)
      } == true
    asksForFact = asks && tokens.contains { EnglishCues.factualQuestionWords.contains($0.word) }
    let outsideIndices = tokens.indices.filter { i in
      text.entities[i] == Responder.elsewhere
        || tokens[i].capitalized && text.entities[i] == nil && i > 0
          && tokens[i - 1].sentence == tokens[i].sentence
          && !analyzer.knows(tokens[i].word) && !tokens[i].flags.contains(.stopword) && tokens[i].word != "i"
    }
    // A name is in passing after a word of comparison ("than Turkey", "like India"); the turn
    // names them only in passing when some clause free of the other names speaks of the text's
    // actors or uses the map's words ("Like India, China buys…", "Hungary shows …; Russia can
    // be peeled away too").
    let uncompared = outsideIndices.filter { i in
      !tokens[tokens.window(i - 3, i)].contains { EnglishCues.comparisonMarkers.contains($0.word) }
    }
    let crowdedClauses = Set(uncompared.map { tokens[$0].clause })
    // One pass over the tokens and one over the matches, whatever the turn's length.
    var actorClauses: Set<Int> = []
    for i in tokens.indices where text.entities[i].map(actors.contains) == true {
      actorClauses.insert(tokens[i].clause)
    }
    var phrasesByClause: [Int: Set<Int>] = [:]
    for match in matches where lexicon.phrases[match.phrase].weight > 0 {
      phrasesByClause[tokens[match.range.lowerBound].clause, default: []].insert(match.phrase)
    }
    let speaking = actorClauses.union(phrasesByClause.filter { $0.value.count >= 2 }.keys)
    namesOnlyInPassing = !outsideIndices.isEmpty && !speaking.subtracting(crowdedClauses).isEmpty
    // Names of the text's subjects are left out: "How cold do Moscow winters get?" is about winters.
    // Words the map's vocabulary matched count as known, common or not ("different things").
    let matched = Set(matches.filter { lexicon.phrases[$0.phrase].weight > 0 }.flatMap { Array($0.range) })
    let content = tokens.indices.filter {
      matched.contains($0)
        || tokens[$0].flags.isDisjoint(with: [.stopword, .negator, .dismissal]) && tokens[$0].word.count > 2
          && text.entities[$0] == nil && !EnglishCues.generic.contains(tokens[$0].word)
          && !EnglishCues.chatOpeners.contains(tokens[$0].word)
          && !EnglishCues.answerFillers.contains(tokens[$0].word)
          && !EnglishCues.chatFillers.contains(tokens[$0].word)
          && !EnglishCues.phraseAdverbs.contains(tokens[$0].word)
    }
    let known = content.filter { matched.contains($0) || analyzer.knows(tokens[$0].word) }
    knownShare = content.isEmpty ? 1 : Double(known.count) / Double(content.count)
    // "they are an alliance, with joint exercises every year": the clause that names the claim
    // is in the text's words, whatever words the reason after it uses.
    let matchedClauses = Set(matched.map { tokens[$0].clause })
    let knownByClause = Dictionary(grouping: known, by: { tokens[$0].clause }).mapValues(\.count)
    claimClauseKnownShare =
      Dictionary(grouping: content, by: { tokens[$0].clause })
      .filter { matchedClauses.contains($0.key) }
      .map { Double(knownByClause[$0.key] ?? 0) / Double($0.value.count) }.max() ?? 0
    let words = tokens.map(\.word)
    refersToThePair =
      words.contains { ["they", "them", "their", "both"].contains($0) }
      || words.indices.contains { i in EnglishCues.pairPhrases.contains { words[i...].starts(with: $0) } }
    self.textOnlyScore = textOnlyScore
    self.matches = matches
    self.lexicon = lexicon
    self.grounded = grounded
  }

  /// Whether the turn is about `claim` closely enough to answer from the text.
  func isRelated(claim: Int, form: TurnForm) -> Bool {
    // "When was NATO founded?": a detail the text does not give, about a name it only mentions.
    let content = matches.filter { match in
      let phrase = lexicon.phrases[match.phrase]
      return phrase.weight > 0 && !(asksForDetail && phrase.stems.allSatisfy { $0.hasPrefix("@") })
    }
    var serving = content.filter { lexicon.phrases[$0.phrase].uses.contains { $0.claim == claim } }
    // A claim that needs a name (North Korea, Iran) needs more than the name: "what does North
    // Korea sell?" is not about its place in the axis.
    if let anchors = lexicon.anchors[claim], serving.allSatisfy({ anchors.contains($0.phrase) }) {
      serving = []
    }
    // The text's own words put a turn on topic; a question must name a topic, not just a
    // word that leans ("what about climate change?" is not about how relations changed).
    let groundedHit = content.contains { match in
      let phrase = lexicon.phrases[match.phrase]
      return grounded[match.phrase] && (form.kind == .statement || phrase.namesTopic)
    }
    // Names the text never mentions make the turn about something else ("Is Germany an ally
    // of France?", "India and China clashed"), unless it names both of the text's subjects.
    // A statement may still argue the text's point with another example, in two of the
    // text's own words ("unequal countries can be allies, look at the US and the UK").
    let groundedCount = Set(
      content.filter {
        grounded[$0.phrase] && lexicon.phrases[$0.phrase].stems.contains { !$0.hasPrefix("@") }
      }
      .map(\.phrase)
    ).count
    // "China could mediate, just like Turkey did": a statement that names another place only
    // in passing still argues the text's point, in one of its own words.
    let inPassing = form.kind == .statement && namesOnlyInPassing && groundedCount >= 1
    if !unknownNames.isEmpty && actorCount < 2 && (form.kind != .statement || groundedCount < 2) && !inPassing
    {
      return false
    }
    // "Is Xi still president?", "What is the population of Moscow?": facts the text does not
    // give, whichever of its names they use, unless the question uses a claim's own words.
    // A claim's own affirm or deny words make it a question about the claim after all.
    let judgingWords = content.contains { match in
      grounded[match.phrase] && lexicon.phrases[match.phrase].uses.contains { $0.role != .topic }
    }
    if asksForFact && form.kind != .statement && (groundedCount < 2 || !judgingWords) { return false }
    // "How does India fit into the relationship between China and Russia?": naming both
    // subjects does not make a place the text never discusses part of it.
    if !namesElsewhere.isEmpty && (form.kind != .statement || groundedCount < 2) && !inPassing {
      return false
    }
    // "When is the next history quiz?": a detail question needs two of the text's own words
    // (or one of its phrases: "when did the relationship change in nature?").
    let groundedPhrase = content.contains {
      grounded[$0.phrase] && lexicon.phrases[$0.phrase].stems.count > 1
    }
    if asksForDetail && !mentionsActors && groundedCount < 2 && !groundedPhrase { return false }
    // "How cold do Moscow winters get?": a question mostly in words the text never uses asks
    // about something else, whatever single word it shares.
    // A phrase of two or more content words ("honest broker") is specific, unless it is only a
    // name ("North Korea") that a claim requires.
    let names = lexicon.anchorPhrases
    let specificPhrase = content.contains { match in
      lexicon.phrases[match.phrase].stems.filter { !ClaimLexicon.isFunctionStem($0) }.count >= 2
        && !(names.contains(match.phrase)
          && lexicon.phrases[match.phrase].uses.allSatisfy { $0.role == .topic })
    }
    // "Did China actually try to be a mediator?": a question in a claim's distinctive word, in a
    // clause the text mostly knows, is about the claim whatever other word it uses.
    let distinctive = content.contains { match in
      grounded[match.phrase] && lexicon.phrases[match.phrase].weight >= ReadingWeights.distinctivePhrase
    }
    if form.kind != .statement && knownShare < ReadingWeights.questionKnownShare && groundedCount < 2
      && !specificPhrase && !(distinctive && claimClauseKnownShare >= ReadingWeights.claimClauseKnownShare)
    {
      return false
    }
    // "Trump's tax cuts mainly helped wealthy Americans": a statement mostly about other things.
    if form.kind == .statement && knownShare < ReadingWeights.statementKnownShare && groundedCount < 2
      && !specificPhrase && claimClauseKnownShare < ReadingWeights.claimClauseKnownShare
    {
      return false
    }
    if mentionsActors { return !serving.isEmpty || textOnlyScore >= ReadingWeights.actorRetrieval }
    // One shared word ("today") is chance; two are a topic when one sentence has both: "the
    // fourth president of the United States" shares "united" and "states" with a text on the
    // Union and the States, in different sentences.
    if groundedHit
      || (!asksForDetail && textOnlyScore >= ReadingWeights.topicalRetrieval && textTerms >= 2
        && termsInOneUnit >= 2)
    {
      return true
    }
    let topical = serving.contains { lexicon.phrases[$0.phrase].namesTopic }
    if form.kind != .statement && topical && textOnlyScore >= ReadingWeights.questionRetrieval { return true }
    if form.kind == .statement && !serving.isEmpty && textOnlyScore >= ReadingWeights.statementRetrieval {
      return true
    }
    // "Nobody can split them": a statement about "them" in a debate about the pair.
    if form.kind == .statement && !serving.isEmpty && refersToThePair { return true }
    let distinct = Set(content.map(\.phrase)).count
    let multiWord = serving.contains { match in
      lexicon.phrases[match.phrase].stems.filter { !ClaimLexicon.isFunctionStem($0) }.count >= 2
    }
    return form.kind == .statement && (distinct >= 2 || multiWord)
  }
}
