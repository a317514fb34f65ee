import DebateEngine
import Testing

/// The class report's figures, from transcripts built in memory.
struct ClassReportEngineTests {
  let map: ArgumentMap

  init() throws { map = try ArgumentMap.builtIn() }

  func debate(_ student: String, _ turns: [(String, String?, Stance, [String])], corrected: Set<Int> = [])
    -> ClassReport.Debate
  {
    var transcript = Transcript(text: "t")
    for (text, claim, stance, refs) in turns {
      transcript.entries.append(
        TranscriptEntry(speaker: "Student", role: .student, text: text, claim: claim, stance: stance))
      transcript.entries.append(
        TranscriptEntry(speaker: "Essay", role: .essay, text: "…", refs: refs, claim: claim))
    }
    return ClassReport.Debate(student: student, transcript: transcript, corrected: corrected)
  }

  @Test func claimsCountStudentsNotTurns() throws {
    let report = ClassReport(
      map: map,
      debates: [
        debate(
          "ana",
          [
            ("China and Russia are allies.", "alliance", .disagree, ["¶2.1"]),
            ("They are allies, I insist.", "alliance", .disagree, ["¶2.1", "¶4.3"]),
          ]),
        debate(
          "ben",
          [
            ("They are no alliance.", "alliance", .agree, ["¶4.3"]),
            ("Is it a bloc?", "alliance", .neutral, []),
          ]),
        debate("cleo", [("What is for lunch?", nil, .unrelated, [])], corrected: [0]),
      ])
    let alliance = try #require(report.claims.first { $0.claimID == "alliance" })
    #expect(alliance.engaged == 2)
    #expect(alliance.against == 1)
    #expect(alliance.sidedWith == 1)
    #expect(alliance.askedOnly == 0)
    #expect(alliance.turns == 4)
    #expect(alliance.evidence == [.init(ref: "¶4.3", students: 2), .init(ref: "¶2.1", students: 1)])
    let cleo = try #require(report.students.last)
    #expect(cleo.name == "cleo")
    #expect(cleo.unplaced == 1)
    #expect(cleo.corrected == 1)
    #expect(report.students.first?.claimsEngaged == ["alliance"])
  }

  @Test func argumentsAgainstTheEssayAreGroupedByTheMapsWords() throws {
    let report = ClassReport(
      map: map,
      debates: [
        debate("ana", [("The West can split Moscow from Beijing.", "wedge", .disagree, [])]),
        debate("ben", [("A clever deal would split them apart.", "wedge", .disagree, [])]),
        debate("cleo", [("We could pry Russia away from China.", "wedge", .disagree, [])]),
        debate("dan", [("Something entirely different.", "wedge", .disagree, [])]),
      ])
    let wedge = try #require(report.keyPoints.first { $0.claimID == "wedge" })
    #expect(wedge.students == 4)
    #expect(wedge.points.map(\.phrase) == ["split", "pry", nil])
    #expect(wedge.points.map(\.students) == [2, 1, 1])
    #expect(wedge.points.first?.example == "A clever deal would split them apart.")  // the shortest
    #expect(report.keyPoints.count == 1)
  }
}
