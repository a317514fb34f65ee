/// The debating partner: plans each reply from the responder's reading of the turn and what the
/// conversation holds, as moves from `DialogueMove`, and words them through `ReplyWriter`.
///
/// The responder reads one turn; the partner remembers. It notices a student contradicting an
/// earlier commitment, asks for a reason when a position comes bare, grants what the text
/// grants, never quotes a sentence the last two replies quoted (unless asked), says so when the
/// text has nothing new, and, arguing the opponent's side, makes the map's counterarguments one
/// after another.
struct DebatePartner: Sendable {
  let responder: Responder

  private var map: ArgumentMap { responder.map }
  private var corpus: Corpus { responder.corpus }

  /// How many earlier replies a quote must be absent from to be quoted again.
  static let repetitionWindow = 2

  /// The reply to `reading` in a conversation that stands at `state`; `state` records it.
  /// - Parameter scripted: the turn answers a scenario's question, and the script, not the
  ///   partner, asks the next one: no question of the partner's own.
  func reply(to reading: Reply, side: Side, scripted: Bool = false, state: inout DialogueState) -> Reply {
    var reply = reading
    let turn = state.turns + 1
    let words = PartnerWords(seed: Responder.stableHash(reading.utterance) &+ UInt64(turn))
    switch reading.facts.kind {
    case .ambiguous:
      reply.moves = [.clarify]
    case .unrelated:
      reply.moves = [.decline]
    case .passage:
      reply.moves = [.explain]
    case .conversation(let request):
      reply.moves = request == .nextPoint ? [.press] : [.explain]
      if [.undecided, .clarification, .nextPoint].contains(request), !reading.facts.asksToRepeat {
        reply = withoutRecentQuotes(reply, state: state, words: words)
      }
    case .claim, .followUp, .answer:
      if let id = reading.claimID, let claim = map.claim(id) {
        reply = argue(reading, about: claim, side: side, scripted: scripted, state: state, words: words)
      } else {
        reply.moves = reading.stance == .unrelated ? [.decline] : [.explain]
      }
    }
    if reply.moves.contains(.concede),
      let granted = reading.facts.concessions.first(where: { !state.conceded.contains($0) })
    {
      state.grant(granted)
    }
    // The opponent's next argument, or the objection a press raised, is made once.
    if let id = reply.claimID, let claim = map.claim(id),
      let next = claim.counterarguments.dropFirst(state.counterargumentsUsed[id, default: 0]).first,
      reply.parts.contains(where: { if case .prose(let words) = $0 { words.contains(next) } else { false } })
    {
      state.useCounterargument(of: id)
    }
    state.record(reply)
    return reply
  }

