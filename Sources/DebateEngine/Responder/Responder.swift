import Foundation

/// Answers a student turn as a debater, grounded in the text and its argument map.
///
/// Immutable after construction and `Sendable`: build it once per text (the index takes well
/// under a millisecond for the essay) and call `respond` from anywhere.
public struct Responder: Sendable {
  public let corpus: Corpus
  public let map: ArgumentMap
  let analyzer: TextAnalyzer
  let index: TextIndex
  let lexicon: ClaimLexicon
  /// Unit positions (in `corpus.units`) by ref.
  private let unitPosition: [UnitRef: Int]
  private let statementTerms: [[String]]
  /// For each claim: the positions of its evidence units in `corpus.units`.
  private let evidencePositions: [[Int]]
  /// For each lexicon phrase: whether it is in the text's own words (see `init`).
  private let groundedPhrases: [Bool]
  /// Units that name people or groups of people (ministers, analysts, leaders), for "who".
  private let unitsNamingPeople: Set<Int>
  /// Entities named in so many units (China, Russia) that they cannot tell units apart.
  private let ubiquitousEntities: Set<String>
  /// For a stem of a synonym group: the group's other stems that occur in the text.
  private let synonymStems: [String: [String]]
  /// For each of the map's topics: its content stems.
  private let topicStems: [Set<String>]
  /// For each of the map's concessions: its words, as stem sequences.
  let concessionStems: [[[String]]]
  let writer: ReplyWriter

  /// The entity name under which places and people outside the text are recognised.
  static let elsewhere = "@elsewhere"

  /// The longest stretch of a turn that is analysed; the rest is kept but not read.
  public static let analysedCharacters = 4_000

  public init(corpus: Corpus, map: ArgumentMap) {
    self.corpus = corpus
    self.map = map
    var analyzer = TextAnalyzer()
    for entity in map.entities { analyzer.addEntity(entity.name, aliases: entity.aliases) }
    analyzer.addPeople(map.people)
    if !map.elsewhere.isEmpty { analyzer.addEntity(Self.elsewhere, aliases: map.elsewhere) }
    // Each unit is analysed and reduced to its retrieval terms at once, so a large text never
    // holds every unit's tokens at the same time (a 60 MB text would need gigabytes).
    var unitTermLists: [[String]] = []
    unitTermLists.reserveCapacity(corpus.units.count)
    var naming: Set<Int> = []
    for (i, unit) in corpus.units.enumerated() {
      let analysed = analyzer.learnAndAnalyze(unit.text)
      unitTermLists.append(analysed.retrievalTerms)
      if analysed.tokens.contains(where: { $0.flags.contains(.people) }) { naming.insert(i) }
    }
    let analysedStatements = map.claims.map { analyzer.learnAndAnalyze($0.statement) }
    lexicon = ClaimLexicon(map: map, analyzer: &analyzer)
    self.analyzer = analyzer
    index = TextIndex(units: unitTermLists)
    var positions: [UnitRef: Int] = [:]
    for (i, unit) in corpus.units.enumerated() { positions[unit.ref] = i }
    unitPosition = positions
    evidencePositions = map.claims.map { $0.evidence.compactMap { positions[$0] } }
    // Entity names are left out: every statement names China or Russia, so they tell nothing.
    let entities = Set(map.entities.map(\.name))
    statementTerms = analysedStatements.map { $0.retrievalTerms.filter { !entities.contains($0) } }
    writer = ReplyWriter(corpus: corpus, map: map)
    let index = self.index
    // A phrase is the text's own when its words, or at least its head (last) word, occur there.
    groundedPhrases = lexicon.phrases.map { phrase in
      let content = phrase.stems.filter { !ClaimLexicon.isFunctionStem($0) }
        .map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
      guard let head = content.last else { return false }
      return index.weight(of: head) > 0
        && (content.count > 1 || content.allSatisfy { index.weight(of: $0) > 0 })
    }
    ubiquitousEntities = Set(
      map.entities.map(\.name).filter { index.unitCount(of: $0) * 4 > index.unitTotal })
    var synonymStems: [String: [String]] = [:]
    for group in map.synonyms {
      let stems = Set(group.flatMap { analyzer.analyze($0, correct: false).retrievalTerms })
      for stem in stems {
        synonymStems[stem, default: []] += stems.filter { $0 != stem && index.weight(of: $0) > 0 }.sorted()
      }
    }
    self.synonymStems = synonymStems
    unitsNamingPeople = naming
    topicStems = map.topics.map { Set(analyzer.analyze($0, correct: false).retrievalTerms) }
    concessionStems = map.concessions.map { concession in
      concession.words.map { analyzer.analyze($0, correct: false).tokens.map(\.stem) }
    }
  }

