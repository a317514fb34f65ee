/// Reading a turn as part of a conversation: a turn too vague to place, one that reacts to the
/// point just made ("makes sense, …", "I still say…"), and one that goes on with the claim under
/// discussion without naming it. Only the turn itself is read this way (`TurnContext.isOutermost`).
extension Responder {
  /// A short turn made of a vague phrase and little else ("what about that part"), read weakly
  /// or not at all as a claim: asking what is meant beats guessing.
  static func isVague(_ analysed: AnalyzedText, _ judged: Reply?) -> Bool {
    let tokens = analysed.tokens
    let words = tokens.map(\.word)
    guard words.count <= ReadingWeights.vagueWords else { return false }
    var covered: Set<Int> = []
    for i in words.indices {
      if let phrase = EnglishCues.vagueTurns.longest(in: words, at: i) {
        covered.formUnion(i..<min(i + phrase.count, words.count))
      }
    }
    // "what about that part" is vague; "what about Brazil" names its subject.
    let saysMore = tokens.indices.contains { i in
      !covered.contains(i) && tokens[i].flags.isDisjoint(with: [.stopword, .negator])
        && !EnglishCues.pointingBack.contains(words[i]) && !EnglishCues.answerFillers.contains(words[i])
        && !EnglishCues.phraseAdverbs.contains(words[i]) && !EnglishCues.chatOpeners.contains(words[i])
        && !EnglishCues.chatFillers.contains(words[i])
    }
    guard !covered.isEmpty, !saysMore else { return false }
    guard let judged else { return true }
    return (judged.explanation.claims.first?.score ?? 0) < ReadingWeights.vagueClaimScore
  }

  /// Mid-conversation, a turn that opens by accepting the point just made ("makes sense, …")
  /// takes the side the engine argued; one that opens by holding to an earlier view ("I still
  /// say…") keeps the side the student took on that claim. The rest of the turn says which
  /// claim, or else it is the one under discussion. Nil when the turn opens neither way, turns
  /// on a "but", or asks a question.
  func reaction(
    _ analysed: AnalyzedText, to judged: Reply, context: TurnContext, side: Side, seed: UInt64
  ) -> Reply? {
    guard context.turnIndex > 0, context.isOutermost else { return nil }
    let tokens = analysed.tokens
    let words = tokens.map(\.word)
    var start = 0
    while start < words.count - 1, EnglishCues.answerFillers.contains(words[start]),
      EnglishCues.acceptanceOpeners.longest(in: words, at: start) == nil,
      EnglishCues.insistenceOpeners.longest(in: words, at: start) == nil
    {
      start += 1
    }
    // "nah, I'm right": a bare no before holding to one's view only says it louder.
    if start + 1 < words.count, EnglishCues.bareNoes.contains(words[start]),
      EnglishCues.insistenceOpeners.longest(in: words, at: start + 1) != nil
    {
      start += 1
    }
    let asks = analysed.sentenceIsQuestion.last == true || TurnForm(analysed).kind != .statement
    // The "still" of "I still say…" holds the view; a contrast anywhere else turns the turn.
    let holding = EnglishCues.insistenceOpeners.longest(in: words, at: start).map {
      start..<(start + $0.count)
    }
    let turns = tokens.indices.contains { i in
      tokens[i].flags.contains(.contrastMarker) && !(holding?.contains(i) ?? false)
    }
    guard !asks, !turns else { return nil }
    var claimID: String?
    var stance: Stance
    var cue: String
    let comesRound = words.indices.lazy.compactMap { EnglishCues.mindChanges.longest(in: words, at: $0) }
      .first
    if let opener = EnglishCues.acceptanceOpeners.longest(in: words, at: start) ?? comesRound {
      claimID = judged.claimID ?? context.followUpClaimID
      stance = side == .essay ? .agree : .disagree
      cue = "accepts the point just made: '\(opener.joined(separator: " "))'"
    } else if let opener = EnglishCues.insistenceOpeners.longest(in: words, at: start) {
      let held = [judged.claimID, context.followUpClaimID].compactMap { $0 }.first {
        context.studentStances[$0] != nil
      }
      guard let held, let earlier = context.studentStances[held] else { return nil }
      claimID = held
      stance = earlier
      cue = "holds to the side taken before: '\(opener.joined(separator: " "))'"
    } else if start < words.count, EnglishCues.reasonAnswerOpeners.contains(words[start]),
      let current = context.followUpClaimID, let earlier = context.studentStances[current],
      judged.claimID == nil || judged.claimID == current
        || (judged.explanation.claims.first?.score ?? 0) < ReadingWeights.vagueClaimScore
        || EnglishCues.reasonConjunctions.contains(words[start])
    {
      // "Because they smile together on TV": the reason for the side just taken, whatever
      // other claim its words touch ("because Russia sells it cheap oil" defends the last one).
      claimID = current
      stance = earlier
      cue = "gives a reason for the side taken before: '\(words[start])'"
    } else {
      return nil
    }
    guard let claimID, let claim = map.claim(claimID) else { return nil }
    if judged.claimID == claimID, judged.stance == stance { return nil }
    var explanation = judged.explanation
    explanation.stanceCues.insert(cue, at: 0)
    explanation.decision = decision(stance, side: side)
    let evidence =
      judged.claimID == claimID
      ? judged.evidence : claim.evidence.prefix(3).compactMap(corpus.unit).map(Citation.init)
    let parts = writer.reply(
      stance: stance, claim: claim, evidence: evidence, side: side, seed: seed, turnIndex: context.turnIndex)
    return Reply(
      utterance: judged.utterance, stance: stance, claimID: claimID, evidence: evidence, parts: parts,
      explanation: explanation)
  }

