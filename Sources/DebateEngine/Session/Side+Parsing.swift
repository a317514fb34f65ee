extension Side {
  /// The side a user typed, in any case and with spaces around it: `essay`, ` Opponent `,
  /// `OPPONENT`. The one parser for `ask --side` and the REPL's `/side`.
  public init?(parsing text: String) {
    let word = Substring(text).trimmingWhitespace().lowercased()
    guard let side = Side.allCases.first(where: { $0.rawValue == word }) else { return nil }
    self = side
  }
}