  /// The engine's reply to one turn.
  /// - Parameters:
  ///   - utterance: the student's turn, any string at all.
  ///   - context: what the turn answers, and where the conversation stands.
  ///   - side: which side the engine argues.
  public func respond(to utterance: String, context: TurnContext = .none, side: Side = .essay) -> Reply {
    var reply = reading(utterance, context: context, side: side)
    reply.side = side
    reply.speaker = .engine(side)
    return reply
  }

  private func reading(_ utterance: String, context: TurnContext, side: Side) -> Reply {
    let cleaned = Self.clean(utterance)
    let analysed = analyzer.analyze(cleaned.prefix(Self.analysedCharacters))
    let seed = Self.stableHash(cleaned)
    var reply: Reply
    var kind = TurnFacts.Kind.claim
    if let answered = answer(analysed, to: cleaned, in: context, side: side, seed: seed) {
      reply = answered
      kind = .answer
    } else if let framed = framed(analysed, cleaned, context: context, side: side, seed: seed) {
      reply = framed
      if let reacted = reaction(analysed, to: framed, context: context, side: side, seed: seed) {
        reply = reacted
        kind = .followUp
      }
    } else {
      let judged = judge(analysed, cleaned, context: context, side: side, seed: seed)
      if let (about, request) = conversationReply(
        analysed, cleaned, judged: judged, context: context, seed: seed)
      {
        reply = about
        kind = .conversation(request)
        // "Fine, I'm with you on that; what's the next point?": agreement, then a request.
        if request == .nextPoint, context.followUpClaimID != nil, reply.claimID != nil,
          Self.comesRound(analysed.tokens.map(\.word))
        {
          reply = reply.withStance(side == .essay ? .agree : .disagree)
        }
      } else if context.question == nil, judged.stance == .unrelated || Self.isVague(analysed, judged),
        let bare = ambiguous(analysed, cleaned)
      {
        reply = bare
        kind = .ambiguous
      } else if let reacted = reaction(analysed, to: judged, context: context, side: side, seed: seed) {
        reply = reacted
        kind = .followUp
      } else {
        reply = judged
        kind = judged.stance == .unrelated ? .unrelated : judged.facts.kind
      }
    }
    reply.facts = facts(of: analysed, reply: reply, kind: kind)
    return reply
  }

