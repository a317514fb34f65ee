import DebateContent
import DebateEngine
import Foundation
import Testing

/// The map's relations agree with its positions and the text; a broken copy shows each problem.
struct ArgumentMapConsistencyTests {
  let loader = ArgumentMapLoader(corpus: .builtIn)

  /// The shipped map as it was before the fixes, plus a claim that supports and attacks one claim.
  static var brokenCopy: String {
    var text = ScenarioCatalog.shippedMapSource?.text ?? ""
    for (fixed, broken) in [
      (
        "    evidence: [¶1.2]\n    attacks: [one-adjective]",
        "    evidence: [¶1.2]\n    supports: [one-adjective]"
      ),
      (
        "    evidence: [¶3.1, ¶3.2, title]\n    attacks: [alliance]\n",
        "    evidence: [¶3.1, ¶3.2, title]\n    attacks: [alliance]\n    supports: [between-regimes, ideological]\n"
      ),
      ("    position: open\n    leans: rejects\n", "    position: rejects\n"),
      (
        "    evidence: [¶4.3]\n    attacks: [alliance]",
        "    evidence: [¶4.3]\n    attacks: [alliance, axis]\n    supports: [axis]"
      ),
    ] {
      precondition(text.contains(fixed), "the shipped map changed: \(fixed)")
      text = text.replacingOccurrences(of: fixed, with: broken)
    }
    return text
  }

  @Test func theShippedMapIsConsistent() throws {
    let map = try ArgumentMap.builtIn()
    #expect(map.claim("trump-question")?.essayPosition == .open)
    #expect(map.claim("trump-question")?.position == .rejects)
    #expect(map.claim("phases")?.attacks == ["one-adjective"])
    #expect(map.claim("axis")?.supports == [])
  }

  @Test func aBrokenCopyReportsEachInconsistencyWhereItIsWritten() throws {
    let source = Self.brokenCopy
    let error = #expect(throws: DiagnosticList.self) { try loader.load(source, file: "broken.yaml") }
    let messages = error?.diagnostics.map { "\($0.line): \($0.message)" } ?? []
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    func line(containing text: String, after start: String) -> Int {
      let from = lines.firstIndex { $0.contains(start) } ?? 0
      return (lines[from...].firstIndex { $0.contains(text) } ?? -1) + 1
    }
    let phases = line(containing: "supports: [one-adjective]", after: "id: phases")
    // Each cycle is reported on the edge that closes it, searching from the first claim.
    let regimes = line(containing: "supports: [axis]", after: "id: between-regimes")
    let ideological = line(containing: "supports: [axis]", after: "id: ideological")
    let trump = line(containing: "position: rejects", after: "id: trump-question")
    let unequal = line(containing: "attacks: [alliance, axis]", after: "id: too-unequal")
    let expected = [
      "\(phases): claim 'phases' supports 'one-adjective', but the essay rejects 'one-adjective': a claim supports only claims the essay holds (list it under attacks)",
      "\(unequal): claim 'too-unequal' attacks 'axis', but the essay holds 'axis': a claim attacks only claims the essay rejects (list it under supports)",
      "\(unequal): claim 'too-unequal' both supports and attacks 'axis'; keep the one its view argues",
      "\(regimes): support cycle axis → between-regimes → axis: a claim cannot ground itself; keep the direction from premise to conclusion",
      "\(ideological): support cycle axis → ideological → axis: a claim cannot ground itself; keep the direction from premise to conclusion",
      "\(trump): claim 'trump-question': the essay rejects its statement, but its evidence only calls it an open question (¶4.2: “although this is certainly an open question with Trump’s United States.”); use 'position: open'",
    ]
    for message in expected { #expect(messages.contains(message), "missing: \(message)\nin: \(messages)") }
    #expect(messages.count == expected.count, "\(messages)")
  }

  @Test func anOpenClaimNeedsEvidenceThatLeavesItOpenAndALeaning() {
    let open = """
      claims:
        - id: alliance
          statement: China and Russia form a formal alliance.
          position: open
          leans: rejects
          evidence: [¶2.1]
        - id: axis
          statement: There is an axis.
          position: open
          evidence: [¶3.2]
      """
    let error = #expect(throws: DiagnosticList.self) { try loader.load(open, file: "open.yaml") }
    let messages = error?.diagnostics.map(\.message) ?? []
    #expect(
      messages.contains(
        "claim 'alliance' is 'open', but none of its evidence (¶2.1) leaves it open; say whether the essay holds or rejects it"
      ))
    #expect(messages.contains("claim 'axis' is 'open'; add 'leans: holds' or 'leans: rejects' for replies"))
  }

  @Test func theClauseAboutAClaimIsTheOneSharingMostOfItsWords() throws {
    let consistency = ArgumentMapConsistency(corpus: .builtIn)
    let map = try ArgumentMap.builtIn()
    let sentence = try #require(Corpus.builtIn.unit(UnitRef(parsing: "¶4.2")!)).text
    let trump = try #require(map.claim("trump-question"))
    let requires = try #require(map.claim("alliance-requires"))
    #expect(
      consistency.clause(of: sentence, about: trump).hasPrefix("although this is certainly an open question"))
    #expect(consistency.clause(of: sentence, about: requires).hasPrefix("An alliance requires"))
  }
}
