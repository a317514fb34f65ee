import DebateContent
import DebateEngine
import Foundation
import Testing

/// The whole map in each format, checked against the formats' own rules.
struct MapViewTests {
  let map = try! ArgumentMap.builtIn()
  var view: MapView { MapView(map: map, corpus: .builtIn) }

  static let debate = Transcript(entries: [
    TranscriptEntry(
      speaker: "Student", role: .student, text: "Beijing could broker peace.", claim: "mediator",
      stance: .disagree),
    TranscriptEntry(
      speaker: "Essay", role: .essay, text: "The essay says: …", refs: ["¶2.5"], claim: "mediator"),
    TranscriptEntry(
      speaker: "Student", role: .student, text: "They are not allies.", claim: "alliance", stance: .agree),
    TranscriptEntry(
      speaker: "Essay", role: .essay, text: "Yes: …", refs: ["¶2.1", "¶4.3"], claim: "alliance"),
  ])

  @Test func theOutlineShowsEveryClaimOnceFromTheThesisDown() {
    let rows = view.rows
    let shown = rows.filter { !$0.isReference }.map(\.claimID)
    #expect(shown.sorted() == map.claims.map(\.id).sorted())
    #expect(rows.first == MapView.Row(depth: 0, relation: nil, claimID: "alliance", isReference: false))
    #expect(view.startingPoints.first == "alliance")
    // tool-and-convergence supports axis and too-unequal: shown under axis, referred to after.
    let references = rows.filter(\.isReference)
    #expect(references.map(\.claimID) == ["tool-and-convergence"])
    let first = rows.firstIndex { $0.claimID == "tool-and-convergence" }!
    let reference = rows.firstIndex { $0.isReference }!
    #expect(first < reference)
    // Each child sits right under its parent's subtree with the relation the map gives.
    var stack: [String] = []
    for row in rows {
      stack = Array(stack.prefix(row.depth))
      if let parent = stack.last, let kind = row.relation {
        #expect(view.edges.contains(MapView.Edge(from: row.claimID, to: parent, kind: kind)))
      }
      stack.append(row.claimID)
    }
  }

