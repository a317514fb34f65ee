extension Array {
  /// The indices from `lower` up to `upper`, clipped to the array: empty, never a trap, when
  /// `lower` is past the end. Rules look a few tokens ahead of a cue, and a cue can be the
  /// turn's last word ("me too"), so every look-ahead goes through this.
  func window(_ lower: Int, _ upper: Int) -> Range<Int> {
    let start = Swift.min(Swift.max(lower, 0), count)
    return start..<Swift.min(Swift.max(upper, start), count)
  }
}
