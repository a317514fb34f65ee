import Foundation

/// One fuzzed REPL session on a pseudo-terminal, reproducible from its seed.
///
/// Random keys, control keys and escape sequences, safe commands, pastes up to 100 KB
/// (bracketed or not), resizes down to 1 column, Ctrl-C and Ctrl-R bursts, Ctrl-Z; then
/// Ctrl-C and Ctrl-D. It passes when the REPL exits 0 and the history file is intact.
struct TerminalStorm {
  enum Outcome: Equatable, CustomStringConvertible {
    case passed
    case notStarted(String)
    case crashed(status: Int32)
    case hung(String)
    case brokenHistory(String)

    var description: String {
      switch self {
      case .passed: "passed"
      case .notStarted(let why): "not started: \(why)"
      case .crashed(let status): status > 128 ? "killed by signal \(status - 128)" : "exit status \(status)"
      case .hung(let what): "hung: \(what)"
      case .brokenHistory(let why): "history file broken: \(why)"
      }
    }
  }

  let seed: UInt64
  var actions = 30
  var longestPaste = 100_000
  var launcher: [String] = []
  var binary = DebateRun.binary.path
  /// Slower under valgrind: every wait is stretched by this factor.
  var patience: Double = 1

  /// A small, fast, seedable generator (SplitMix64): the same seed gives the same session.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let words = [
    "China", "Russia", "allies", "partners", "axis", "Beijing", "Moscow", "wedge", "mediator",
    "not", "never", "unlimited", "friendship", "Пекин", "北京", "“quotes”", "🙂", "é", "x",
  ]
  static let controls = [
    "\u{01}", "\u{02}", "\u{05}", "\u{06}", "\u{08}", "\u{0b}", "\u{0c}", "\u{14}", "\u{15}", "\u{17}",
    "\u{19}", "\u{7f}", "\t", "\u{07}", "\u{16}x",
  ]
  static let escapes = [
    "\u{1b}[A", "\u{1b}[B", "\u{1b}[C", "\u{1b}[D", "\u{1b}[H", "\u{1b}[F", "\u{1b}[3~", "\u{1b}b",
    "\u{1b}f", "\u{1b}d", "\u{1b}OP", "\u{1b}[1;5C", "\u{1b}", "\u{1b}[201~", "\u{1b}[",
    "\u{1b}[99;99R", "\u{1b}\u{7f}",
  ]
  static let commands = [
    "/help", "/claims", "/history", "/why", "/text 2.5", "/scenarios", "/side opponent", "/side essay",
    "/clear", "/claim wedge", "China and Russia are allies", "Beijing could mediate",
  ]

  func run(in folder: REPLTerminalTests.StateFolder) -> Outcome {
    var random = Generator(state: seed)
    let session: PseudoTerminalRun
    do {
      session = try PseudoTerminalRun(
        [], environment: folder.environment, columns: 100, launcher: launcher, binary: binary)
    } catch {
      return .notStarted("\(error)")
    }
    do { try waitForPrompt(session) } catch {
      return .hung("the first prompt, " + Self.report(session, error))
    }
    do {
      for _ in 0..<actions { try act(on: session, random: &random) }
      try end(session)
    } catch {
      if let status = try? session.waitForExit(timeout: 1), status != 0 { return .crashed(status: status) }
      return .hung(Self.report(session, error))
    }
    let status: Int32
    do { status = try session.waitForExit(timeout: 60 * patience) } catch {
      return .hung(
        "the exit, state \(session.processState.map(String.init) ?? "?"): …" + session.text.suffix(300))
    }
    guard status == 0 else { return .crashed(status: status) }
    if let problem = Self.historyProblem(at: folder.historyPath) { return .brokenHistory(problem) }
    return .passed
  }

  /// What a hung session was doing: the state letter tells a stopped program (T) from a busy
  /// (R) or a waiting one (S), the system call and kernel function what it waits in (`7 …
  /// 0xffffffff`: a poll for keys without a timeout); then what the harness waited for, and
  /// the output's end.
  static func report(_ session: PseudoTerminalRun, _ error: any Error) -> String {
    let state = session.processState.map(String.init) ?? "?"
    return "state \(state), system call \(session.systemCall ?? "?") in \(session.kernelWait ?? "?"), "
      + "\(error)".prefix(300).description + "…" + session.text.suffix(600)
  }

  private func act(on session: PseudoTerminalRun, random: inout Generator) throws {
    let choice = Int.random(in: 0..<100, using: &random)
    if ProcessInfo.processInfo.environment["DEBATE_STORM_VERBOSE"] != nil { print("storm: action \(choice)") }
    switch choice {
    case 0..<25:
      let count = Int.random(in: 1...6, using: &random)
      try session.send(
        (0..<count).map { _ in Self.words.randomElement(using: &random) ?? "x" }.joined(separator: " "))
    case 25..<40:
      try session.send(Self.controls.randomElement(using: &random) ?? "\u{01}")
    case 40..<52:
      try session.send(Self.escapes.randomElement(using: &random) ?? "\u{1b}")
    case 52..<62:
      // A line of its own: Ctrl-E Ctrl-U first (a 100 KB turn takes long to answer), then a
      // turn or a harmless command, then its reply. Sent once every earlier key is taken, so
      // the prompt awaited is the reply's, not one drawn after an earlier Ctrl-C or `fg`.
      try session.waitUntilIdle(timeout: 60 * patience)
      try session.send("\u{05}\u{15}" + (Self.commands.randomElement(using: &random) ?? "/help") + "\r")
      try waitForPrompt(session)
    case 62..<70:
      try session.send(paste(random: &random))
    case 70..<82:
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let columns =
          Bool.random(using: &random)
          ? Int.random(in: 1...12, using: &random) : Int.random(in: 1...220, using: &random)
        session.resize(columns: UInt16(columns), rows: UInt16(Int.random(in: 1...60, using: &random)))
      }
    case 82..<88:
      try session.send(String(repeating: "\u{03}", count: Int.random(in: 1...5, using: &random)))
    case 88..<96:
      var keys = String(repeating: "\u{12}", count: Int.random(in: 1...3, using: &random))
      keys += Self.words.randomElement(using: &random) ?? "a"
      if Bool.random(using: &random) { keys += paste(random: &random) }
      try session.send(keys)
    default:
      try session.send("\u{1a}")  // Ctrl-Z, then `fg`
      session.signal(SIGCONT)
    }
  }

  /// Text up to `longestPaste` long (sizes spread evenly on a log scale), often bracketed.
  private func paste(random: inout Generator) -> String {
    let length = Int(pow(10, Double.random(in: 0...log10(Double(longestPaste)), using: &random)))
    var text = ""
    while text.utf8.count < length { text += (Self.words.randomElement(using: &random) ?? "x") + " " }
    text = String(text.utf8.prefix(length)).map { String($0) } ?? String(text.prefix(length))
    if Bool.random(using: &random) {
      return "\u{1b}[200~" + text.replacingOccurrences(of: "🙂", with: "\r\n") + "\u{1b}[201~"
    }
    return text
  }

  /// Waits for the next line to start: a prompt drawn in a narrow window is cut up by cursor
  /// moves, so wait for the bracketed-paste switch sent before each line is read.
  private func waitForPrompt(_ session: PseudoTerminalRun) throws {
    try session.waitFor("\u{1b}[?2004h", timeout: 60 * patience)
    try session.waitForRawMode(timeout: 10 * patience)
  }

  /// Ctrl-C until the REPL answers it (it may be busy with a long line), then Ctrl-D.
  ///
  /// A Ctrl-D sent while the REPL is between lines (terminal in canonical mode) is lost, and
  /// an answer to an earlier Ctrl-C can look like the answer to this one: so repeat the pair
  /// until the program exits.
  private func end(_ session: PseudoTerminalRun) throws {
    session.resize(columns: 100)
    try session.waitUntilIdle(timeout: 60 * patience)
    let deadline = Date().addingTimeInterval(180 * patience)
    while Date() < deadline {
      session.skipOutput()
      try session.send("\u{03}")
      guard (try? session.waitFor("^C", timeout: 2 * patience)) != nil else { continue }
      try waitForPrompt(session)
      try session.send("\u{04}")
      if (try? session.waitFor("Goodbye.", timeout: 3 * patience)) != nil { return }
    }
    throw PseudoTerminalRun.Failure.timeout(
      waitingFor: "the end of the session after Ctrl-C, Ctrl-D", output: "")
  }

  /// Why the history file is not one libedit wrote whole, or nil when it is (or absent).
  static func historyProblem(at path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    guard data.starts(with: Array("_HiStOrY_V2_\n".utf8)) else { return "no _HiStOrY_V2_ line first" }
    guard data.last == UInt8(ascii: "\n") else { return "the last line is cut off" }
    guard !data.contains(0) else { return "a NUL byte" }
    let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
    if lines.count > 1001 { return "\(lines.count - 1) entries, over the cap" }
    if lines.contains(where: \.isEmpty) { return "an empty line" }
    let folder = (path as NSString).deletingLastPathComponent
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    if let left = names.first(where: { $0.hasSuffix(".tmp") }) { return "a temporary file left: \(left)" }
    return nil
  }
}
