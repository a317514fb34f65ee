import DebateContent
import DebateEngine

/// A long session alternating an argument and "why?": the cost of a turn early and late in
/// it, which must be the same (the session keeps its state as it goes, never re-reading its
/// earlier replies).
struct SessionBench {
  let turns: Int

  func run() throws {
    var session = DebateSession(responder: try Responder.builtIn())
    let lines = ["China and Russia are allies now.", "why?", "Beijing could mediate in Ukraine.", "why?"]
    let window = min(1_000, max(1, turns / 10))
    var early = 0.0
    var late = 0.0
    for n in 0..<turns {
      let line = lines[n % lines.count]
      let time = Figures.nanoseconds { session.respond(to: line) }
      if n < window { early += time }
      if n >= turns - window { late += time }
    }
    print(
      "session: \(turns) turns alternating an argument and \"why?\" (load average \(Figures.loadAverage()))")
    let earlyMean = early / Double(window)
    let lateMean = late / Double(window)
    print(Figures.row("per turn, turns 1 to \(window)", Figures.microseconds(earlyMean)))
    print(Figures.row("per turn, the last \(window) turns", Figures.microseconds(lateMean)))
    let ratio = lateMean / max(earlyMean, 1)
    print(
      Figures.row("ratio (late / early)", Figures.fixed(ratio) + "×", target: "≤ 1.5×", met: ratio <= 1.5))
  }
}
