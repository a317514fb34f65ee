import DebateEngine

/// The map as an indented tree, like Kialo's: from each of the essay's theses down, each claim
/// with the essay's position and its view, its evidence refs, the opposing view the essay
/// reports, and after a debate its status; a claim met again is referred to, not repeated.
///
///     alliance [essay rejects] China and Russia form a formal alliance.
///         essay: China and Russia are not a formal alliance, whatever Xi Jinping says…  ¶2.1 ¶4.1
///       − one-adjective [essay rejects] The relationship … can be summed up in a single adjective.
struct MapOutline {
  let view: MapView
  /// Columns to wrap to.
  let width: Int

  func render() -> String {
    let map = view.map
    var out = [
      wrap(
        "The essay's argument map: \(map.claims.count) claims, from the \(view.startingPoints.count) that argue for or against no other claim. Under each claim, + marks a claim whose essay view argues for it, − one that argues against it."
      ), "",
    ]
    for row in view.rows {
      guard let claim = map.claim(row.claimID) else { continue }
      let indent = String(repeating: "  ", count: row.depth)
      let sign = row.relation.map { $0 == .supports ? "+ " : "− " } ?? ""
      if row.isReference {
        out.append(wrap("\(sign)\(claim.id): shown above", first: indent, rest: indent + "    "))
        continue
      }
      let detail = indent + String(repeating: " ", count: sign.count) + "    "
      let position =
        switch claim.essayPosition {
        case .holds: "essay holds"
        case .rejects: "essay rejects"
        case .open: "essay leaves open"
        }
      let refs = claim.evidence.map(\.description).joined(separator: " ")
      let head = "\(sign)\(claim.id) [\(position)] \(claim.statement)"
      out.append(wrap(head + (claim.essayPosition == .holds ? "  \(refs)" : ""), first: indent, rest: detail))
      if claim.essayPosition != .holds {
        out.append(wrap("essay: \(claim.view)  \(refs)", first: detail, rest: detail + "  "))
      }
      if let opposing = claim.opposingView {
        let where_ = claim.opposingRefs.map(\.description).joined(separator: " ")
        out.append(wrap("opposing: \(opposing)  \(where_)", first: detail, rest: detail + "  "))
      }
      if let status = view.statuses[claim.id] {
        out.append(wrap(status.reason, first: detail, rest: detail + "  "))
      }
    }
    return out.joined(separator: "\n")
  }

  private func wrap(_ text: String, first: String = "", rest: String = "") -> String {
    let lines = TextWrapper(width: max(20, width - max(first.count, rest.count))).wrap(text)
      .split(separator: "\n", omittingEmptySubsequences: false)
    return lines.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }.joined(separator: "\n")
  }
}
