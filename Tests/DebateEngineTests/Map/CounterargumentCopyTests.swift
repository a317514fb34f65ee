import DebateEngine
import Testing

/// A counterargument that copies eight words of the text in a row is refused, naming the first
/// unit it copies; the text's runs are indexed once, not split again for each counterargument.
struct CounterargumentCopyTests {
  static let text = """
    Title

    The two states trade oil and gas across a long border. They are not allies in any formal sense. \
    Both states trade oil and gas across a long border too.
    """

  static func map(_ counterargument: String) -> String {
    """
    claims:
      - id: allies
        statement: They are allies.
        position: rejects
        evidence: [¶1.2]
        counterarguments: ['\(counterargument)']
    """
  }

  @Test func eightWordsInARowAreACopyOfTheFirstUnitThatHasThem() throws {
    let corpus = try Corpus(text: Self.text)
    let map = Self.map("Surely they trade oil and gas across a long border, like partners do")
    #expect {
      try ArgumentMapLoader(corpus: corpus).load(map, file: "m.yaml")
    } throws: { error in
      let messages = (error as? DiagnosticList)?.diagnostics.map(\.message) ?? []
      return messages == ["a counterargument copies the text (¶1.1); say it in the opponent's own words"]
    }
  }

  @Test func sevenWordsAreTheOpponentsOwn() throws {
    let corpus = try Corpus(text: Self.text)
    let map = Self.map("Surely they trade oil and gas across borders, like partners")
    let loaded = try ArgumentMapLoader(corpus: corpus).load(map, file: "m.yaml")
    #expect(loaded.claims.first?.counterarguments.count == 1)
  }
}
