import DebateEngine
import Testing

/// Concessions and counterarguments in the map: loaded, and refused when they could pass for
/// the text's own words.
struct DialogueMapTests {
  static let corpus = Corpus.builtIn

  private func load(_ yaml: String) -> Result<ArgumentMap, DiagnosticList> {
    Result { () throws(DiagnosticList) in
      try ArgumentMapLoader(corpus: Self.corpus).load(yaml, file: "map.yaml")
    }
  }

  private func map(counterargument: String) -> String {
    """
    claims:
      - id: mediator
        statement: Beijing could mediate.
        position: rejects
        evidence: [¶2.5]
        counterarguments:
          - \(counterargument)
    """
  }

  @Test func theShippedMapHasConcessionsAndCounterarguments() throws {
    let map = try ArgumentMap.builtIn()
    #expect(map.concessions.count >= 4)
    #expect(map.claims.filter { !$0.counterarguments.isEmpty }.count == map.claims.count)
  }

  @Test func aCounterargumentInQuotationMarksIsAnErrorAtItsLine() throws {
    guard case .failure(let problems) = load(map(counterargument: "'“China is neutral,” says the text.'"))
    else {
      Issue.record("accepted a quoted counterargument")
      return
    }
    let problem = try #require(problems.diagnostics.first)
    #expect(problem.line == 7)
    #expect(problem.message.contains("quotation marks"))
  }

  @Test func aCounterargumentCopiedFromTheTextIsAnError() throws {
    let copied = "Beijing could play the role of mediator in the Russian war against Ukraine, some said."
    guard case .failure(let problems) = load(map(counterargument: copied)) else {
      Issue.record("accepted a copied counterargument")
      return
    }
    #expect(problems.diagnostics.first?.message.contains("¶2.5") == true)
  }

  @Test func aConcessionOnAnUnknownClaimIsAnError() throws {
    let yaml = """
      concessions:
        - id: x
          grants: Something.
          ref: ¶3.3
          claims: [nowhere]
          words: [money]
      claims:
        - id: mediator
          statement: Beijing could mediate.
          position: rejects
          evidence: [¶2.5]
      """
    guard case .failure(let problems) = load(yaml) else {
      Issue.record("accepted an unknown claim")
      return
    }
    #expect(problems.diagnostics.contains { $0.message.contains("unknown claim 'nowhere'") && $0.line == 5 })
  }
}