  /// Whether the turn says the student has come round ("I got it", "I'm with you", "agreed").
  static func comesRound(_ words: [String]) -> Bool {
    words.indices.contains { i in
      EnglishCues.mindChanges.longest(in: words, at: i) != nil
        || (i == 0 && EnglishCues.acceptanceOpeners.longest(in: words, at: i) != nil)
    }
  }

  /// "Yes.", "kind of", "it depends" with nothing asked: too ambiguous to judge, so the reply
  /// asks what is meant instead of guessing a claim.
  func ambiguous(_ analysed: AnalyzedText, _ cleaned: String) -> Reply? {
    let vague = Self.isVague(analysed, nil)
    let form = AnswerForm(analysed)
    let bareAnswer =
      analysed.tokens.count <= 4
      && ([.yes, .no, .unsure].contains(form.kind)
        || (form.kind == .questionBack && analysed.tokens.count <= 2
          && !EnglishCues.whWords.contains(analysed.tokens.first?.word ?? "")))
      && !analysed.tokens.allSatisfy({ EnglishCues.acknowledgments.contains($0.word) })
    guard vague || bareAnswer else { return nil }
    let said = vague ? analysed.tokens.map(\.word).joined(separator: " ") : form.cue
    var explanation = Explanation()
    explanation.stanceCues = ["'\(said)' with nothing asked: ambiguous"]
    explanation.decision = "ask what the student means"
    return Reply(
      utterance: cleaned, stance: .neutral, claimID: nil, evidence: [],
      parts: [.prose(writer.clarifying(seed: Self.stableHash(cleaned)))], explanation: explanation)
  }

  /// Whether a turn with no claim of its own reads as going on with the one under discussion:
  /// short, mostly in words the text knows, and either using them or pointing back ("that
  /// part", "it"), and not announcing a change of subject ("random question").
  func continuesTopic(_ analysed: AnalyzedText, textTerms: Int, knownShare: Double) -> Bool {
    let words = analysed.tokens.map(\.word)
    guard words.count <= ReadingWeights.continuationWords, ConversationTurn(analysed) == nil,
      knownShare >= ReadingWeights.continuationKnownShare
    else {
      return false
    }
    if words.indices.contains(where: { EnglishCues.topicChanges.longest(in: words, at: $0) != nil }) {
      return false
    }
    return textTerms > 0 || words.contains(where: EnglishCues.pointingBack.contains)
  }
}
