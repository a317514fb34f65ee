import Foundation
import Testing

/// The REPL on a pseudo-terminal treated roughly: resizes mid-redraw, tiny windows, pastes
/// into a history search, Ctrl-Z. Each case crashed, corrupted memory or hung before.
@Suite(.serialized)
struct REPLTerminalAbuseTests {
  let state = REPLTerminalTests.StateFolder()

  /// Ends the session with Ctrl-D on an empty line and expects exit status 0.
  func finish(_ run: PseudoTerminalRun) throws {
    try run.send("\u{15}\u{04}")  // Ctrl-U, Ctrl-D
    #expect(try run.waitForExit() == 0)
  }

  @Test func resizingWhileALongLineIsRedrawnKeepsTheREPLAlive() throws {
    let run = try state.start()
    try run.send(String(repeating: "allies partners ", count: 190))  // about 3,000 characters
    try run.send("\u{01}")  // Ctrl-A: each key typed now redraws every row of the line
    let widths: [UInt16] = [100, 31, 7, 64, 3, 45, 12, 80, 1, 2]
    for step in 0..<400 {
      run.resize(columns: widths[step % widths.count], rows: UInt16(10 + step % 20))
      try run.send("ab\u{02}\u{06}")  // type, then Ctrl-B and Ctrl-F
    }
    run.resize(columns: 100)
    try run.send("\u{05}\u{15}China and Russia are allies\r")  // Ctrl-E, Ctrl-U, a turn
    try run.waitFor("Essay:", timeout: 60)
    try run.waitForPrompt()
    try finish(run)
  }

  @Test(arguments: [3, 2, 1])
  func aWindowAFewColumnsWideStillEditsAndWrapsReplies(columns: Int) throws {
    let run = try state.start()
    run.resize(columns: UInt16(columns))
    try run.send("word")
    try run.send("\u{15}")
    try run.send("China and Russia are allies\r")
    let start = try run.waitFor("Essay:") - "Essay:".utf8.count
    try run.waitFor("\u{1b}[?2004h")  // the next prompt
    let reply = run.text(from: start).components(separatedBy: "\r\n").dropLast()
    #expect(reply.count > 4)
    // No width is too small to wrap at: words stay whole, at least 20 columns of text a line.
    #expect(reply.allSatisfy { $0.count <= 30 }, "\(reply)")
    try run.waitForPrompt()
    try run.send("/history\r")
    try run.waitFor("1.     China and Russia")
    try run.waitForPrompt()
    try finish(run)
  }

  /// A thousand-entry history, as after a term of classes.
  func writeLongHistory() throws {
    try FileManager.default.createDirectory(
      atPath: state.path + "/state/debate", withIntermediateDirectories: true)
    let lines = (0..<1000).map {
      "China\\040and\\040Russia\\040are\\040allies\\040and\\040partners\\040\($0)"
    }
    try ("_HiStOrY_V2_\n" + lines.joined(separator: "\n") + "\n")
      .write(toFile: state.historyPath, atomically: true, encoding: .utf8)
  }

  @Test func ctrlRThenATypedPasteStaysQuickAndCtrlCAnswersAtOnce() throws {
    try writeLongHistory()
    let run = try state.start()
    try run.send("\u{12}")
    // A paste the terminal did not bracket, matching the history all along: libedit searched
    // the history again on every key (600 keys took 80 s).
    try run.send(
      String(String(repeating: "China and Russia are allies and partners ", count: 25).prefix(1000)))
    let typedAt = Date()
    try run.waitUntilReading(timeout: 10)  // every key taken, the REPL idle again
    try run.send("\u{03}")
    try run.waitFor("^C", timeout: 5)
    #expect(Date().timeIntervalSince(typedAt) < 10)
    try run.waitForPrompt()
    try finish(run)
  }

  @Test func aBracketedPasteIntoASearchLeavesTheSearchAndIsInsertedWhole() throws {
    try writeLongHistory()
    let run = try state.start()
    try run.send("\u{12}partners 99")
    try run.waitFor("partners 99")
    let pasted = String(repeating: "China and Russia are allies ", count: 30)  // under the 1,000 kept
    try run.send("\u{1b}[200~" + pasted + "\r\n" + "\u{1b}[201~")
    try run.send("\r")
    try run.waitFor("Essay:", timeout: 30)
    try run.waitForPrompt()
    try run.send("/history\r")
    try run.waitFor("1.     ")
    try run.waitForPrompt()
    try finish(run)
    // The search ended on the paste, which went into the line whole, its line break a space.
    let saved = try String(contentsOfFile: state.historyPath, encoding: .utf8)
    #expect(saved.contains((pasted + " ").replacingOccurrences(of: " ", with: "\\040")))
    #expect(!saved.contains("[200~"))
  }

  /// Ctrl-R on a 50 KB line: libedit tries the pattern at every position of the line, each
  /// try as long as the line, so one key of the search took minutes. It now beeps instead.
  @Test func ctrlROnALongLineBeepsInsteadOfSearchingForMinutes() throws {
    let run = try state.start()
    try run.send("\u{1b}[200~" + String(repeating: "wedge Moscow allies ", count: 2500) + "\u{1b}[201~")
    try run.waitUntilReading(timeout: 20)
    let before = run.position
    try run.send("\u{12}qz")
    try run.waitFor("qz", timeout: 20)  // each key was a search of minutes; now text
    #expect(run.text(from: before).contains("\u{07}"))
    #expect(!run.text(from: before).contains("bck:"))
    try run.send("\u{03}")
    try run.waitFor("^C", timeout: 5)
    try run.waitForPrompt()
    try finish(run)
  }

