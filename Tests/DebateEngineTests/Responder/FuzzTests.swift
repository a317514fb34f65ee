import DebateEngine
import DebateFuzzing
import Testing

/// A slice of `make fuzz`: generated turns, alone and answering questions, must keep every
/// promise (verbatim quotes, nothing cited off topic, the same reply twice) and never trap.
struct FuzzTests {
  static let responder = ResponderFixture.responder

  @Test func generatedTurnsKeepEveryPromise() {
    let generator = TurnGenerator(responder: Self.responder, seed: 7)
    var failures: [String] = []
    for n in UInt64(0)..<3_000 {
      let turn = generator.turn(n)
      if let failure = TurnCheck.failure(of: turn, responder: Self.responder) {
        failures.append("\(n): \(failure)")
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func generatedAnswersToQuestionsKeepEveryPromise() {
    let generator = TurnGenerator(responder: Self.responder, seed: 11)
    let questions = TurnGenerator.questions(of: Self.responder)
    var failures: [String] = []
    for n in UInt64(0)..<1_000 {
      let context = TurnContext(
        question: questions[Int(n) % questions.count], lead: generator.turn(n + 5_000))
      if let failure = TurnCheck.failure(of: generator.turn(n), responder: Self.responder, context: context) {
        failures.append("\(n): \(failure)")
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  /// Cues at the very end of a turn, where look-ahead windows run out ("me too").
  @Test(arguments: [
    "me too", "I think so too", "they are bonded too.", "too", "too too", "not", "more", "rather", "far from",
    "not just", "the author says", "more than", "no", "as", "?", "or", "Alliance or", "so,", "ok.",
  ])
  func cuesAtTheEndOfATurnAreRead(_ turn: String) {
    #expect(TurnCheck.failure(of: turn, responder: Self.responder) == nil)
    #expect(
      TurnCheck.failure(of: turn, responder: Self.responder, context: TurnContext(question: turn)) == nil)
  }
}

/// Readings of readings stop a few levels deep, so no turn costs more than a few readings.
struct NestingTests {
  static func frames(nested count: Int) -> Int {
    let turn =
      Array(repeating: "who would deny that", count: count).joined(separator: " ")
      + " china and russia are formal allies"
    let reply = ResponderFixture.responder.respond(to: turn)
    // Each nested reading adds its frame to the explanation.
    return reply.explanation.stanceCues.filter { $0.hasPrefix("'who would deny'") }.count
  }

  @Test func threeNestedFramesAreEachRead() { #expect(Self.frames(nested: 3) == 3) }

  @Test func deeperNestingIsReadAsItStands() { #expect(Self.frames(nested: 10) == 0) }
}