  /// The reply to a turn read as it stands: relevance, claim ranking, stance, evidence.
  private func judge(
    _ analysed: AnalyzedText, _ cleaned: String, context: TurnContext, side: Side, seed: UInt64
  ) -> Reply {
    let matches = lexicon.matches(in: analysed)
    let form = TurnForm(analysed).discountingDiscourse(
      text: analysed, argues: Set(matches.map { analysed.tokens[$0.range.lowerBound].sentence }))
    var protected = form.rhetoricalNegators
    for match in matches where match.range.count > 1 { for i in match.range { protected.insert(i) } }
    let cueContent = Set(matches.flatMap { lexicon.phrases[$0.phrase].weight > 0 ? Array($0.range) : [] })
    // The map's own affirm and deny phrases ("more than a tool") are not preferences; a topic
    // phrase ("better than an alliance") still is one.
    let phraseStarts = Set(
      matches.filter { match in
        match.range.count > 1 && lexicon.phrases[match.phrase].uses.contains { $0.role != .topic }
      }.map(\.range.lowerBound))
    let reading = TurnReading(
      analysed, protected: protected, flippedSentences: form.answeredNo, cueContent: cueContent,
      phraseStarts: phraseStarts)
    var explanation = Explanation()
    explanation.terms = termMatches(analysed, matches)
    for (written, corrected) in analysed.corrections {
      explanation.stanceCues.append("read '\(written)' as '\(corrected)'")
    }

    let scores = retrieval(analysed, form: form)
    let unitScores = scores.all
    let contentScores = scores.forQuoting
    let ranking = rankClaims(
      analysed, matches, reading, unitScores, terms: Set(scores.terms), context: context)
    let evidenceOfTopic = TopicSignals(
      analysed, matches: matches, lexicon: lexicon, grounded: groundedPhrases, analyzer: analyzer,
      textOnlyScore: scores.topicalMax, textTerms: scores.textTerms, termsInOneUnit: scores.termsInOneUnit,
      actors: map.actors)
    explanation.claims = ranking.prefix(4).map { .init(claimID: map.claims[$0.claim].id, score: $0.score) }
    explanation.units = unitScores.enumerated().filter { $0.element > 0 }.sorted { $0.element > $1.element }
      .prefix(4).map { .init(ref: corpus.units[$0.offset].ref, score: $0.element) }

    let related = ranking.first.map { evidenceOfTopic.isRelated(claim: $0.claim, form: form) } ?? false
    if !related || ranking.first?.vocabulary == 0, let followUp = FollowUp(analysed),
      let claimID = context.followUpClaimID, let claim = map.claim(claimID)
    {
      return answer(followUp, to: cleaned, about: claim, after: context, side: side, seed: seed, explanation)
    }
    if map.claims.isEmpty, let passage = closestPassage(contentScores, terms: Set(scores.contentTerms)) {
      explanation.decision = "no argument map: quote the closest passage, judge no stance"
      var reply = Reply(
        utterance: cleaned, stance: .neutral, claimID: nil, evidence: [passage],
        parts: writer.passage(passage),
        explanation: explanation)
      reply.facts.kind = .passage
      return reply
    }
    // Only the turn itself continues a conversation: a reading of its words for a question or a
    // frame (nested) is judged on those words alone, and the outer reading weighs the context.
    if !related || ranking.isEmpty, context.isOutermost, let claimID = context.followUpClaimID,
      let claim = map.claim(claimID),
      evidenceOfTopic.unknownNames.isEmpty,
      continuesTopic(analysed, textTerms: scores.textTerms, knownShare: evidenceOfTopic.knownShare)
    {
      // "what changed exactly tho", "so is it or isn't it": mid-conversation, a turn with no
      // claim of its own is about the claim under discussion.
      let verdict = StanceJudge().judge(reading: reading, claim: claim, matches: [], form: form)
      explanation.stanceCues += ["continues the conversation on \(claim.id)"] + verdict.cues
      explanation.decision = decision(verdict.stance, side: side)
      let evidence = citations(for: claim, unitScores: contentScores, side: side, asksWho: false)
      let parts = writer.reply(
        stance: verdict.stance, claim: claim, evidence: evidence, side: side, seed: seed,
        turnIndex: context.turnIndex)
      var reply = Reply(
        utterance: cleaned, stance: verdict.stance, claimID: claim.id, evidence: evidence, parts: parts,
        explanation: explanation)
      reply.facts.kind = .followUp
      return reply
    }
    guard let best = ranking.first, related else {
      explanation.decision =
        evidenceOfTopic.unknownNames.isEmpty
        ? "unrelated: nothing in the turn matches the text's claims closely enough"
        : "unrelated: the text does not mention \(evidenceOfTopic.unknownNames.joined(separator: ", "))"
      return Reply(
        utterance: cleaned, stance: .unrelated, claimID: nil, evidence: [],
        parts: writer.declining(seed: seed, nearest: nearestTopics(Set(scores.terms))),
        explanation: explanation)
    }
    let claim = map.claims[best.claim]
    let claimMatches = matches.compactMap { match -> (ClaimLexicon.Match, ClaimLexicon.Role)? in
      lexicon.phrases[match.phrase].uses.first { $0.claim == best.claim }.map { (match, $0.role) }
    }
    let verdict = StanceJudge().judge(reading: reading, claim: claim, matches: claimMatches, form: form)
    explanation.stanceCues += verdict.cues
    // "Who thought so?" and "most experts believe…" are about people: prefer sentences naming some.
    let asksWho =
      form.kind == .question && ["who", "whom", "whose"].contains(analysed.tokens.first?.word ?? "")
      || analysed.tokens.contains { EnglishCues.experts.contains($0.word) }
    let evidence = citations(for: claim, unitScores: contentScores, side: side, asksWho: asksWho)
    explanation.decision = decision(verdict.stance, side: side)
    let parts = writer.reply(
      stance: verdict.stance, claim: claim, evidence: evidence, side: side, seed: seed,
      turnIndex: context.turnIndex)
    return Reply(
      utterance: cleaned, stance: verdict.stance, claimID: claim.id, evidence: evidence, parts: parts,
      explanation: explanation)
  }