  /// A paste the terminal does not bracket is a stream of keys; with the cursor before the
  /// end, libedit redrew the whole line for each one (100 KB took hours). Keys already read
  /// are now inserted together, and still land where the cursor is, in order.
  @Test func anUnbracketedPasteBeforeTheEndOfALineIsInsertedWholeAndQuickly() throws {
    let run = try state.start()
    try run.send("Beijing\u{01}")  // Ctrl-A: the cursor at the start
    try run.send(String(repeating: "wedge Moscow allies ", count: 3000) + "\u{05}!")  // 60 KB
    try run.waitFor("!", timeout: 30)  // drawn after every key before it was taken
    try run.send("\u{15}could mediate\u{01}")
    try run.send("China and Russia are allies and Beijing ")
    try run.send("\r")
    try run.waitFor("Essay:", timeout: 30)
    try run.waitForPrompt()
    try run.send("/history\r")
    try run.waitFor("1.     China and Russia are allies and Beijing could mediate")
    try run.waitForPrompt()
    try finish(run)
  }

  /// History lines too long to search quickly are neither kept nor loaded from an older file.
  @Test func aHistoryLineTooLongToSearchIsNotLoaded() throws {
    try FileManager.default.createDirectory(
      atPath: state.path + "/state/debate", withIntermediateDirectories: true)
    let long = String(repeating: "wedge\\040Moscow\\040", count: 1000)  // 13 KB once decoded
    try ("_HiStOrY_V2_\nRussia\\040is\\040a\\040junior\\040partner\n" + long + "\n")
      .write(toFile: state.historyPath, atomically: true, encoding: .utf8)
    let run = try state.start()
    try run.send("\u{1b}[A")  // Up: the newest line kept is the short one
    try run.waitFor("Russia is a junior partner")
    try run.send("\r")
    try run.waitFor("Essay:")
    try run.waitForPrompt()
    try finish(run)
  }

  /// Ctrl-Z makes the terminal drop the input not yet read, so a paste it interrupts loses its
  /// end marker. The paste ends where it was cut: it took the line typed after `fg`, Enter
  /// included, as more of itself until the keys paused for a second.
  @Test func ctrlZInAPasteEndsItThereAndTheLineTypedAfterFgIsALine() throws {
    let run = try state.start()
    try run.send("\u{1b}[200~China and Russia")  // the rest, end marker included, was dropped
    try run.waitUntilWaitingForTheRest()
    try run.send("\u{1a}")
    // Stopping switches bracketed paste off and on (the kernel ignores the stop itself: no
    // shell). `fg` only after that, as a shell's comes after the stop: a SIGCONT sent first
    // makes the kernel discard a SIGTSTP not yet handled.
    try run.waitFor("\u{1b}[?2004l\u{1b}[?2004h")
    run.signal(SIGCONT)
    try run.waitForRawMode()
    try run.send(" are allies\r")
    try run.waitFor("Essay:", timeout: 10)
    try run.waitForPrompt()
    try run.send("/history\r")
    try run.waitFor("1.     China and Russia are allies")
    try run.waitForPrompt()
    try finish(run)
  }

  /// Ctrl-C and Ctrl-Z pressed before the REPL woke arrive together: the line is dropped and
  /// then the program stops. The Ctrl-Z was lost with the Ctrl-C.
  @Test func ctrlZWithACtrlCDropsTheLineThenStops() throws {
    let run = try state.start()
    try run.send("Russia is")
    try run.waitFor("is")
    try run.waitUntilIdle()
    try run.send("\u{03}\u{1a}")
    try run.waitFor("^C")
    // Stopping (the kernel ignores it here: no shell) switches bracketed paste off and on.
    try run.waitFor("\u{1b}[?2004l\u{1b}[?2004h", timeout: 5)
    run.signal(SIGCONT)
    try run.waitForPrompt()
    try run.send("China and Russia are allies\r")
    try run.waitFor("Essay:")
    try run.waitForPrompt()
    try run.send("/history\r")
    try run.waitFor("1.     China and Russia are allies")
    try run.waitForPrompt()
    try finish(run)
  }

  /// Esc then x opened libedit's command line (": "): what followed was run as a libedit
  /// builtin, and the line typed after it was not answered.
  @Test(arguments: ["x", "X"])
  func escapeThenXIsNoCommandLine(x: String) throws {
    let run = try state.start()
    try run.send("\u{1b}")
    try run.waitUntilIdle()  // the Esc taken on its own, as a stray key is
    try run.send(x + " China and Russia are allies\u{01}\u{0b}")  // Ctrl-A, Ctrl-K: an empty line
    try run.send("China and Russia are allies\r")
    try run.waitFor("Essay:", timeout: 10)
    try run.waitForPrompt()
    #expect(!run.text.contains("\r\n: "))
    try finish(run)
  }

  @Test func ctrlZAndContinueRestoreTheHalfTypedLine() throws {
    let run = try state.start()
    try run.send("Russia is a junior")
    try run.waitFor("junior")
    try run.waitUntilReading()
    try run.send("\u{1a}")  // Ctrl-Z: the session has no shell, so nothing stops it for good
    try run.waitFor("\u{1b}[?2004l\u{1b}[?2004h")  // stopped (a SIGCONT first would cancel it)
    run.signal(SIGCONT)  // as `fg` does
    try run.waitFor("essay> Russia is a junior")  // redrawn
    try run.waitForRawMode()
    try run.send(" partner of China\r")
    try run.waitFor("Essay:")
    try run.waitForPrompt()
    try run.send("/history\r")
    try run.waitFor("1.     Russia is a junior partner of China")
    try run.waitForPrompt()
    try finish(run)
  }
}
