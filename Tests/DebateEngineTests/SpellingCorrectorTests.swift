import Testing

@testable import DebateEngine

/// The spelling index stays small whatever words a corpus holds.
struct SpellingCorrectorTests {
  @Test func aVeryLongWordIsNotIndexed() {
    var corrector = SpellingCorrector()
    corrector.add(String(repeating: "a", count: 10_000), minimumLength: 6)
    corrector.add(String(repeating: "中", count: 2_000), minimumLength: 6)
    #expect(corrector.indexedKeyCount == 0)
    corrector.add("mediator", minimumLength: 6)
    #expect(corrector.indexedKeyCount == 9)
  }

  @Test func wordsUpToTheCapAreStillCorrected() {
    var corrector = SpellingCorrector()
    let longest = "internationalisation"
    #expect(longest.count == SpellingCorrector.maximumIndexedLength)
    corrector.add(longest, minimumLength: 6)
    corrector.add("mediator", minimumLength: 6)
    #expect(corrector.correction(for: "internationalisatoin") == longest)
    #expect(corrector.correction(for: "mediater") == "mediator")
    var beyond = SpellingCorrector()
    beyond.add(longest + "s", minimumLength: 6)
    #expect(beyond.indexedKeyCount == 0)
    #expect(beyond.correction(for: "internationalisatoins") == nil)
  }

  /// Two edits are a typo when they swap letters or keep the ending; otherwise the word is
  /// more likely one of its own than a slip of a known one.
  @Test func twoEditsCorrectOnlyASwapOrAKeptEnding() {
    var corrector = SpellingCorrector()
    for word in ["communist", "government", "relationship"] { corrector.add(word, minimumLength: 6) }
    #expect(corrector.correction(for: "community") == nil)
    #expect(corrector.correction(for: "govrenment") == "government")
    #expect(corrector.correction(for: "relationhsip") == "relationship")
  }

  @Test func theLazyIndexIgnoresLongWordsToo() {
    let lazy = SpellingCorrector.Lazy()
    lazy.add(String(repeating: "b", count: 30_000), minimumLength: 6)
    lazy.add("mediator", minimumLength: 6)
    #expect(lazy.correction(for: "mediater") == "mediator")
    #expect(lazy.correction(for: String(repeating: "b", count: 29)) == nil)
  }
}
