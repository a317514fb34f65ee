extension ArgumentMap {
  /// The essay's central claim: among the claims it holds, the one the most other claims
  /// support, directly or through others (the map's first held claim when nothing supports
  /// anything). Worked out from the relations, so a teacher's map needs no extra field.
  public var thesis: Claim? {
    let held = claims.filter { $0.position == .holds }
    func supporterCount(of claim: Claim) -> Int {
      var seen: Set<String> = [claim.id]
      var frontier = [claim.id]
      while let id = frontier.popLast() {
        for supporter in supporters(of: id) where seen.insert(supporter.id).inserted {
          frontier.append(supporter.id)
        }
      }
      return seen.count - 1
    }
    let counted = held.map { (claim: $0, count: supporterCount(of: $0)) }
    guard let best = counted.max(by: { $0.count < $1.count }), best.count > 0 else {
      return held.first ?? claims.first
    }
    return counted.first { $0.count == best.count }?.claim
  }
}
