import Foundation
import Testing

/// Fuzzed REPL sessions on a pseudo-terminal (`TerminalStorm`).
///
/// `make test` runs a short slice with a fixed seed; `make fuzz-terminal` runs many sessions
/// through the environment: `DEBATE_STORM_SESSIONS`, `DEBATE_STORM_SEED` (the first session's
/// seed, the others follow it), `DEBATE_STORM_LAUNCHER` (for example `valgrind -q …`),
/// `DEBATE_STORM_BINARY` and `DEBATE_STORM_LONGEST_PASTE`.
@Suite(.serialized)
struct TerminalStormTests {
  @Test func stormedSessionsExitCleanlyWithAnIntactHistory() throws {
    let environment = ProcessInfo.processInfo.environment
    let sessions = environment["DEBATE_STORM_SESSIONS"].flatMap { Int($0) } ?? 10
    let firstSeed = environment["DEBATE_STORM_SEED"].flatMap { UInt64($0) } ?? 20_261_202
    let launcher =
      environment["DEBATE_STORM_LAUNCHER"].map { $0.split(separator: " ").map(String.init) } ?? []
    var failures: [(UInt64, TerminalStorm.Outcome)] = []
    let started = Date()
    for index in 0..<sessions {
      let seed = firstSeed &+ UInt64(index)
      var storm = TerminalStorm(seed: seed)
      storm.launcher = launcher
      storm.patience = launcher.isEmpty ? 1 : 20
      if let binary = environment["DEBATE_STORM_BINARY"] { storm.binary = binary }
      if let longest = environment["DEBATE_STORM_LONGEST_PASTE"].flatMap({ Int($0) }) {
        storm.longestPaste = longest
      }
      let outcome = storm.run(in: REPLTerminalTests.StateFolder())
      if outcome != .passed {
        failures.append((seed, outcome))
        print("storm: seed \(seed) failed: \(outcome)")
      }
    }
    let seconds = Int(Date().timeIntervalSince(started))
    print(
      "storm: \(sessions) sessions, \(sessions - failures.count) passed, \(failures.count) failed "
        + "in \(seconds) s (seeds \(firstSeed)…\(firstSeed &+ UInt64(max(sessions - 1, 0))))")
    for (seed, outcome) in failures { print("storm: failing seed \(seed): \(outcome)") }
    #expect(failures.isEmpty, "failing seeds: \(failures.map(\.0))")
  }
}