  /// A turn about a claim: the moves in order, then the words.
  private func argue(
    _ reading: Reply, about claim: Claim, side: Side, scripted: Bool, state: DialogueState,
    words: PartnerWords
  ) -> Reply {
    var reply = reading
    var moves: [DialogueMove] = []
    var parts: [ReplyPart] = []
    var quoted: [Citation] = []
    let stance = reading.stance

    var related = Set(claim.supports + claim.attacks).union(map.supporters(of: claim.id).map(\.id))
      .union(map.attackers(of: claim.id).map(\.id))
    // "Ok, I got it": a change of mind gives up what the student last argued, whichever claim
    // the new words are about.
    if reading.facts.changesMind, let last = state.lastCommitment?.claimID { related.insert(last) }
    // A student who says they hold their view has said where they stand: a reading that finds
    // the opposite of what they said before is the reading's slip, not theirs.
    var contradicted =
      reading.facts.holdsView ? [] : state.contradicted(by: stance, on: claim.id, related: related)
    // Coming round gives up something said before, whichever claim it was said on.
    if contradicted.isEmpty, reading.facts.changesMind, let given = state.latestOpposite(to: stance) {
      contradicted = [given]
    }
    if let earlier = contradicted.last {
      moves.append(.noteContradiction)
      reply.recalls = contradicted.map(\.turn)
      parts.append(.prose(words.contradiction(earlier)))
    }

    // A student who brings a new reason gets the best sentence not quoted lately; one who only
    // repeats the point gets nothing already quoted in the conversation, or is told so.
    // A question asked again is a new question; only "anything else?" asks for more of it.
    let insisting =
      contradicted.isEmpty && !reading.facts.givesReason
      && (stance == .neutral
        ? state.claimsCovered.contains(claim.id) && reading.facts.asksForMore
        : state.times(stance, on: claim.id) > 0 || reading.facts.kind == .followUp)
    let excluded =
      reading.facts.asksToRepeat
      ? [] : (insisting ? state.quoted : state.recentlyQuoted(Self.repetitionWindow))

    if side == .opponent {
      return opponent(reading, about: claim, state: state, moves: moves, parts: parts, words: words)
    }

    // What the text grants comes first, with its sentence.
    if let id = reading.facts.concessions.first(where: { !state.conceded.contains($0) }),
      let concession = map.concessions.first(where: { $0.id == id }),
      let unit = corpus.unit(concession.ref)
    {
      moves.append(.concede)
      parts.append(.prose(words.conceding(concession)))
      if !excluded.contains(unit.ref) {
        parts.append(.quote(Citation(unit)))
        quoted.append(Citation(unit))
      }
    }

    // Only a new reason opens the neighbouring claims' sentences; insisting asks for the claim's own.
    // "Still think I'm right", "ya whatever its an alliance": holding a view with no reason,
    // once the claim's text has been quoted, is met with that, not with more of the same.
    let bareInsistence =
      reading.facts.holdsView && !reading.facts.givesReason && stance.isSided
      && claim.evidence.contains(where: state.quoted.contains)
    let candidates =
      bareInsistence
      ? []
      : evidence(for: claim, stance: stance, reading: reading, widening: !insisting)
        .filter { citation in !excluded.contains(citation.ref) && !quoted.contains { $0.ref == citation.ref }
        }
    let main: DialogueMove = stance == .disagree ? .rebut : (stance == .agree ? .confirm : .explain)
    let shownBefore = claim.evidence.first { state.quoted.contains($0) }
    if let first = candidates.first {
      // One sentence a reply: the next turn then still has something new to quote.
      moves.append(main)
      let again = insisting || !contradicted.isEmpty
      parts.append(
        .prose(words.opening(main, claim: claim, again: again, afterConcession: moves.contains(.concede))))
      parts.append(.quote(first))
      quoted.insert(first, at: 0)
    } else if moves.contains(.concede) {
      // The sentence that grants the point is also the essay's answer to it.
      moves.append(main)
      parts.append(.prose(words.sameSentenceAnswers(main)))
    } else if !insisting, stance != .disagree, let ref = shownBefore {
      // Agreeing, or asking, about a point whose sentence was just quoted: said by its ref.
      moves.append(main)
      parts.append(.prose(words.byReference(main, claim: claim, ref: ref)))
    } else {
      moves.append(.noMoreEvidence)
      let earlier = (claim.evidence.filter { state.quoted.contains($0) })
      let next = nextClaim(after: claim, state: state)
      parts.append(
        .prose(
          bareInsistence
            ? words.heldWithoutReason(earlier: earlier, next: next)
            : words.noMoreEvidence(earlier: earlier, next: next)))
      quoted = earlier.prefix(1).compactMap(corpus.unit).map(Citation.init)
      reply.parts = parts
      reply.moves = moves
      reply.evidence = quoted
      return reply
    }

    // A bare position is asked for its reason once: not right after asking, not on a change of
    // side (the contradiction is the question), nor when the student has held it before.
    if !scripted, stance.isSided, !reading.facts.givesReason, !reading.facts.holdsView, !state.askedForReason,
      contradicted.isEmpty,
      state.times(stance, on: claim.id) == 0
    {
      moves.append(.askReason)
      parts.append(.prose(words.askingReason()))
    } else if stance == .agree {
      let pressed =
        scripted
        ? []
        : press(
          after: claim, state: state, excluding: Set(quoted.map(\.ref)).union(excluded), words: words)
      if !pressed.isEmpty {
        moves.append(.press)
        parts += pressed
      }
    }
    reply.moves = moves
    reply.parts = parts
    // The evidence is what the reply quotes, and nothing it only refers to, in the order the
    // reading ranked it for the turn (a conceded sentence may be the best one).
    let rank = Dictionary(reading.evidence.enumerated().map { ($0.element.ref, $0.offset) }) { first, _ in
      first
    }
    reply.evidence = quoted.enumerated().sorted { a, b in
      (rank[a.element.ref] ?? Int.max, a.offset) < (rank[b.element.ref] ?? Int.max, b.offset)
    }.map(\.element)
    return reply
  }

