import DebateEngine

/// `/claims`, `/claim ID` and `/text [REF]`: looking things up in the map and the text.
extension ReplContext {
  func listClaims(_: String) -> ReplAction {
    guard !map.claims.isEmpty else {
      say("This text has no argument map, so there are no claims.")
      return .proceed
    }
    let column = (map.claims.map(\.id.count).max() ?? 0) + 2
    let lines = map.claims.map { claim in
      let id = claim.id + String(repeating: " ", count: column - claim.id.count)
      return block(claim.statement, label: id + claim.essayPosition.rawValue.padded(to: 8))
    }
    say(lines.joined(separator: "\n"))
    return .proceed
  }

  func showClaim(_ argument: String) -> ReplAction {
    guard !argument.isEmpty else {
      fail("Usage: /claim ID (/claims lists the ids)")
      return .proceed
    }
    guard let claim = map.claim(argument) ?? map.claim(argument.lowercased()) else {
      let nearest = EditDistance.nearest(to: argument, in: claimIDs)
      fail(
        "No claim '\(argument)'. " + (nearest.map { "Did you mean \($0)? " } ?? "") + "/claims lists them.")
      return .proceed
    }
    var lines = [
      style.paint(claim.id, .heading)
        + (claim.essayPosition == .open
          ? " (the essay leaves this open)" : " (the essay \(claim.essayPosition.rawValue) this)"),
      block(claim.statement, label: "Statement:"),
      block(claim.view, label: "The essay's view:"),
    ]
    let quotes = renderer
    if !claim.evidence.isEmpty { lines.append("Evidence:") }
    for ref in claim.evidence {
      if let unit = corpus.unit(ref) { lines.append(quotes.quote(Citation(unit))) }
    }
    let related: [(String, [String])] = [
      ("Attacks:", claim.attacks), ("Supports:", claim.supports),
      ("Attacked by:", map.attackers(of: claim.id).map(\.id)),
      ("Supported by:", map.supporters(of: claim.id).map(\.id)),
    ]
    for (label, ids) in related where !ids.isEmpty {
      lines.append(block(ids.joined(separator: ", "), label: label))
    }
    if let opposing = claim.opposingView {
      lines.append(block(opposing, label: "The opposing view the text reports:"))
    }
    for ref in claim.opposingRefs {
      if let unit = corpus.unit(ref) { lines.append(quotes.quote(Citation(unit))) }
    }
    say(lines.joined(separator: "\n"))
    return .proceed
  }

  func showText(_ argument: String) -> ReplAction {
    var units = corpus.units
    if !argument.isEmpty {
      guard let ref = UnitRef(parsing: argument), let unit = corpus.unit(ref) else {
        fail("No unit '\(argument)' in the text; refs look like ¶2.5 or title (/text lists them).")
        return .proceed
      }
      units = [unit]
    }
    // One column for every label, `subtitle` as well as `¶2.5`, so the text lines up.
    let column = units.map(\.ref.description.count).max() ?? 0
    say(units.map { block($0.text, label: "\($0.ref)".padded(to: column)) }.joined(separator: "\n"))
    return .proceed
  }
}

extension String {
  func padded(to length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
