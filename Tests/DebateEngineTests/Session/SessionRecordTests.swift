import DebateEngine
import Foundation
import Testing

/// The session as the one record of a debate: each reply's side and speaker, transcript entries
/// in parts, the replay of a session that switched sides.
struct SessionRecordTests {
  static let responder = ScenarioFixtures.responder

  @Test func eachReplyRecordsTheSideItArguedAndItsSpeaker() {
    var session = DebateSession(responder: Self.responder)
    session.respond(to: "China and Russia are allies")
    session.side = .opponent
    session.respond(to: "The relationship is too unequal for an alliance.")
    #expect(session.replies.map(\.side) == [.essay, .opponent])
    #expect(session.replies.map(\.speaker.name) == ["Essay", "Opponent"])
    #expect(session.transcript.entries.map(\.role) == [.student, .essay, .student, .opponent])
  }

  @Test func aSessionThatSwitchedSidesReplaysWithNoChanges() {
    var session = DebateSession(responder: Self.responder)
    session.respond(to: "China and Russia are allies")
    session.respond(to: "Beijing could mediate in Ukraine.")
    session.side = .opponent
    session.respond(to: "China and Russia are allies")
    let replayer = TranscriptReplayer(responder: Self.responder)
    let saved = session.transcript
    #expect(replayer.changes(from: saved, to: replayer.replay(saved, scenario: nil)).isEmpty)
  }

  @Test func entriesKeepTheQuotesVerbatimWithTheirRefs() throws {
    var session = DebateSession(responder: Self.responder)
    let reply = session.respond(to: "China and Russia are allies")
    let entry = try #require(session.transcript.entries.last)
    #expect(entry.parts == reply.parts)
    for case .quote(let citation) in entry.parts {
      #expect(Self.responder.corpus.unit(citation.ref)?.text == citation.text)
    }
    #expect(entry.refs == reply.quotedRefs.map(\.description))
  }

  @Test func aTranscriptRoundTripsThroughItsJSONInAFixedKeyOrder() throws {
    var session = DebateSession(responder: Self.responder)
    session.respond(to: "China and Russia are allies")
    let text = try OrderedJSONEncoder(pretty: true).encode(session.transcript)
    #expect(text.hasPrefix("{\n  \"version\" : 2,\n  \"engine\" : \"\(EngineVersion.name)\",\n  \"text\" : "))
    let decoded = try JSONDecoder().decode(Transcript.self, from: Data(text.utf8))
    #expect(decoded == session.transcript)
  }

  @Test func aVersionOneTranscriptStillReads() throws {
    let old = """
      {"version": 1, "entries": [
        {"speaker": "Student", "role": "student", "text": "China could mediate", "refs": [],
         "claim": "mediator", "stance": "agree"}]}
      """
    let transcript = try JSONDecoder().decode(Transcript.self, from: Data(old.utf8))
    #expect(transcript.version == 1)
    #expect(transcript.entries.first?.parts == [.prose("China could mediate")])
  }
}

/// `/agree`, `/disagree`, `/neutral` and "no, I meant the opposite": the last turn re-judged,
/// answered again, and marked in the transcript.
struct CorrectionTests {
  static let responder = ScenarioFixtures.responder

  @Test func aCorrectionRejudgesAndReanswersTheLastTurn() throws {
    var session = DebateSession(responder: Self.responder)
    let first = session.respond(to: "China and Russia are allies")
    #expect(first.stance == .disagree)
    let correction = session.correct(.stance(.agree))
    let corrected = try #require(correction)
    #expect(corrected.stance == .agree && corrected.claimID == first.claimID)
    #expect(corrected.correctedFrom == .disagree)
    #expect(corrected.parts != first.parts)
    #expect(session.replies.count == 1 && session.replies.last == corrected)
    let student = try #require(session.transcript.entries.first)
    #expect(student.stance == .agree && student.correctedFrom == .disagree)
    #expect(session.transcript.entries.count == 2)
    #expect(session.transcript.entries[1].parts == corrected.parts)
    #expect(session.scorecard.lines.first { $0.claimID == "alliance" }?.standing == .accepted)
  }

  @Test(arguments: ["no, I meant the opposite", "I meant the opposite.", "You got it backwards!"])
  func aTurnAskingForTheOppositeCorrectsTheLastOne(_ turn: String) {
    var session = DebateSession(responder: Self.responder)
    session.respond(to: "China and Russia are allies")
    let reply = session.respond(to: turn)
    #expect(reply.stance == .agree && reply.correctedFrom == .disagree)
    #expect(session.replies.count == 1)
  }

  @Test func nothingToCorrectChangesNothing() {
    var session = DebateSession(responder: Self.responder)
    #expect(session.correct(.stance(.agree)) == nil)
    session.respond(to: "What is the capital of Australia?")
    let before = session.transcript
    #expect(session.correct(.stance(.agree)) == nil)
    #expect(session.correct(.opposite) == nil)
    #expect(session.transcript == before)
    // "The opposite" of an off-topic turn is an ordinary turn, answered as one.
    #expect(session.respond(to: "no, I meant the opposite").correctedFrom == nil)
    #expect(session.replies.count == 2)
  }

  @Test func aCorrectedSessionReplaysWithNoChanges() throws {
    var session = DebateSession(responder: Self.responder)
    session.respond(to: "China and Russia are allies")
    session.correct(.stance(.agree))
    session.respond(to: "Beijing could mediate in Ukraine.")
    let replayer = TranscriptReplayer(responder: Self.responder)
    let saved = try JSONDecoder().decode(
      Transcript.self, from: Data(try OrderedJSONEncoder().encode(session.transcript).utf8))
    #expect(replayer.changes(from: saved, to: replayer.replay(saved, scenario: nil)).isEmpty)
  }
}
