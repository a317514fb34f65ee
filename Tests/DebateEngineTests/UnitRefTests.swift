import DebateContent
import Testing

@testable import DebateEngine

/// References as people type them and as the product prints them.
struct UnitRefTests {
  @Test(arguments: [
    ("¶2.5", UnitRef.sentence(paragraph: 2, sentence: 5)),
    ("2.5", .sentence(paragraph: 2, sentence: 5)),
    (" ¶12.30 ", .sentence(paragraph: 12, sentence: 30)),
    ("title", .front("title")),
    ("Caption", .front("caption")),
    ("H2", .front("h2")),
  ])
  func parses(_ typed: String, _ expected: UnitRef) {
    #expect(UnitRef(parsing: typed) == expected)
  }

  @Test(arguments: ["", "¶", "2", "0.1", "2.0", "2.5.1", "-1.2", "¶title.", "2 .5", "héllo world"])
  func rejects(_ typed: String) {
    #expect(UnitRef(parsing: typed) == nil)
  }

  @Test func printsWithParagraphSign() {
    #expect(UnitRef.sentence(paragraph: 2, sentence: 5).description == "¶2.5")
    #expect(UnitRef.front("subtitle").description == "subtitle")
  }

  @Test func roundTripsEveryEssayRef() {
    for unit in Corpus.builtIn.units {
      #expect(UnitRef(parsing: unit.ref.description) == unit.ref)
    }
  }

  @Test func sortsFrontBeforeSentencesAndSentencesNumerically() {
    let refs: [UnitRef] = [
      .sentence(paragraph: 10, sentence: 1), .sentence(paragraph: 2, sentence: 10),
      .sentence(paragraph: 2, sentence: 9), .front("title"),
    ]
    #expect(
      refs.sorted().map(\.description) == ["title", "¶2.9", "¶2.10", "¶10.1"])
  }
}