  /// The sentences that answer a turn on `claim`, best first: the responder's choice for this
  /// turn, the claim's own evidence, then (to rebut) the evidence of the claims that argue for
  /// the essay's position on it.
  private func evidence(for claim: Claim, stance: Stance, reading: Reply, widening: Bool) -> [Citation] {
    var refs = reading.evidence.map(\.ref) + claim.evidence
    if stance == .disagree, widening {
      let allies = claim.position == .rejects ? map.attackers(of: claim.id) : map.supporters(of: claim.id)
      refs += allies.flatMap(\.evidence)
    }
    var seen: Set<UnitRef> = []
    return refs.filter { seen.insert($0).inserted }.compactMap(corpus.unit).filter { $0.kind == .sentence }
      .map(Citation.init)
  }

  /// For a student who agrees: the strongest objection not yet raised, or the next claim.
  private func press(after claim: Claim, state: DialogueState, excluding: Set<UnitRef>, words: PartnerWords)
    -> [ReplyPart]
  {
    let used = state.counterargumentsUsed[claim.id, default: 0]
    if used == 0, let objection = claim.counterarguments.first {
      return [.prose(words.pressing(objection: objection))]
    }
    guard let next = nextClaim(after: claim, state: state),
      let unit = next.evidence.lazy.filter({ !excluding.contains($0) }).compactMap(corpus.unit).first
    else { return [] }
    return [.prose(words.pressing(next: next)), .quote(Citation(unit))]
  }

  /// The next claim the conversation has not covered: a neighbour of `claim` in the map, else
  /// another claim, taken in turn so that two suggestions in a row differ.
  private func nextClaim(after claim: Claim, state: DialogueState) -> Claim? {
    let open = { (candidate: Claim) in candidate.id != claim.id && !state.claimsCovered.contains(candidate.id)
    }
    let neighbours =
      (claim.supports + claim.attacks).compactMap(map.claim) + map.supporters(of: claim.id)
      + map.attackers(of: claim.id)
    if let neighbour = neighbours.first(where: open) { return neighbour }
    let others = map.claims.filter(open)
    guard !others.isEmpty else { return nil }
    return others[state.turns % others.count]
  }

  /// Arguing the views the essay rejects: the map's counterarguments, one new one each turn,
  /// in the opponent's own words; the essay's report of the view when it has one.
  private func opponent(
    _ reading: Reply, about claim: Claim, state: DialogueState, moves: [DialogueMove], parts: [ReplyPart],
    words: PartnerWords
  ) -> Reply {
    var reply = reading
    var moves = moves
    var parts = parts
    let used = state.counterargumentsUsed[claim.id, default: 0]
    let recent = state.recentlyQuoted(Self.repetitionWindow)
    let main: DialogueMove =
      reading.stance == .agree ? .rebut : (reading.stance == .disagree ? .confirm : .explain)
    if claim.counterarguments.indices.contains(used) {
      moves.append(main)
      parts.append(.prose(words.opponentArgues(claim.counterarguments[used], move: main)))
      reply.explanation.decision = "argue counterargument \(used + 1) of \(claim.id)"
      let report = claim.opposingRefs.lazy.filter { !recent.contains($0) }.compactMap(corpus.unit).first
      if let report {
        parts.append(.prose(words.opponentCitesReport()))
        parts.append(.quote(Citation(report)))
        reply.evidence = [Citation(report)]
      } else {
        reply.evidence = []
      }
    } else {
      moves.append(.noMoreEvidence)
      let next = nextClaim(after: claim, state: state)
      parts.append(.prose(words.opponentOutOfArguments(next: next)))
      reply.evidence = []
    }
    reply.moves = moves
    reply.parts = parts
    return reply
  }

  /// A conversation reply with the quotes of the last replies taken out (it says its point in
  /// words, then quotes what is new).
  private func withoutRecentQuotes(_ reply: Reply, state: DialogueState, words: PartnerWords) -> Reply {
    let recent = state.recentlyQuoted(Self.repetitionWindow)
    guard
      reply.parts.contains(where: { if case .quote(let c) = $0 { recent.contains(c.ref) } else { false } })
    else { return reply }
    var reply = reply
    let claim = reply.claimID.flatMap(map.claim)
    let fresh = claim?.evidence.first { !state.quoted.contains($0) }.flatMap(corpus.unit)
    reply.parts = reply.parts.compactMap { part in
      if case .quote(let citation) = part, recent.contains(citation.ref) { return nil }
      return part
    }
    if let fresh {
      reply.parts.append(.quote(Citation(fresh)))
      reply.evidence = [Citation(fresh)]
    } else {
      reply.evidence = []
      if !reply.moves.contains(.noMoreEvidence) { reply.moves.append(.noMoreEvidence) }
      reply.parts.append(.prose(words.nothingNewToQuote()))
    }
    return reply
  }
}