  /// The map's topics that share words with the turn, most shared first.
  private func nearestTopics(_ terms: Set<String>) -> [Int] {
    topicStems.enumerated().map { ($0.offset, $0.element.intersection(terms).count) }.filter { $0.1 > 0 }
      .sorted { $0.1 > $1.1 }.map(\.0)
  }

  /// How well each unit of the text matches a turn, seen three ways.
  struct Retrieval {
    /// The turn's terms: content stems, entity names folded.
    let terms: [String]
    /// The terms without the names found all over the text (China, Russia).
    let contentTerms: [String]
    /// Every term at full weight, synonyms at half: for ranking claims and `/why`.
    let all: [Double]
    /// Ubiquitous names at little weight, the reported person at triple: for choosing a quote.
    let forQuoting: [Double]
    /// The best score of the content terms alone: is the turn about the text at all?
    let topicalMax: Double
    /// How many different content terms occur in the text.
    let textTerms: Int
    /// The most different content terms that one of the best-matching units holds together
    /// (0 when fewer than two terms are in the text or they match it too little to matter).
    let termsInOneUnit: Int
  }

  private func retrieval(_ analysed: AnalyzedText, form: TurnForm) -> Retrieval {
    let terms = analysed.retrievalTerms
    var synonyms = terms.flatMap { synonymStems[$0] ?? [] }.map { (term: $0, weight: ReadingWeights.synonym) }
    // Judging words ("blunder", "impossible") say little about which sentence is meant.
    synonyms += analysed.tokens.filter { $0.flags.contains(.dismissal) }.map {
      ($0.stem, ReadingWeights.judgingWord)
    }
    // Whoever the turn reports ("Qin Gang insisted…") points to the sentence that names them.
    let reporter = form.attribution.map {
      analysed.entities[$0.reporterIndex] ?? analysed.tokens[$0.reporterIndex].stem
    }
    let contentTerms = terms.filter { !ubiquitousEntities.contains($0) }
    let topical = index.scores(for: contentTerms)
    let topicalMax = topical.max() ?? 0
    let textTerms = Set(contentTerms.filter { index.weight(of: $0) > 0 }).count
    // Read only when the rule that asks for it can apply (see `TopicSignals.isRelated`).
    let together =
      textTerms >= 2 && topicalMax >= ReadingWeights.topicalRetrieval
      ? termsTogether(Set(contentTerms), topical) : 0
    return Retrieval(
      terms: terms, contentTerms: contentTerms,
      all: index.scores(for: terms.map { ($0, 1.0) } + synonyms),
      forQuoting: index.scores(
        for: terms.map { ($0, ubiquitousEntities.contains($0) ? ReadingWeights.ubiquitousName : 1.0) }
          + synonyms
          + (reporter.map { [($0, ReadingWeights.reporter)] } ?? [])),
      topicalMax: topicalMax, textTerms: textTerms, termsInOneUnit: together)
  }

  /// How many of `terms` the best-matching units hold together, at most, looked up in the
  /// index's postings (reading the units again cost a third of a turn).
  private func termsTogether(_ terms: Set<String>, _ scores: [Double]) -> Int {
    let best = scores.indices.filter { scores[$0] > 0 }.sorted { scores[$0] > scores[$1] }
      .prefix(ReadingWeights.unitsReadForTogether)
    return best.map { position in terms.filter { index.unit(position, holds: $0) }.count }.max() ?? 0
  }

  /// Without a map, the unit that best matches the turn, if it shares enough with it.
  /// It must share two of the turn's words (one, when the turn has only one).
  private func closestPassage(_ scores: [Double], terms: Set<String>) -> Citation? {
    guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else { return nil }
    // The one unit's terms, read again: keeping every unit's terms would double a large text's index.
    let shared = Set(analyzer.analyze(corpus.units[best].text, correct: false).retrievalTerms).intersection(
      terms
    ).count
    guard shared >= min(2, terms.count), shared > 0 else { return nil }
    return Citation(corpus.units[best])
  }

