import DebateEngine

/// `/score`: which of the essay's positions the student engaged, and where each stands under
/// grounded semantics (`DebateFramework`), with the reason.
extension ReplContext {
  func showScorecard(_: String) -> ReplAction {
    let card = session.scorecard
    guard !card.lines.isEmpty else {
      say("This text has no argument map, so there is nothing to score.")
      return .proceed
    }
    // Where each position stands under grounded semantics, with the reason in words.
    let debate = DebateFramework(map: map, transcript: session.transcript)
    var out = ["You engaged \(card.engaged) of the essay's \(card.lines.count) positions."]
    let column = (card.lines.map(\.claimID.count).max() ?? 0) + 2
    for line in card.lines {
      let label = line.claimID.padded(to: column)
      // Counted and worded from the student's side, never as the engine's agree/disagree.
      let counts = [
        line.agreed > 0 ? "sided with the essay \(line.agreed)" : nil,
        line.disputed > 0 ? "argued against it \(line.disputed)" : nil,
        line.asked > 0 ? "asked \(line.asked)" : nil,
      ].compactMap { $0 }.joined(separator: ", ")
      let reason = debate.status(of: line.claimID)?.reason ?? "stands, unchallenged"
      var said = counts.isEmpty ? reason : "\(reason) (\(counts))"
      if let last = line.lastSided {
        said += "; last, " + map.wording(last, claim: line.claimID).sentence
      }
      out.append(block(said, label: label))
    }
    let standings = debate.statuses.map(\.standing)
    out.append(
      "Grounded semantics: \(standings.filter { $0 == .stands }.count) stand, "
        + "\(standings.filter { $0 == .open }.count) open, \(standings.filter { $0 == .falls }.count) fall. "
        + "/map shows them on the whole map.")
    if card.unrelated > 0 { out.append("\(card.unrelated) turn(s) fell outside what the text covers.") }
    say(out.joined(separator: "\n"))
    return .proceed
  }
}
