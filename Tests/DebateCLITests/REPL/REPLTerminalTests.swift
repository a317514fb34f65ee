import Foundation
import Testing

/// The REPL on a pseudo-terminal, driven key by key as a student would.
@Suite(.serialized)
struct REPLTerminalTests {
  /// A temporary HOME and XDG_STATE_HOME, removed at the end.
  final class StateFolder {
    let path: String
    init() {
      path = NSTemporaryDirectory() + "debate-repl-\(UUID().uuidString)"
      try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    var historyPath: String { path + "/state/debate/history" }

    var environment: [String: String] {
      [
        "EDITRC": "/dev/null", "LANG": "C.UTF-8", "TERM": "xterm", "NO_COLOR": "1",
        "HOME": path, "XDG_STATE_HOME": path + "/state",
      ]
    }

    func start(_ args: [String] = [], colour: Bool = false, launcher: [String] = []) throws
      -> PseudoTerminalRun
    {
      var environment = environment
      if colour { environment["NO_COLOR"] = nil }
      let run = try PseudoTerminalRun(args, environment: environment, launcher: launcher)
      try run.waitForPrompt(colour ? "essay>\u{1b}[0m " : "essay> ")
      return run
    }
  }

  let state = StateFolder()

  @Test func bannerNamesTheTextAndHowToStart() throws {
    let run = try state.start()
    #expect(run.text.contains("sentences,"))
    #expect(run.text.contains("claims. Type an argument, or /help."))
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func tabCompletesCommandNames() throws {
    let run = try state.start()
    try run.send("/cl\t")
    try run.waitFor("/claim  /claims  /clear")
    try run.waitForPrompt()
    try run.send("e\t\r")  // "/cle" completes to "/clear "
    try run.waitFor("Cleared.")
    try run.waitForPrompt()
    try run.send("/cla\t")  // to "/claim", the common part of /claim and /claims
    try run.send("s\r")
    try run.waitFor("alliance")
    try run.waitForPrompt()
    try run.send("/claim allia\t\r")  // a claim id
    try run.waitFor("Statement: China and Russia form a formal alliance.")
    try run.waitForPrompt()
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func aTurnGetsAReplyQuotingARef() throws {
    let run = try state.start()
    try run.send("China and Russia are allies\r")
    let start = try run.waitFor("Essay:")
    try run.waitForPrompt()
    #expect(run.text(from: start).contains("¶4.3"))
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func upRecallsTheLastLineAfterARestart() throws {
    let first = try state.start()
    try first.send("Russia is a junior partner of China\r")
    try first.waitFor("Essay:")
    try first.waitForPrompt()
    try first.send("\u{04}")
    #expect(try first.waitForExit() == 0)
    let saved = try String(contentsOfFile: state.historyPath, encoding: .utf8)
    #expect(saved.hasPrefix("_HiStOrY_V2_\n"))

    let second = try state.start()
    try second.send("\u{1b}[A")
    try second.waitFor("Russia is a junior partner of China")
    try second.send("\r")
    try second.waitFor("Essay:")
    try second.waitForPrompt()
    try second.send("/history\r")
    try second.waitFor("1.     Russia is a junior partner of China")
    try second.waitForPrompt()
    try second.send("\u{04}")
    #expect(try second.waitForExit() == 0)
  }

  @Test func ctrlCDropsTheHalfTypedLineAndTheNextTurnWorks() throws {
    let run = try state.start()
    try run.send("half typed")
    try run.waitFor("half typed")  // SIGINT flushes unread input: wait for the echo first
    try run.waitUntilReading()
    try run.send("\u{03}")
    try run.waitFor("^C")
    try run.waitForPrompt()
    try run.send("/history\r")
    try run.waitFor("No turns yet.")
    try run.waitForPrompt()
    try run.send("China and Russia are allies\r")
    try run.waitFor("Essay:")
    try run.waitForPrompt()
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func ctrlDOnAnEmptyLineSaysGoodbyeAndExitsZero() throws {
    let run = try state.start()
    try run.send("\u{04}")
    try run.waitFor("Goodbye.")
    #expect(try run.waitForExit() == 0)
  }

  @Test func utf8InputReachesTheEngineIntact() throws {
    let run = try state.start()
    try run.send("Пекин 北京 “quotes”\r")
    try run.waitForPrompt()
    try run.send("/history\r")
    try run.waitFor("1.     Пекин 北京 “quotes”\r\n")
    try run.waitForPrompt()
    try run.send("/why\r")
    try run.waitFor("stance cues:")
    try run.waitForPrompt()
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func aPasted100KBLineDoesNotCrash() throws {
    let run = try state.start()
    let line = String(String(repeating: "allies ", count: 15_000).prefix(100_000))
    try run.send(line)
    try run.send("\r")
    try run.waitFor("Essay:", timeout: 120)
    try run.waitForPrompt()
    try run.send("/history\r")
    try run.waitFor("1.     allies allies")
    try run.waitForPrompt()
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func aCorruptHistoryFileIsKeptAsideWithOneWarning() throws {
    let garbage = Data((0..<512).map { _ in UInt8.random(in: 0...255) })
    try FileManager.default.createDirectory(
      atPath: state.path + "/state/debate", withIntermediateDirectories: true)
    try garbage.write(to: URL(fileURLWithPath: state.historyPath))

    let run = try state.start()
    #expect(run.text.components(separatedBy: "warning:").count == 2)
    #expect(run.text.contains("moved it to \(state.historyPath).bad"))
    try run.send("China and Russia are allies\r")
    try run.waitFor("Essay:")
    try run.waitForPrompt()
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
    #expect(FileManager.default.contents(atPath: state.historyPath + ".bad") == garbage)
    let saved = try String(contentsOfFile: state.historyPath, encoding: .utf8)
    #expect(saved == "_HiStOrY_V2_\nChina\\040and\\040Russia\\040are\\040allies\n")
  }

  @Test func theHistoryFolderIsPrivate() throws {
    let run = try state.start()
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: state.path + "/state/debate")
    #expect((attributes[.posixPermissions] as? Int) == 0o700)
  }

  @Test func repliesWrapToTheWidthAfterAResize() throws {
    let run = try state.start()
    run.resize(columns: 40)
    try run.send("China and Russia are allies\r")
    let start = try run.waitFor("Essay:")
    try run.waitForPrompt()
    let reply = run.text(from: start - "Essay:".utf8.count).components(separatedBy: "\r\n").dropLast()
    #expect(reply.count > 4)
    #expect(reply.allSatisfy { $0.count <= 40 }, "\(reply)")
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func colourOnATerminalUnlessNoColorOrTheFlag() throws {
    let coloured = try state.start(colour: true)
    try coloured.send("China and Russia are allies\r")
    try coloured.waitFor("\u{1b}[1;32mEssay:\u{1b}[0m")
    try coloured.waitForPrompt("essay>\u{1b}[0m ")
    try coloured.send("\u{04}")
    #expect(try coloured.waitForExit() == 0)

    let plain = try state.start(["--no-color"], colour: false)
    try plain.send("China and Russia are allies\r")
    try plain.waitFor("Essay:")
    try plain.waitForPrompt()
    #expect(!plain.text.contains("\u{1b}[1;32m"))
    try plain.send("\u{04}")
    #expect(try plain.waitForExit() == 0)
  }

  @Test func tabCompletesFilePathsForSave() throws {
    try FileManager.default.createDirectory(atPath: state.path + "/talks", withIntermediateDirectories: true)
    let run = try state.start()
    try run.send("/save \(state.path)/ta\t")  // completes to ".../talks/", no space after a folder
    try run.send("first.md\r")
    try run.waitFor("Saved 0 turns to \(state.path)/talks/first.md.")
    try run.waitForPrompt()
    #expect(FileManager.default.fileExists(atPath: state.path + "/talks/first.md"))
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func ctrlRSearchesTheHistory() throws {
    let run = try state.start()
    for turn in ["Russia is a junior partner of China", "/claims"] {
      try run.send(turn + "\r")
      try run.waitForPrompt()
    }
    try run.send("\u{12}junior")
    try run.waitFor("Russia is a junior")
    try run.send("\r")
    try run.waitForPrompt()
    try run.send("/history\r")
    try run.waitFor("2.     Russia is a junior partner of China")
    try run.waitForPrompt()
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func aScenarioIsPlayedAtThePromptAndStopLeavesIt() throws {
    let run = try state.start()
    try run.send("/play wed\t")
    try run.waitFor("ge-driving ")  // libedit redraws: "/play wed", cursor motion, the completed rest
    try run.send("\r")
    try run.waitFor("Scenario wedge-driving: Driving a wedge between Moscow and Beijing")
    try run.waitFor("A Western strategist:")
    try run.waitForPrompt("wedge-driving:ask> ")
    try run.send("The West cannot split Moscow from Beijing\r")
    try run.waitFor("judged: you sided with the essay: no lasting wedge (wedge)")
    try run.waitFor("The essayist: ")
    try run.waitFor("A Western strategist: You side with the essay, then.")
    try run.waitForPrompt("wedge-driving:ask-plans> ")
    try run.send("/stop\r")
    try run.waitFor("Left wedge-driving at ask-plans. Back to free debate")
    try run.waitForPrompt()
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func anEmptyHistoryFileIsUsedWithoutWarning() throws {
    try FileManager.default.createDirectory(
      atPath: state.path + "/state/debate", withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: state.historyPath, contents: Data())
    let run = try state.start()
    #expect(!run.text.contains("warning:"))
    try run.send("/claims\r")
    try run.waitForPrompt()
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
    #expect(!FileManager.default.fileExists(atPath: state.historyPath + ".bad"))
    #expect(try String(contentsOfFile: state.historyPath, encoding: .utf8) == "_HiStOrY_V2_\n/claims\n")
  }
}
