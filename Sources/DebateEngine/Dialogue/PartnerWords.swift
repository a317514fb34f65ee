/// The partner's phrasing for each move, varied by a stable hash of the turn so the same
/// conversation always reads the same, and two turns in a row rarely do.
///
/// Only prose: quotes are added by the partner as `.quote` parts, so nothing here can pass for
/// the text's words.
struct PartnerWords: Sendable {
  /// The longest stretch of a student's earlier words a reply recalls.
  static let recalledCharacters = 160

  let seed: UInt64

  private func pick(_ options: [String], _ salt: UInt64 = 0) -> String {
    options[Int((seed &+ salt) % UInt64(options.count))]
  }

  func contradiction(_ earlier: Commitment) -> String {
    let side = earlier.stance == .agree ? "sided with the essay" : "argued against the essay"
    // The student's own words, cut short: a pasted page is recalled by its start.
    let said =
      earlier.words.count > Self.recalledCharacters
      ? String(earlier.words.prefix(Self.recalledCharacters)) + "…" : earlier.words
    return pick([
      "Wait: at turn \(earlier.turn) you \(side) on this, when you said “\(said)”. Now you take the other side.",
      "That is not what you said at turn \(earlier.turn): “\(said)”. Which do you hold?",
      "At turn \(earlier.turn) you said “\(said)”, which is the opposite. What changed your mind?",
    ])
  }

  func conceding(_ concession: Concession) -> String {
    pick([
      "You have a point there. \(concession.grants)", "Granted. \(concession.grants)",
      "Fair. \(concession.grants)",
    ])
      + " Its words:"
  }

  func opening(_ move: DialogueMove, claim: Claim, again: Bool, afterConcession: Bool) -> String {
    if afterConcession {
      switch move {
      case .rebut:
        return pick([
          "But that does not settle it. The essay's answer:", "Still, the essay argues against you:",
        ])
      case .confirm:
        return pick(["And the essay agrees with the rest:", "On the main point it is with you:"])
      default: return pick(["As for the rest:", "On the point itself:"])
      }
    }
    switch (move, again) {
    case (.rebut, false):
      return pick([
        "I disagree. \(ReplyWriter.restate(claim, asserted: claim.position == .rejects)) The text answers:",
        "That is the view the essay argues against. The essay says:",
        "The essay would push back here: \(claim.view) Look at the text:",
      ])
    case (.rebut, true):
      return pick([
        "Then look at another sentence:", "The essay has more against that:",
        "Here is a part of the text we have not looked at yet:",
      ])
    case (.confirm, false):
      return pick([
        "Agreed, and the essay says so:", "The essay is on your side:", "Yes; the text makes the same point:",
      ])
    case (.confirm, true):
      return pick(["Right, and there is more in the text:", "The essay backs you again here:"])
    case (_, false):
      return pick([
        "The essay's position: \(claim.view) In its words:", "On this the essay is clear. \(claim.view)",
        "In short, the essay argues this. \(claim.view) In its own words:",
      ])
    case (_, true):
      return pick(["Another sentence on this:", "Here is more of what the text says:"])
    }
  }

  func sameSentenceAnswers(_ move: DialogueMove) -> String {
    switch move {
    case .rebut:
      pick([
        "But read the whole sentence: it is the essay's answer to you.",
        "Yet the same sentence says why that does not settle it.",
      ])
    case .confirm: pick(["And the same sentence is on your side.", "The same sentence bears you out."])
    default: "That sentence is the essay's whole answer here."
    }
  }

  func byReference(_ move: DialogueMove, claim: Claim, ref: UnitRef) -> String {
    switch move {
    case .confirm:
      pick([
        "Yes, and that is what the essay says in \(ref), quoted above.",
        "Right: that is the point of \(ref), which we have just read.",
      ])
    default:
      pick([
        "The essay's answer is \(ref), quoted above: \(claim.view)",
        "We have read its sentence on this (\(ref)). In short: \(claim.view)",
      ])
    }
  }

  func askingReason() -> String {
    pick([
      "What makes you say that?", "Why do you think so? Give me a reason or an example.",
      "What is your reason for that?", "What in the text, or outside it, makes you think so?",
    ])
  }

  func pressing(objection: String) -> String {
    pick([
      "Now be ready for the other side. An opponent would say: \(objection) How would you answer?",
      "Test yourself against this objection: \(objection) What would you reply?",
    ])
  }

  func pressing(next: Claim) -> String {
    pick(["Take it one step further. \(next.view)", "The essay builds on this. \(next.view)"])
  }

  func noMoreEvidence(earlier: [UnitRef], next: Claim?) -> String {
    let refs = earlier.map(\.description).joined(separator: ", ")
    let shown = earlier.isEmpty ? "" : " (\(refs))"
    let onward = next.map { " You could look at another point instead: \($0.view)" } ?? ""
    let ending = pick(
      [
        " Or give me a reason the text has not answered.",
        " Or tell me why its answer does not convince you.",
      ], 1)
    return pick([
      "The text has nothing more on this than what I have quoted\(shown), so I won't repeat it.",
      "I have quoted all the essay says on this\(shown); it has no more evidence to add.",
      "We have been through every sentence the essay has on this\(shown).",
    ]) + onward + ending
  }

  /// A view held again with no reason, after the text's answer to it was quoted: the answer
  /// stands, and more of the text would only repeat it (the text may still have more).
  func heldWithoutReason(earlier: [UnitRef], next: Claim?) -> String {
    let refs = earlier.map(\.description).joined(separator: ", ")
    let shown = earlier.isEmpty ? "" : " (\(refs))"
    let onward = next.map { " Or look at another point: \($0.view)" } ?? ""
    return pick([
      "Saying it again does not answer the text\(shown); I won't pile on more quotes. What is your reason?",
      "The text has answered that\(shown), and repeating the point gives me nothing new to weigh. Give me a reason.",
      "You hold to it, but without a reason; the text's answer\(shown) still stands. Why do you think so?",
    ]) + onward
  }

  func nothingNewToQuote() -> String {
    "Every sentence on this has been quoted already; ask for one again if you want it."
  }

  func opponentArgues(_ argument: String, move: DialogueMove) -> String {
    switch move {
    case .rebut:
      pick([
        "I don't accept that. \(argument)", "Against the essay, I say: \(argument)",
        "Think again. \(argument)",
      ])
    case .confirm:
      pick(["Exactly, and there is more: \(argument)", "I agree with you, and I would add: \(argument)"])
    default:
      pick(["Here is the case against the essay: \(argument)", "The other side of this: \(argument)"])
    }
  }

  func opponentCitesReport() -> String {
    pick([
      "The essay reports this side, though it rejects it:", "The essay itself records the view it rejects:",
    ])
  }

  func opponentOutOfArguments(next: Claim?) -> String {
    let onward = next.map { " Let's argue about another point: \($0.statement)" } ?? ""
    return pick([
      "I have made every argument I have on this, and I won't repeat them.",
      "That is all I can say against the essay on this point.",
    ]) + onward
  }
}
