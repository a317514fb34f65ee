/// Words the debater's replies, from templates chosen by stance and side, always around quotes.
///
/// Phrasing varies with a stable hash of the turn, never randomly: the same session gives the
/// same replies, so transcripts replay exactly.
struct ReplyWriter: Sendable {
  let corpus: Corpus
  let map: ArgumentMap

  func reply(
    stance: Stance, claim: Claim, evidence: [Citation], side: Side, seed: UInt64, turnIndex: Int
  ) -> [ReplyPart] {
    let pick = { (options: [String]) -> String in
      options[Int((seed &+ UInt64(turnIndex)) % UInt64(options.count))]
    }
    var parts: [ReplyPart] = []
    let quotes = evidence.map { ReplyPart.quote($0) }
    switch (side, stance) {
    case (.essay, .disagree):
      parts.append(
        .prose(
          pick([
            "I disagree. \(Self.restate(claim, asserted: claim.position == .rejects)) The text answers:",
            "That is the view the essay argues against. \(Self.restate(claim, asserted: claim.position == .rejects)) The essay says:",
            "The essay would push back here. \(Self.restate(claim, asserted: claim.position == .rejects)) Look at the text:",
          ])))
      parts.append(contentsOf: quotes.prefix(1))
      if quotes.count > 1 {
        parts.append(.prose(pick(["It goes further:", "And again:", "It adds:"])))
        parts.append(quotes[1])
      }
    case (.essay, .agree):
      parts.append(
        .prose(
          pick([
            "Agreed, and the essay says so:", "The essay is on your side:",
            "Yes; the text makes the same point:",
          ])))
      parts.append(contentsOf: quotes.prefix(1))
      parts.append(
        contentsOf: pushFurther(from: claim, excluding: Set(evidence.prefix(1).map(\.ref)), pick: pick))
    case (.essay, .neutral), (.essay, .unrelated):
      parts.append(
        .prose(
          pick([
            // The map's paraphrase is never passed off as the essay's words: the quotes follow.
            "The essay's position: \(claim.view)", "On this the essay is clear. \(claim.view)",
            "In short, the essay argues this. \(claim.view) In its own words:",
          ])))
      parts.append(contentsOf: quotes.prefix(2))
    case (.opponent, _):
      parts.append(contentsOf: argueOpposite(stance: stance, claim: claim, evidence: evidence, pick: pick))
    }
    return parts
  }

  /// "You are saying that …" in the claim's own statement.
  static func restate(_ claim: Claim, asserted: Bool) -> String {
    asserted ? "You are arguing: \(claim.statement)" : "You are denying: \(claim.statement)"
  }

  /// After agreement: the strongest opposing view the text reports, or the next claim it argues.
  private func pushFurther(from claim: Claim, excluding used: Set<UnitRef>, pick: ([String]) -> String)
    -> [ReplyPart]
  {
    if let ref = claim.opposingRefs.first(where: { !used.contains($0) }), let unit = corpus.unit(ref),
      let opposing = claim.opposingView
    {
      return [
        .prose(
          pick([
            "But be ready for the other side. \(opposing) The essay reports it:",
            "Now test yourself against the opposing view. \(opposing) In the text:",
          ])),
        .quote(Citation(unit)),
      ]
    }
    let related =
      (claim.supports + claim.attacks).compactMap { map.claim($0) }
      + map.supporters(of: claim.id) + map.attackers(of: claim.id)
    if let next = related.first(where: { $0.id != claim.id }),
      let ref = next.evidence.first(where: { !used.contains($0) }),
      let unit = corpus.unit(ref)
    {
      return [
        .prose(pick(["Take it one step further. \(next.view)", "The essay builds on this. \(next.view)"])),
        .quote(Citation(unit)),
      ]
    }
    return []
  }

  /// The opponent's side: the views the essay rejects, quoted where the essay reports them.
  private func argueOpposite(stance: Stance, claim: Claim, evidence: [Citation], pick: ([String]) -> String)
    -> [ReplyPart]
  {
    let reported = claim.opposingRefs.compactMap { corpus.unit($0) }.map(Citation.init)
    switch (claim.position, stance) {
    case (.rejects, .disagree):
      var parts: [ReplyPart] = [
        .prose(
          pick([
            "As your opponent, I take your side of this.",
            "Arguing against the essay, I agree with you.",
          ]))
      ]
      // The essay's answer, in a sentence other than the one that reports the view.
      let answer = evidence.first { $0.ref != reported.first?.ref }
      if let quote = reported.first, let answer {
        parts += [
          .prose("The essay itself reports this view:"), .quote(quote),
          .prose("It rejects it, though, so be ready for its answer:"), .quote(answer),
        ]
      } else if let quote = reported.first {
        parts += [.prose("The essay reports this view and rejects it in the same sentence:"), .quote(quote)]
      } else {
        parts.append(.prose("The essay rejects this view; its answer is:"))
        parts += evidence.prefix(1).map { .quote($0) }
      }
      return parts
    case (.rejects, _):
      var parts: [ReplyPart] = [.prose("Arguing against the essay, I hold: \(claim.statement)")]
      if let quote = reported.first {
        parts += [.prose("The essay reports this view, though it rejects it:"), .quote(quote)]
      } else {
        parts.append(
          .prose("The text reports no one holding this view in its own words; it only rejects it:"))
        parts += evidence.prefix(1).map { .quote($0) }
      }
      return parts
    case (.holds, _):
      return [
        .prose(
          pick([
            "Arguing against the essay, I would contest this, but the text gives me nothing to quote for that side; it argues:",
            "As your opponent I dispute the essay here, yet the text offers no opposing words to quote; it says only:",
          ]))
      ] + evidence.prefix(1).map { .quote($0) }
    }
  }

  /// For a turn the text does not address: one sentence, naming the topics nearest to it
  /// (`nearest`, best first), the others in turn so the same block never comes twice running.
  func declining(seed: UInt64, nearest: [Int]) -> [ReplyPart] {
    let openers = [
      "The text does not address that", "The text says nothing about that",
      "That is outside what the text covers",
    ]
    let opener = openers[Int(seed % UInt64(openers.count))]
    let topics = map.topics
    guard !topics.isEmpty else { return [.prose(opener + ".")] }
    let start = Int(seed % UInt64(topics.count))
    let rotation = topics.indices.map { (start + $0) % topics.count }
    var chosen = nearest.filter(topics.indices.contains)
    chosen += rotation.filter { !chosen.contains($0) }
    let names = chosen.prefix(2).map { topics[$0] }
    return [.prose("\(opener); it argues about \(names.joined(separator: " and ")), among other things.")]
  }

  /// For a turn too ambiguous to judge: ask which point is meant, with one of the topics.
  func clarifying(seed: UInt64) -> String {
    let openers = [
      "I'm not sure what you mean yet. Which point of the essay are you answering?",
      "Yes or no to what? Tell me which claim you have in mind.",
      "Can you say a little more? I can't tell which point you mean.",
    ]
    let opener = openers[Int(seed % UInt64(openers.count))]
    guard !map.topics.isEmpty else { return opener }
    return opener + " For example: \(map.topics[Int((seed / 3) % UInt64(map.topics.count))])?"
  }

  /// For a text without an argument map: the closest passage, without pretending to judge.
  func passage(_ citation: Citation) -> [ReplyPart] {
    [
      .prose("This text has no argument map, so I cannot tell which side you take. The closest passage:"),
      .quote(citation),
    ]
  }
}
