import DebateEngine
import Testing

/// Judgments said from the student's side, never as agree/disagree next to a rejected statement.
struct JudgmentWordingTests {
  let map: ArgumentMap

  init() throws { map = try ArgumentMap.builtIn() }

  @Test func aStatementTheEssayRejectsReadsTheRightWayRound() {
    // The essay rejects "The West can drive a lasting wedge…": agreeing means denying the wedge.
    #expect(map.wording(.agree, claim: "wedge").sentence == "you sided with the essay: no lasting wedge")
    #expect(
      map.wording(.disagree, claim: "alliance").sentence == "you argued against the essay: they are allies")
  }

  @Test func aStatementTheEssayHoldsReadsTheRightWayRound() {
    #expect(
      map.wording(.disagree, claim: "ideological").sentence
        == "you argued against the essay: the axis is about economics, not ideology")
    #expect(
      map.wording(.agree, claim: "axis").sentence == #"you sided with the essay: "axis" is the right word"#)
  }

  @Test func questionsOffTopicTurnsAndNoClaim() {
    #expect(map.wording(.neutral, claim: "wedge").sentence == "you asked about it, taking no side")
    #expect(map.wording(.unrelated, claim: nil).sentence == "outside what the text covers")
    #expect(map.wording(.agree, claim: nil).sentence == "you sided with the essay")
  }

  @Test func severalJudgmentsAreCountedInOrder() {
    let alliance = map.claim("alliance")
    #expect(
      JudgmentWording.sequence([.disagree, .disagree, .agree], gist: alliance?.gist)
        == "you argued against the essay: they are allies (twice); then you sided with the essay: they are not a formal alliance"
    )
    #expect(JudgmentWording.sequence([], gist: alliance?.gist) == "you did not argue it")
  }

  @Test func everyShippedClaimHasItsOwnGist() throws {
    for claim in map.claims {
      #expect(claim.gist.essay != claim.gist.against, "\(claim.id)")
      #expect(!claim.gist.against.hasPrefix("not so"), "\(claim.id) needs a gist in the map")
    }
  }

  @Test func withoutAGistTheMapsOwnWordsAreUsed() throws {
    let source = """
      claims:
        - id: alliance
          statement: They are allies.
          position: rejects
          view: 'They are not allies; they are partners.'
          evidence: [¶2.1]
        - id: axis
          statement: There is an axis.
          position: holds
          evidence: [¶3.2]
      """
    let drafted = try ArgumentMapLoader(corpus: .builtIn).load(source, file: "map.yaml")
    #expect(
      drafted.wording(.agree, claim: "alliance").sentence == "you sided with the essay: They are not allies")
    #expect(
      drafted.wording(.disagree, claim: "alliance").sentence
        == "you argued against the essay: They are allies")
    #expect(
      drafted.wording(.disagree, claim: "axis").sentence
        == "you argued against the essay: not so: There is an axis")
  }

  @Test func aGistNeedsBothSides() {
    let source = """
      claims:
        - id: alliance
          statement: They are allies.
          position: rejects
          gist: {essay: no alliance}
          evidence: [¶2.1]
      """
    #expect {
      _ = try ArgumentMapLoader(corpus: .builtIn).load(source, file: "map.yaml")
    } throws: { error in
      let messages = (error as? DiagnosticList)?.errors.map(\.description) ?? []
      return messages.contains {
        $0.hasPrefix("map.yaml:5:11: error: gist of") && $0.contains("needs 'against'")
      }
    }
  }
}