  struct RankedClaim {
    let claim: Int
    let score: Double
    let vocabulary: Double
  }

  /// Claims by how much the turn is about them: map vocabulary first, then text retrieval.
  private func rankClaims(
    _ text: AnalyzedText, _ matches: [ClaimLexicon.Match], _ reading: TurnReading, _ unitScores: [Double],
    terms: Set<String>, context: TurnContext
  ) -> [RankedClaim] {
    var vocabulary = [Double](repeating: 0, count: map.claims.count)
    let matchedPhrases = Set(matches.map(\.phrase))
    for match in matches {
      let phrase = lexicon.phrases[match.phrase]
      let start = match.range.lowerBound
      let damp = reading.polarity(at: start) < 0 ? ReadingWeights.negatedPhrase : 1.0
      // The clause that carries the point ("…, but X") decides what the turn is about.
      let emphasis = reading.clauseWeights[text.tokens[start].clause] * reading.tokenWeights[start]
      for use in phrase.uses { vocabulary[use.claim] += phrase.weight * damp * emphasis }
    }
    let lastClaim = context.currentClaimID.flatMap { id in map.claims.firstIndex { $0.id == id } }
    var ranked: [RankedClaim] = []
    for i in map.claims.indices {
      if let anchors = lexicon.anchors[i], anchors.isDisjoint(with: matchedPhrases) { continue }
      let textScore = evidencePositions[i].map { unitScores[$0] }.max() ?? 0
      var statementScore = 0.0
      for term in statementTerms[i] where terms.contains(term) { statementScore += index.weight(of: term) }
      var score =
        vocabulary[i] + ReadingWeights.evidenceRetrieval * textScore + ReadingWeights.statementWords
        * statementScore
      if i == lastClaim, score > 0 { score += ReadingWeights.currentClaim }
      if score > 0 { ranked.append(RankedClaim(claim: i, score: score, vocabulary: vocabulary[i])) }
    }
    return ranked.sorted { $0.score > $1.score || ($0.score == $1.score && $0.claim < $1.claim) }
  }

  /// The claim's evidence ranked for this turn: the map's order, reordered by retrieval.
  private func citations(for claim: Claim, unitScores: [Double], side: Side, asksWho: Bool) -> [Citation] {
    // Arguing the rejected view, the engine leads with where the essay reports that view.
    let leading = claim.leadingRefs(arguing: side)
    var seen = Set(leading)
    let scored = claim.evidence.enumerated().compactMap { (rank, ref) -> (UnitRef, Double)? in
      guard seen.insert(ref).inserted, let position = unitPosition[ref] else { return nil }
      let prior = ReadingWeights.evidenceOrder / Double(rank + 1)
      // "Who thought so?" asks for people: prefer the sentences that name some.
      let people = asksWho && unitsNamingPeople.contains(position) ? ReadingWeights.namesPeople : 0
      // A sentence argues; a headline only announces. Prefer sentences when both match.
      let headline = corpus.units[position].kind == .sentence ? 0 : ReadingWeights.headline
      return (ref, unitScores[position] + prior + people + headline)
    }
    let ranked = leading + scored.sorted { $0.1 > $1.1 }.map(\.0)
    return ranked.prefix(3).compactMap { corpus.unit($0) }.map(Citation.init)
  }

  func decision(_ stance: Stance, side: Side) -> String {
    switch (side, stance) {
    case (.essay, .disagree): "rebut with the essay's evidence"
    case (.essay, .agree): "confirm with the text, then push further"
    case (.essay, _): "answer with the essay's position"
    case (.opponent, _): "argue the view the essay rejects, quoting where the essay reports it"
    }
  }

  private func termMatches(_ text: AnalyzedText, _ matches: [ClaimLexicon.Match]) -> [Explanation.TermMatch] {
    matches.map { match in
      let phrase = lexicon.phrases[match.phrase]
      let written = text.tokens[match.range].map(\.word).joined(separator: " ")
      return Explanation.TermMatch(term: written, matched: phrase.text, weight: phrase.weight)
    }
  }
}
