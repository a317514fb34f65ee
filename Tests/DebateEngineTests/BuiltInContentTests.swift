import DebateContent
import DebateEngine
import Testing

/// The shipped content loads without the checks a one-shot run skips, so the tests run them.
struct BuiltInContentTests {
  @Test func theShippedMapPassesEveryCheckItSkipsAtStartUp() throws {
    let source = try #require(ScenarioCatalog.shippedMapSource)
    let checked = try ArgumentMapLoader(corpus: .builtIn).load(source.text, file: source.file)
    let quick = try ArgumentMap.builtIn()
    #expect(checked.claims == quick.claims)
    #expect(checked.topics == quick.topics)
  }

  @Test func theQuickLoadSkipsOnlyTheConsistencyCheck() throws {
    // A map at odds with itself: `b` holds and attacks `a`, which the map also holds.
    let map = """
      claims:
        - id: a
          statement: China and Russia are allies.
          position: holds
          evidence: [¶1.1]
        - id: b
          statement: They are not allies.
          position: holds
          evidence: [¶1.2]
          attacks: [a]
      """
    var loader = ArgumentMapLoader(corpus: .builtIn)
    #expect(throws: DiagnosticList.self) { try loader.load(map, file: "map.yaml") }
    loader.checksConsistency = false
    #expect(try loader.load(map, file: "map.yaml").claims.count == 2)
  }

}
