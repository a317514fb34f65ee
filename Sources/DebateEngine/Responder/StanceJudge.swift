/// Decides the student's stance toward the essay on one claim from the language of the turn.
///
/// The rules follow Bar-Haim et al.'s decomposition of claim stance: find what the turn says
/// about the claim's statement (its affirm and deny words), flip for negation and dismissal in
/// scope, weigh the clause that carries the point, then compare with the essay's position.
struct StanceJudge: Sendable {
  struct Verdict: Sendable {
    var stance: Stance
    var cues: [String]
  }

  /// - Parameters:
  ///   - matches: the lexicon matches that serve `claim`, with their role for it.
  func judge(
    reading: TurnReading, claim: Claim, matches: [(match: ClaimLexicon.Match, role: ClaimLexicon.Role)],
    form: TurnForm
  ) -> Verdict {
    var cues = reading.cueWords.map { "'\($0)'" }
    if form.kind == .question || form.kind == .request {
      cues.append(form.kind == .question ? "a question: takes no side" : "a request: takes no side")
      return Verdict(stance: .neutral, cues: cues)
    }
    let tokens = reading.text.tokens
    if let verdict = AuthorStance.verdict(in: tokens) {
      cues.append("judges the essay outright: '\(verdict.words)'")
      return Verdict(stance: verdict.stance, cues: cues)
    }
    let assertive = matches.filter {
      form.declarativeSentences.contains(tokens[$0.match.range.lowerBound].sentence)
    }
    var sum = 0.0
    var polar = assertive.filter { $0.role != .topic }
    let topicOnly = polar.isEmpty
    if topicOnly { polar = assertive }
    // The point of a "…, but X" clause counts even when it only names the claim.
    if !topicOnly {
      polar += assertive.filter {
        $0.role == .topic && reading.clauseWeights[tokens[$0.match.range.lowerBound].clause] > 1
      }
    }
    for (match, role) in polar {
      let start = match.range.lowerBound
      // A topic word is negated by negation anywhere in its clause ("Iran has nothing to do
      // with it"); affirm and deny words only by negation before them.
      let polarity = topicOnly ? reading.clausePolarity(at: start) : reading.polarity(at: start)
      let sign = Double(role == .deny ? -1 : 1) * Double(polarity)
      // A topic word only names the subject: mentioning it asserts nothing, negating it denies,
      // unless it is the point the turn makes ("…, but they are a full-blown alliance").
      if topicOnly && sign > 0 && reading.clauseWeights[tokens[start].clause] <= 1 { continue }
      sum += sign * reading.clauseWeights[tokens[start].clause] * reading.tokenWeights[start]
    }
    if polar.isEmpty {
      // Nothing names the claim's statement: the turn's own negation decides, if any.
      let negated = reading.cueWords.count % 2 == 1
      sum = negated ? -1 : 1
      cues.append(negated ? "no claim words; the turn negates" : "no claim words; read as assertion")
    }
    var asserts = sum >= 0
    // Reporting a view the essay reports, by someone it names, matches the text; denying that
    // they held it contradicts the text.
    // "Xi never said…": the negation denies the report, not the view reported.
    let reportedAsserted = form.attribution?.negated == true ? !asserts : asserts
    // "But Xi said it has no limits", "Xi called it…, so it must be real": the report is
    // brought as evidence against the essay, not as a reading of it.
    let reportArgues =
      tokens.prefix(3).contains { EnglishCues.objectionOpeners.contains($0.word) }
      || tokens.indices.contains { i in
        i > 0 && EnglishCues.inferenceOpeners.contains(tokens[i].word)
          && tokens[i - 1].clause != tokens[i].clause
          && tokens[tokens.window(i + 1, i + 4)].contains { EnglishCues.inferenceModals.contains($0.word) }
      }
    if let attribution = form.attribution, claim.position == .rejects, !claim.opposingRefs.isEmpty,
      reportedAsserted, !attribution.negated, attribution.matches(holders: claim.opposingHolders),
      reportArgues
    {
      cues.append("brings a view the essay reports as evidence against it")
      return Verdict(stance: .disagree, cues: cues)
    }
    if let attribution = form.attribution, claim.position == .rejects, !claim.opposingRefs.isEmpty,
      reportedAsserted, attribution.matches(holders: claim.opposingHolders)
    {
      cues.append(
        attribution.negated
          ? "denies that '\(attribution.reporter)' held a view the essay reports"
          : "reports a view the essay also reports")
      return Verdict(stance: attribution.negated ? .disagree : .agree, cues: cues)
    }
    // "Xi called it weaker than an alliance": a named holder credited with the opposite of the
    // view the essay reports from them is a misreading of the text.
    if let attribution = form.attribution, attribution.namesAPerson, claim.position == .rejects,
      !reportedAsserted, claim.opposingHolders.contains(attribution.reporter),
      !tokens.contains(where: { $0.flags.contains(.dismissal) })
    {
      cues.append("credits '\(attribution.reporter)' with the opposite of the view the essay reports")
      return Verdict(stance: .disagree, cues: cues)
    }
    if sum == 0, !topicOnly, let last = polar.last {
      // A tie ("the historical echo is accidental"): the predicate, said last, decides.
      asserts = reading.polarity(at: last.match.range.lowerBound) * (last.role == .deny ? -1 : 1) > 0
    }
    cues.append(asserts ? "asserts: \(claim.statement)" : "denies: \(claim.statement)")
    let agrees = asserts == (claim.position == .holds)
    cues.append("essay \(claim.position.rawValue) it")
    return Verdict(stance: agrees ? .agree : .disagree, cues: cues)
  }
}
