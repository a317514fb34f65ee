import Testing

@testable import DebateEngine

/// A turn's sentences end where the corpus splitter ends them: one list of abbreviations.
struct TokenizerSentenceTests {
  @Test(arguments: [
    "Mr. Xi calls it a friendship. Nobody believes him.",
    "Dr. Smith met the U.S. envoy. They talked.",
    "China vs. Russia is no contest. The gap is huge.",
    "Oil, gas, grain etc. They trade it all. Is that an alliance?",
    "Gen. Gerasimov was there. So was Prof. Karaganov.",
  ])
  func sentencesAreTheSplittersSentences(_ turn: String) {
    let paragraph = Substring(turn)
    let expected = SentenceSplitter().sentences(in: paragraph).count
    let tokens = Tokenizer().tokenize(turn).tokens
    #expect(Set(tokens.map(\.sentence)).count == expected)
  }

  @Test func anAbbreviationDoesNotCutTheNegationOffItsClaim() {
    // "Mr." ended a sentence, so "not" and "allies" were read as two sentences.
    let tokens = Tokenizer().tokenize("Mr. Putin and Mr. Xi are not allies.").tokens
    #expect(Set(tokens.map(\.sentence)) == [0])
  }
}
