import DebateEngine

/// `/score`: which of the essay's positions the student engaged, and where each stands.
extension ReplContext {
  func showScorecard(_: String) -> ReplAction {
    let card = session.scorecard
    guard !card.lines.isEmpty else {
      say("This text has no argument map, so there is nothing to score.")
      return .proceed
    }
    var out = ["You engaged \(card.engaged) of the essay's \(card.lines.count) positions."]
    let column = (card.lines.map(\.claimID.count).max() ?? 0) + 2
    for line in card.lines {
      let label = line.claimID.padded(to: column)
      let counts = [
        line.agreed > 0 ? "agreed \(line.agreed)" : nil,
        line.disputed > 0 ? "disputed \(line.disputed)" : nil,
        line.asked > 0 ? "asked \(line.asked)" : nil,
      ].compactMap { $0 }.joined(separator: ", ")
      let standing: String =
        switch line.standing {
        case .unchallenged: "stands, unchallenged"
        case .accepted: "stands: you accepted it (\(counts))"
        case .questioned: "stands: you only asked about it (\(counts))"
        case .contested:
          "contested by you (\(counts)); the text answers with "
            + line.answeredWith.map(\.description).joined(separator: ", ")
        }
      out.append(block(standing, label: label))
    }
    if card.unrelated > 0 { out.append("\(card.unrelated) turn(s) fell outside what the text covers.") }
    say(out.joined(separator: "\n"))
    return .proceed
  }
}
