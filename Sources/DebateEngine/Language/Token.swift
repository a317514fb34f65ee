/// One word of a student turn or of the text, lower-cased and stemmed.
public struct Token: Hashable, Sendable {
  /// The word as written, lower-cased (`mediating`).
  public var word: String
  /// Its stem (`mediat`), after spelling correction and entity folding.
  public var stem: String
  /// Index of the clause the word stands in; clauses end at , ; : — ( ) and sentence ends.
  public var clause: Int
  /// Index of the sentence the word stands in.
  public var sentence: Int
  /// Whether the word began with a capital letter in the original.
  public var capitalized: Bool
  /// What the stance rules know about the word (negator, stopword…), set by `TextAnalyzer`.
  public var flags: WordFlags = []
}

/// A turn cut into tokens, with what the punctuation said about each sentence.
public struct TokenizedText: Sendable {
  public var tokens: [Token] = []
  /// For each sentence: whether it ended with a question mark.
  public var sentenceIsQuestion: [Bool] = []
}
