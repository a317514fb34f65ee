/// A student's correction of how the engine read their last turn: `/agree`, `/disagree`,
/// `/neutral`, or a turn such as "no, I meant the opposite".
public enum Correction: Hashable, Sendable {
  /// The student gives the stance they meant.
  case stance(Stance)
  /// The student meant the other side: agree for disagree and back.
  case opposite

  /// The phrases that ask for the opposite reading, compared on lowercased letters and spaces.
  static let oppositePhrases: Set<String> = [
    "i meant the opposite", "no i meant the opposite", "no the opposite", "the opposite",
    "i meant the reverse", "no i meant the reverse", "you got it backwards", "you got me backwards",
    "you read me backwards", "i meant the other way round", "i meant the other way around",
    "no i meant the other way round", "no i meant the other way around",
    "that is the opposite of what i meant",
    "thats the opposite of what i meant", "that's the opposite of what i meant",
    "you misread me i meant the opposite",
  ]

  /// The correction a turn asks for, or nil for an ordinary turn.
  public init?(turn: String) {
    let words = turn.lowercased().unicodeScalars.map { scalar -> Character in
      scalar.properties.isAlphabetic || scalar == "'" ? Character(scalar) : " "
    }
    let normalised = String(words).split(separator: " ").joined(separator: " ")
    guard Self.oppositePhrases.contains(normalised) else { return nil }
    self = .opposite
  }

  /// The stance meant, given the stance judged; nil when "the opposite" of it means nothing
  /// (a question or an unrelated turn has no opposite side).
  public func stanceMeant(judged: Stance) -> Stance? {
    switch (self, judged) {
    case (.stance(let stance), _): stance
    case (.opposite, .agree): .disagree
    case (.opposite, .disagree): .agree
    case (.opposite, _): nil
    }
  }
}
