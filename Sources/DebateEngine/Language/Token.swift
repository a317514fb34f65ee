/// One word of a student turn or of the text, lower-cased and stemmed.
struct Token: Hashable, Sendable {
  /// The word as written, lower-cased (`mediating`).
  var word: String
  /// Its stem (`mediat`), after spelling correction and entity folding.
  var stem: String
  /// Index of the clause the word stands in; clauses end at , ; : — ( ) and sentence ends.
  var clause: Int
  /// Index of the sentence the word stands in.
  var sentence: Int
  /// Whether the word began with a capital letter in the original.
  var capitalized: Bool
  /// What the stance rules know about the word (negator, stopword…), set by `TextAnalyzer`.
  var flags: WordFlags = []
}

/// A turn cut into tokens, with what the punctuation said about each sentence.
struct TokenizedText: Sendable {
  var tokens: [Token] = []
  /// For each sentence: whether it ended with a question mark.
  var sentenceIsQuestion: [Bool] = []
}