  @Test func argdownFollowsTheGrammarAndCarriesEveryRelation() {
    let grammar = ArgdownGrammar(view.argdown())
    #expect(grammar.problems == [])
    let title: (String) -> String = { id in map.claim(id)?.essayPosition == .rejects ? "not \(id)" : id }
    for edge in view.edges {
      let kind = edge.kind == .supports ? "support" : "attack"
      #expect(grammar.relations.contains(.init(from: title(edge.from), to: edge.to, kind: kind)), "\(edge)")
    }
    for claim in map.claims {
      #expect(grammar.definitions[claim.id]?.tags.contains("#\(claim.essayPosition.rawValue)") == true)
      if claim.essayPosition == .rejects {
        #expect(
          grammar.relations.contains(.init(from: "not \(claim.id)", to: claim.id, kind: "contradiction")))
      }
      for ref in claim.evidence where claim.essayPosition != .open {
        #expect(grammar.relations.contains(.init(from: "\(ref)", to: title(claim.id), kind: "support")))
      }
    }
    #expect(grammar.definitions["¶2.5"]?.text.hasPrefix("“There was even a time, in 2023") == true)
  }

  @Test(arguments: [
    ("[a]: has [b] inside\n", "unescaped '['"),
    ("[a]: text\n\n  +> [a]\n", "a relation must be right below a statement"),
    ("[a]: text\n  +> [b]\n", "[b] is never defined"),
    ("[a]: text #bad!tag\n", "bad tag"),
    ("[a]: see http://x\n", "unescaped '//'"),
  ])
  func theArgdownCheckerRejectsWhatTheGrammarDoes(source: String, problem: String) {
    let problems = ArgdownGrammar(source).problems
    #expect(problems.contains { $0.contains(problem) }, "\(problems)")
  }

  @Test func aifFollowsTheNodeRules() {
    let rules = AIFRules(view.aif())
    #expect(rules.problems == [])
    let rejected = map.claims.filter { $0.essayPosition == .rejects }.count
    let opposing = map.claims.filter { $0.opposingView != nil && $0.essayPosition != .open }.count
    let evidenceLinks = map.claims.filter { $0.essayPosition != .open }.map(\.evidence.count).reduce(0, +)
    let refs = Set(map.claims.filter { $0.essayPosition != .open }.flatMap(\.evidence)).count
    #expect(rules.count("RA") == view.edges.filter { $0.kind == .supports }.count + evidenceLinks)
    #expect(rules.count("CA") == view.edges.filter { $0.kind == .attacks }.count + rejected + opposing)
    #expect(rules.count("I") == map.claims.count + rejected + opposing + refs)
    #expect(rules.count("L") == 0)
  }

  @Test func aifOfADebateHasALocutionPerTurn() {
    let rules = AIFRules(MapView(map: map, corpus: .builtIn, transcript: Self.debate).aif())
    #expect(rules.problems == [])
    #expect(rules.count("L") == 4)
    #expect(rules.count("TA") == 3)
    #expect(
      rules.nodes.values.contains { $0.type == "L" && $0.text == "Student : Beijing could broker peace." })
  }

  @Test func theAIFCheckerRejectsABrokenDocument() {
    let broken = """
      {"nodes":[{"nodeID":"1","text":"a","type":"I"},{"nodeID":"2","text":"b","type":"I"},
      {"nodeID":"3","text":"x","type":"CA"},{"nodeID":"4","text":"S : a","type":"L"}],
      "edges":[{"edgeID":"1","fromID":"1","toID":"2"},{"edgeID":"2","fromID":"1","toID":"3"}],
      "locutions":[],"participants":[]}
      """
    let problems = AIFRules(broken).problems
    #expect(problems.contains("I-node 1 touches an I- or L-node directly"))
    #expect(problems.contains("CA 3 has 0 conclusions"))
    #expect(problems.contains("L-node 4 has no locution"))
  }

  @Test func dotDrawsEveryClaimAndTellsSupportsFromAttacks() {
    let dot = view.dot()
    for claim in map.claims { #expect(dot.contains("  \"\(claim.id)\" [id=\"\(claim.id)\"")) }
    let attacks = view.edges.filter { $0.kind == .attacks }.count
    let supports = view.edges.filter { $0.kind == .supports }.count
    #expect(dot.components(separatedBy: "arrowhead=tee").count - 1 == attacks)
    #expect(dot.components(separatedBy: "arrowhead=normal").count - 1 == supports)
    #expect(dot.contains("fillcolor=\"#fff2cc\", label=<<B>trump-question</B>"))
    let coloured = MapView(map: map, corpus: .builtIn, transcript: Self.debate).dot()
    #expect(coloured.contains("After the debate"))
    #expect(coloured.contains("¶2.5 · stands</I>"))
  }

  @Test func jsonHasTheClaimsRelationsAndAfterADebateTheirStatus() throws {
    let plain = try #require(
      JSONSerialization.jsonObject(with: Data(view.json().utf8)) as? [String: Any])
    let claims = try #require(plain["claims"] as? [[String: Any]])
    #expect(claims.count == map.claims.count)
    #expect((plain["relations"] as? [Any])?.count == view.edges.count)
    #expect(claims.allSatisfy { $0["status"] == nil })
    let after = try #require(
      JSONSerialization.jsonObject(
        with: Data(MapView(map: map, corpus: .builtIn, transcript: Self.debate).json().utf8))
        as? [String: Any])
    let mediator = try #require(
      (after["claims"] as? [[String: Any]])?.first { $0["id"] as? String == "mediator" })
    let status = try #require(mediator["status"] as? [String: Any])
    #expect(status["standing"] as? String == "stands")
    #expect((status["reason"] as? String)?.contains("your objection at turn 1 was answered by ¶2.5") == true)
    #expect((after["debate"] as? [String: Any])?["turns"] as? Int == 2)
  }
}
