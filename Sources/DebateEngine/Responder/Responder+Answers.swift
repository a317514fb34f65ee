extension Responder {
  /// The reply to a turn that answers the question in `context`, when the question decides what
  /// the turn means ("yes", "the latter", "because Russia needs China"); nil when the turn is to
  /// be read on its own.
  ///
  /// The question is turned into statements (what "yes" asserts, or each alternative) and those
  /// are judged like any turn; the answer then takes that side, or the other.
  func answer(
    _ analysed: AnalyzedText, to cleaned: String, in context: TurnContext, side: Side, seed: UInt64
  ) -> Reply? {
    guard let question = context.question, context.mayNest else { return nil }
    let reading = QuestionReading(question: question, lead: context.lead)
    if reading.kind == .open, !reading.asksAboutEssay {
      return answer(
        analysed, to: cleaned, open: reading, question: question, in: context, side: side, seed: seed)
    }
    let asserted = judgeAlone(reading.proposition, side: side, in: context)
    var alternatives: (first: Set<String>, second: Set<String>)?
    if reading.kind == .alternatives {
      let first = contentStems(reading.proposition)
      let second = contentStems(reading.second)
      alternatives = (first.subtracting(second), second.subtracting(first))
    }
    // A whole sentence answering an either/or question argues for itself ("Beijing is no
    // mediator, that is absurd"); only a short one picks an alternative by its words.
    let form = AnswerForm(analysed, alternatives: analysed.tokens.count <= 5 ? alternatives : nil)
    let yes = asserted.stance.isSided ? asserted.stance : (reading.asksAboutEssay ? .agree : nil)
    let alone = context.nested
    var own: Reply { respond(to: cleaned, context: alone, side: side) }

    var stance: Stance
    var basis = asserted
    var why: String
    switch form.kind {
    case .unsure, .questionBack:
      stance = .neutral
      why = form.kind == .unsure ? "'\(form.cue)': takes no side" : "asks a question back: takes no side"
    case .yes, .no:
      guard let yes else { return nil }
      stance = form.kind == .yes ? yes : yes.opposite
      why = "'\(form.cue)' to: \(Self.quoted(reading.proposition))"
      // "partly, but ideology matters more", "yeah but only on paper": the "but" decides.
      if let but = analysed.tokens.firstIndex(where: { $0.word == "but" }), but + 1 < analysed.tokens.count {
        let point = analysed.tokens[(but + 1)...].map(\.word).joined(separator: " ")
        let judged = respond(to: point, context: alone, side: side)
        if judged.stance.isSided {
          return judged.answering(cleaned)
        }
        if Self.negates(analyzer.analyze(point)) {
          stance = stance.opposite
          why += "; but: '\(point)'"
        }
      }
    case .first, .second, .neither, .both:
      let (first, second) = judgeAlternatives(reading, side: side, in: context)
      let picked: Stance
      switch form.kind {
      case .first: picked = first.stance
      case .second: picked = second.stance
      // "neither": both denied, which sides with the essay only when it rejects both.
      case .neither: picked = first.stance == second.stance ? first.stance.opposite : .neutral
      default: picked = first.stance == second.stance ? first.stance : .neutral
      }
      guard picked.isSided || form.kind == .neither || form.kind == .both else { return nil }
      basis = form.kind == .second ? second : first
      stance = picked
      why = "answers the alternatives with '\(form.cue)'"
    case .reason where reading.kind == .reason:
      // "because…" to "why…?": a reason for the premise accepts it.
      guard let yes else { return nil }
      stance = yes
      why = "gives a reason for: \(Self.quoted(reading.proposition))"
    case .statement where reading.kind == .reason && deniesPremise(analysed):
      // "it isn't hard, …" to "why is it so hard…?": the premise itself is denied.
      guard let yes else { return nil }
      stance = yes.opposite
      why = "denies the premise: \(Self.quoted(reading.proposition))"
    case .reason, .statement:
      let reply = own
      if reply.stance.isSided { return reply }
      guard let yes else { return nil }
      // A short echo ("it's real", "they can't") or a reason answers the question itself.
      guard
        form.kind == .reason || reading.kind == .reason
          || (analysed.tokens.count <= 6 && isEcho(analysed, of: reading.proposition))
      else { return nil }
      let denies = form.kind != .reason && Self.negates(analysed)
      stance = denies ? yes.opposite : yes
      why =
        (denies
          ? "denies" : (form.kind == .reason || reading.kind == .reason ? "gives a reason for" : "affirms"))
        + ": \(Self.quoted(reading.proposition))"
    }
    return reply(
      to: cleaned, adopting: basis, stance: stance, cue: "answers the question asked; \(why)", side: side,
      seed: seed, turnIndex: context.turnIndex)
  }

  /// The longest answer to an open question that is read as completing it ("sidekicks",
  /// "shared long-term interests", "nothing"); a longer one says what it means on its own.
  static let openAnswerLength = 5

  /// A short answer to an open question ("What are North Korea and Iran in this axis?"): an
  /// unsure one or a question back takes no side on the question's claim; another completes
  /// the question's own words ("North Korea and Iran are in this axis sidekicks") and is
  /// judged as that statement. Nil when the answer is to be read alone.
  private func answer(
    _ analysed: AnalyzedText, to cleaned: String, open reading: QuestionReading, question: String,
    in context: TurnContext, side: Side, seed: UInt64
  ) -> Reply? {
    // The fragment is the answer's first clause: "none, it's in Moscow's corner" answers "none".
    let fragment = analysed.tokens.prefix { $0.clause == analysed.tokens.first?.clause }
    guard fragment.count <= Self.openAnswerLength, !reading.frame.isEmpty,
      fragment.count == analysed.tokens.count || fragment.count <= 2
    else { return nil }
    let form = AnswerForm(analysed)
    if form.kind == .unsure || form.kind == .questionBack {
      let asked = respond(to: question, context: context.fresh, side: side)
      let why = form.kind == .unsure ? "'\(form.cue)': takes no side" : "asks a question back: takes no side"
      return reply(
        to: cleaned, adopting: asked, stance: .neutral, cue: "answers the question asked; \(why)", side: side,
        seed: seed, turnIndex: context.turnIndex)
    }
    guard form.kind == .statement else { return nil }
    // "nothing, they're allies already": an answer whose own words take a side is read alone.
    if fragment.count < analysed.tokens.count,
      respond(to: cleaned, context: context.nested, side: side).stance.isSided
    {
      return nil
    }
    let completed = judgeAlone(reading.frame + fragment.map(\.word), side: side, in: context)
    guard completed.stance.isSided else { return nil }
    return reply(
      to: cleaned, adopting: completed, stance: completed.stance,
      cue: "answers the question asked; completes: \(Self.quoted(reading.frame))", side: side, seed: seed,
      turnIndex: context.turnIndex)
  }

  /// The reply to a turn whose meaning was read from other words (the question it answers,
  /// the proposition its frame judges): `basis`'s claim and evidence, with the turn's stance.
  func reply(
    to cleaned: String, adopting basis: Reply, stance: Stance, cue: String, side: Side, seed: UInt64,
    turnIndex: Int
  ) -> Reply? {
    guard let claimID = basis.claimID, let claim = map.claim(claimID) else { return nil }
    var explanation = basis.explanation
    explanation.stanceCues.insert(cue, at: 0)
    explanation.decision = decision(stance, side: side)
    let parts = writer.reply(
      stance: stance, claim: claim, evidence: basis.evidence, side: side, seed: seed, turnIndex: turnIndex)
    return Reply(
      utterance: cleaned, stance: stance, claimID: claim.id, evidence: basis.evidence, parts: parts,
      explanation: explanation)
  }

  /// Whether a short answer only takes up the question's own words ("they can't", "it's
  /// real", "it's just for show"), rather than saying something of its own ("I like turtles").
  private func isEcho(_ answer: AnalyzedText, of proposition: [String]) -> Bool {
    let asked = contentStems(proposition)
    let tokens = answer.tokens
    var inPhrase: Set<Int> = []
    for i in tokens.indices {
      if let phrase = PhraseTable.dismissals.phrase(at: i, in: tokens) {
        inPhrase.formUnion(i..<(i + phrase.count))
      }
    }
    return tokens.indices.allSatisfy { i in
      let token = tokens[i]
      return token.flags.contains(.stopword) || !token.flags.isDisjoint(with: [.negator, .dismissal])
        || EnglishCues.generic.contains(token.word) || asked.contains(token.stem) || inPhrase.contains(i)
    }
  }

  /// Each alternative of an either/or question judged as a statement: alone, or with the
  /// question's frame when neither can be judged alone; one that cannot be judged is taken as
  /// the other's opposite.
  private func judgeAlternatives(_ reading: QuestionReading, side: Side, in context: TurnContext) -> (
    Reply, Reply
  ) {
    var first = judgeAlone(reading.proposition, side: side, in: context)
    var second = judgeAlone(reading.second, side: side, in: context)
    if !first.stance.isSided, !second.stance.isSided, !reading.frame.isEmpty {
      first = judgeAlone(reading.proposition + reading.frame, side: side, in: context)
      second = judgeAlone(reading.second + reading.frame, side: side, in: context)
    }
    switch (first.stance.isSided, second.stance.isSided) {
    case (true, false): return (first, first.withStance(first.stance.opposite))
    case (false, true): return (second.withStance(second.stance.opposite), second)
    default: return (first, second)
    }
  }

  /// A statement made of a question's words, judged as a first turn.
  private func judgeAlone(_ words: [String], side: Side, in context: TurnContext) -> Reply {
    respond(to: words.joined(separator: " "), context: context.fresh, side: side)
  }

  private func contentStems(_ words: [String]) -> Set<String> {
    Set(analyzer.analyze(words.joined(separator: " "), correct: false).retrievalTerms)
  }

  /// Whether a short answer denies: an odd number of negators and dismissals ("they can't",
  /// "it's just for show"); "not impossible" affirms.
  static func negates(_ text: AnalyzedText) -> Bool {
    let tokens = text.tokens
    var count = 0
    var i = 0
    while i < tokens.count {
      if let phrase = PhraseTable.dismissals.phrase(at: i, in: tokens)
        ?? PhraseTable.negators.phrase(at: i, in: tokens)
      {
        count += 1
        i += phrase.count
        continue
      }
      if !tokens[i].flags.isDisjoint(with: [.negator, .dismissal]) { count += 1 }
      i += 1
    }
    return count % 2 == 1
  }

  /// "it doesn't, …", "it wasn't a misreading, …": the answer opens with a bare denial, a
  /// negated clause that names no claim of its own ("they can't be allies, …" argues).
  func deniesPremise(_ text: AnalyzedText) -> Bool {
    guard let clause = text.tokens.first?.clause else { return false }
    let negated = text.tokens.prefix { $0.clause == clause }.contains { $0.flags.contains(.negator) }
    let arguesAClaim = lexicon.matches(in: text).contains { match in
      text.tokens[match.range.lowerBound].clause == clause && lexicon.phrases[match.phrase].weight > 0
    }
    return negated && !arguesAClaim
  }

  private static func quoted(_ words: [String]) -> String { "'\(words.joined(separator: " "))'" }
}

extension Reply {
  /// The same reply, as the answer to the student's whole turn.
  fileprivate func answering(_ turn: String) -> Reply {
    Reply(
      utterance: turn, stance: stance, claimID: claimID, evidence: evidence, parts: parts,
      explanation: explanation)
  }

  /// The same reply with another stance, for an alternative judged as the other's opposite.
  func withStance(_ stance: Stance) -> Reply {
    Reply(
      utterance: utterance, stance: stance, claimID: claimID, evidence: evidence, parts: parts,
      explanation: explanation)
  }
}

extension Stance {
  /// Whether the stance takes a side (agree or disagree).
  var isSided: Bool { self == .agree || self == .disagree }

  /// The other side; neutral and unrelated stay as they are.
  var opposite: Stance {
    switch self {
    case .agree: .disagree
    case .disagree: .agree
    case .neutral, .unrelated: self
    }
  }
}
