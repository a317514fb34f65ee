extension Claim {
  /// The sentences a speaker arguing `side` quotes first: arguing a view the essay rejects, where
  /// the essay reports that view; otherwise none before the claim's evidence. The one rule for
  /// the responder's replies and a scenario opponent's `answer:` turns.
  func leadingRefs(arguing side: Side) -> [UnitRef] {
    side == .opponent && position == .rejects ? opposingRefs : []
  }
}
