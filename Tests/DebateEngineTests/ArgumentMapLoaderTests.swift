import DebateContent
import DebateEngine
import Testing

/// The argument map loads from data and reports every problem with its line and column.
struct ArgumentMapLoaderTests {
  let loader = ArgumentMapLoader(corpus: .builtIn)

  @Test func theShippedMapLoadsWithEveryClaimTheIssueNames() throws {
    let map = try ArgumentMap.builtIn()
    let ids = Set(map.claims.map(\.id))
    for id in [
      "one-adjective", "phases", "alliance", "wedge", "contain-via-moscow", "closer-to-china", "mediator",
      "axis",
      "between-regimes", "ideological", "changed-since-2012", "tool-and-convergence", "junior-partners",
      "historical-connotation", "totalitarian", "alliance-requires", "too-unequal", "unlimited-friendship",
    ] {
      #expect(ids.contains(id), "missing claim \(id)")
    }
    #expect(map.attackers(of: "alliance").map(\.id).contains("too-unequal"))
    #expect(map.claim("alliance")?.opposingRefs.map(\.description) == ["¶2.2"])
  }

  static let valid = """
    claims:
      - id: alliance
        statement: They are allies.
        position: rejects
        evidence: [¶2.1]
    """

  @Test func aMinimalMapLoads() throws {
    let map = try loader.load(Self.valid, file: "map.yaml")
    #expect(map.claims.map(\.id) == ["alliance"])
    #expect(map.claims[0].view == "Not so: They are allies.")
  }

  @Test(arguments: [
    (
      "claims:\n  - id: a\n    statement: S.\n    position: holds\n    evidence: [¶9.9]\n", 5, 16,
      "unknown ref '¶9.9'"
    ),
    (
      "claims:\n  - id: a\n    statement: S.\n    position: maybe\n    evidence: [¶2.1]\n", 4, 15,
      "position must be 'holds', 'rejects' or 'open'"
    ),
    (
      "claims:\n  - id: a\n    position: holds\n    evidence: [¶2.1]\n", 2, 5, "missing the field 'statement'"
    ),
    (
      "claims:\n  - id: a\n    statement: S.\n    position: holds\n    evidence: [¶2.1]\n    attacks: [b]\n",
      6,
      15, "unknown claim 'b'"
    ),
    (
      "claims:\n  - id: a\n    statement: S.\n    position: holds\n    evidnce: [¶2.1]\n", 5, 5,
      "unknown field 'evidnce' in a claim; did you mean 'evidence'?"
    ),
    ("claims: [\n", 2, 1, "malformed YAML"),
    (
      "claims:\n  - id: a\n    statement: [1, 2]\n    position: holds\n    evidence: [¶2.1]\n", 3, 16,
      "must be text"
    ),
  ])
  func problemsAreReportedWhereTheyStand(_ source: String, _ line: Int, _ column: Int, _ message: String) {
    #expect {
      _ = try loader.load(source, file: "map.yaml")
    } throws: { error in
      guard let list = error as? DiagnosticList, let first = list.errors.first else { return false }
      return first.file == "map.yaml" && first.line == line && first.column == column
        && first.message.contains(message)
        && first.description.hasPrefix("map.yaml:\(line):\(column): error:")
    }
  }

  @Test func duplicateIdsAreAllReportedAtOnce() {
    let source =
      Self.valid + "\n  - id: alliance\n    statement: T.\n    position: holds\n    evidence: [¶9.1]\n"
    #expect {
      _ = try loader.load(source, file: "map.yaml")
    } throws: { error in
      let messages = (error as? DiagnosticList)?.errors.map(\.message) ?? []
      return messages.count == 2 && messages.contains { $0.contains("duplicate claim id 'alliance'") }
        && messages.contains { $0.contains("unknown ref '¶9.1'") }
    }
  }
}
