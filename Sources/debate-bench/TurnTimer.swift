import DebateEngine

/// Answers the student lines in a fixed cycle and records how long each turn takes.
///
/// Each turn passes the previous reply as context, as a session does, so follow-ups are timed
/// too. The checksum of the replies is printed so the work cannot be optimised away.
struct TurnTimer {
  let responder: Responder
  let lines = StudentLines.all
  private(set) var checksum = 0
  private var next = 0
  private var context = TurnContext.none

  init(responder: Responder) { self.responder = responder }

  /// Runs `count` turns and returns their durations in nanoseconds, sorted ascending.
  mutating func run(turns count: Int) -> [Double] {
    var durations: [Double] = []
    durations.reserveCapacity(count)
    for _ in 0..<count {
      let line = lines[next % lines.count]
      next += 1
      var reply: Reply?
      let context = self.context
      durations.append(Figures.nanoseconds { reply = responder.respond(to: line, context: context) })
      if let reply {
        checksum &+= reply.evidence.count &+ reply.parts.count &+ (reply.claimID?.count ?? 0)
        self.context = TurnContext.none.recording(reply)
      }
    }
    return durations.sorted()
  }
}
