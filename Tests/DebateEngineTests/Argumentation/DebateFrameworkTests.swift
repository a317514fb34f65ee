import DebateContent
import DebateEngine
import Testing

/// What stands after a debate: the map and the student's turns as a framework, labelled.
struct DebateFrameworkTests {
  let map = try! ArgumentMap.builtIn()

  static func student(_ text: String, _ claim: String, _ stance: Stance) -> TranscriptEntry {
    TranscriptEntry(speaker: "Student", role: .student, text: text, claim: claim, stance: stance)
  }

  static func essay(_ refs: [String], role: SpeakerRole = .essay) -> TranscriptEntry {
    TranscriptEntry(speaker: "Essay", role: role, text: "…", refs: refs)
  }

  func status(_ claim: String, _ entries: [TranscriptEntry]) -> ClaimStatus? {
    DebateFramework(map: map, transcript: Transcript(entries: entries)).status(of: claim)
  }

  @Test func withoutADebateTheEssayStandsAndTheOpenQuestionStaysOpen() throws {
    let debate = DebateFramework(map: map)
    for claim in map.claims where claim.essayPosition != .open {
      #expect(debate.status(of: claim.id)?.standing == .stands, "\(claim.id)")
    }
    #expect(
      debate.status(of: "trump-question")?.reason == "open: the essay leaves it an open question (¶4.2)")
    #expect(debate.status(of: "trump-question")?.label == .undecided)
    #expect(debate.status(of: "changed-since-2012")?.reason == "stands, unchallenged (¶3.4 grounds it)")
    #expect(
      debate.status(of: "mediator")?.reason
        == "stands: the opposing view the essay reports is answered by ¶2.5")
  }

  @Test func anAnsweredObjectionIsOutAndTheClaimStands() {
    let status = status(
      "mediator", [Self.student("Beijing could broker peace.", "mediator", .disagree), Self.essay(["¶2.5"])])
    #expect(status?.standing == .stands)
    #expect(
      status?.reason
        == "stands: the opposing view the essay reports is answered by ¶2.5; your objection at turn 1 was answered by ¶2.5"
    )
  }

  @Test func anUnansweredObjectionLeavesTheClaimOpen() {
    // The engine argued the student's side (the opponent), so nothing from the essay answered.
    let status = status(
      "mediator",
      [
        Self.student("Beijing could broker peace.", "mediator", .disagree),
        Self.essay(["¶2.5"], role: .opponent),
      ])
    #expect(status?.standing == .open)
    #expect(status?.label == .undecided)
    #expect(
      status?.reason
        == "open: you raised “Beijing could broker peace.” at turn 1 and the text has no answer to it")
  }

  @Test func aLaterAgreementWithdrawsAnEarlierObjection() {
    let status = status(
      "changed-since-2012",
      [
        Self.student("Nothing changed in 2012.", "changed-since-2012", .disagree), Self.essay([]),
        Self.student("Fine, it changed under Xi.", "changed-since-2012", .agree), Self.essay(["¶3.4"]),
      ])
    #expect(status?.standing == .stands)
    #expect(status?.reason == "stands: your objection at turn 1 was withdrawn when you agreed at turn 2")
  }

  @Test func aLaterObjectionReopensWhatTheStudentAgreedTo() {
    let status = status(
      "changed-since-2012",
      [
        Self.student("It changed under Xi.", "changed-since-2012", .agree), Self.essay(["¶3.4"]),
        Self.student("Actually nothing changed at all.", "changed-since-2012", .disagree), Self.essay([]),
      ])
    #expect(status?.standing == .open)
    #expect(status?.reason.hasPrefix("open: you raised “Actually nothing changed at all.” at turn 2") == true)
  }

  @Test func theEssaysOtherClaimsAnswerAnObjectionTheReplyLeftUnquoted() {
    // between-regimes, ideological and others support axis: an objection to axis meets them.
    let status = status("axis", [Self.student("Axis is the wrong word.", "axis", .disagree), Self.essay([])])
    #expect(status?.standing == .stands)
    #expect(
      status?.reason == "stands: your objection at turn 1 was answered by the essay's claim 'between-regimes'"
    )
  }

  @Test func turnsOnAnOpenQuestionLeaveItOpen() {
    let status = status(
      "trump-question",
      [Self.student("Trump is a reliable ally.", "trump-question", .disagree), Self.essay([])])
    #expect(status?.standing == .open)
  }

  @Test func aSessionRecordsTheSideOfEachReplySoOnlyTheEssaysAnswersCount() {
    var session = DebateSession(responder: Responder(corpus: .builtIn, map: map))
    session.respond(to: "Beijing could be an honest broker between Russia and Ukraine.")
    session.side = .opponent
    session.respond(to: "Beijing could mediate a peace deal in Ukraine.")
    #expect(session.transcript.entries.map(\.role) == [.student, .essay, .student, .opponent])
    // The second objection met the engine arguing the student's side: nothing answered it.
    let status = DebateFramework(map: map, transcript: session.transcript).status(of: "mediator")
    #expect(status?.standing == .open)
    #expect(
      status?.reason
        == "open: you raised “Beijing could mediate a peace deal in Ukraine.” at turn 2 and the text has no answer to it"
    )
  }

  @Test func aRealSessionIsJudgedAndLabelled() throws {
    var session = DebateSession(responder: Responder(corpus: .builtIn, map: map))
    session.respond(to: "Beijing could be an honest broker between Russia and Ukraine.")
    let debate = DebateFramework(map: map, transcript: session.transcript)
    #expect(
      debate.status(of: "mediator")?.reason.contains("your objection at turn 1 was answered by ¶2.5") == true)
    // The debate's framework is labelled exactly as the textbook definition says.
    #expect(debate.labelling.extensionArguments == NaiveGrounded.extensionArguments(debate.framework))
    #expect(debate.framework.count == debate.arguments.count)
  }
}
