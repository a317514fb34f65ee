import DebateContent
import DebateEngine
import DebateFuzzing
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `make fuzz`: generated turns through the built-in responder, printing turns per second and,
/// for any broken promise or trap, the seed and turn number that replay it.
///
///     debate-fuzz [COUNT] [SEED] [FIRST]
let arguments = CommandLine.arguments.dropFirst().map { UInt64($0) }
let count = arguments.first.flatMap { $0 } ?? 1_000_000
let seed = arguments.dropFirst().first.flatMap { $0 } ?? 20_261_201
let first = arguments.dropFirst(2).first.flatMap { $0 } ?? 0

/// The turn being answered, for the trap handler: a trap ends the process, so it is written
/// out from the signal handler with nothing but `write(2)`.
nonisolated(unsafe) var current: UInt64 = 0
nonisolated(unsafe) var fuzzSeed: UInt64 = seed

for signalNumber in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
  signal(signalNumber) { number in
    var message = Array("debate-fuzz: trap (signal \(number)) at turn \(current), seed \(fuzzSeed)\n".utf8)
    _ = message.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    _exit(1)
  }
}

do {
  let responder = try Responder.builtIn()
  let generator = TurnGenerator(responder: responder, seed: seed)
  let clock = ContinuousClock()
  let start = clock.now
  var failures = 0
  let questions = TurnGenerator.questions(of: responder)
  for n in first..<(first + count) {
    current = n
    let turn = generator.turn(n)
    // One turn in four answers a question, so the reading in context is fuzzed too.
    let context = n % 4 == 0 ? TurnContext(question: questions[Int(n / 4) % questions.count]) : .none
    if let failure = TurnCheck.failure(of: turn, responder: responder, context: context) {
      failures += 1
      print("FAIL seed \(seed) turn \(n): \(failure): \(turn.debugDescription)")
    }
    if (n - first + 1) % 100_000 == 0 {
      let seconds = Double((clock.now - start).components.seconds)
      print("  \(n - first + 1) turns, \(Int(Double(n - first + 1) / max(seconds, 1))) turns/s")
    }
  }
  let elapsed = clock.now - start
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  print(
    "fuzz: \(count) turns from seed \(seed) in \(String(format: "%.1f", seconds)) s "
      + "(\(Int(Double(count) / max(seconds, 1e-9))) turns/s), \(failures) failures")
  exit(failures == 0 ? 0 : 1)
} catch {
  print("debate-fuzz: \(error)")
  exit(2)
}
