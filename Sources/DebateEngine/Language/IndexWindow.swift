extension Array {
  /// The indices from `lower` up to `upper`, clipped to the array: empty, never a trap, when
  /// `lower` is past the end. Rules look a few tokens ahead of a cue, and a cue can be the
  /// turn's last word ("me too"), so every look-ahead goes through this.
  func window(_ lower: Int, _ upper: Int) -> Range<Int> {
    let start = Swift.min(Swift.max(lower, 0), count)
    return start..<Swift.min(Swift.max(upper, start), count)
  }
}

extension [[String]] {
  /// The longest of these cue phrases that `words` has at `i`, if any: the one matching rule
  /// for word lists ("of course not" wins over "of course").
  func longest(in words: [String], at i: Int) -> [String]? {
    guard words.indices.contains(i) else { return nil }
    // Called at every word of every turn: compare first words before whole phrases, and build
    // no intermediate array.
    let word = words[i]
    var best: [String]?
    for phrase in self where phrase.count > (best?.count ?? 0) && phrase.first == word {
      if words[i...].starts(with: phrase) { best = phrase }
    }
    return best
  }
}
