import Foundation
import Testing

/// The REPL without a terminal: `debate < turns.txt` and programs driving it through pipes.
struct REPLPipeTests {
  static let script = """
    China and Russia are allies
    /why
    but they are allies
    /side opponent
    The relationship between Beijing and Moscow is too unequal for an alliance.
    /history
    /side neutral
    /clam alliance
    /claim alliance
    /claim alliances
    /text 2.5
    /text 9.9

    /help
    /clear
    /history
    /quit
    this line is never read
    """

  @Test func aScriptedSessionMatchesItsGoldenTranscript() throws {
    let result = try DebateRun.run([], stdin: Self.script, environment: ["TERM": "xterm"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(!result.stdout.contains("\u{1b}"))  // no colour
    #expect(!result.stdout.contains("Type an argument"))  // no banner
    #expect(!result.stdout.contains("essay>"))  // no prompt
    try Golden.expect(result.stdout, matches: "repl-piped.txt")
  }

  @Test func claimsAndTextListEverything() throws {
    let result = try DebateRun.run([], stdin: "/claims\n/text\n")
    #expect(result.status == 0)
    try Golden.expect(result.stdout, matches: "repl-claims-text.txt")
  }

  @Test func endOfInputEndsQuietlyWithStatusZero() throws {
    let result = try DebateRun.run([], stdin: "")
    #expect(result == DebateRun.Result(stdout: "", stderr: "", status: 0))
  }

  @Test(arguments: [
    ("empty lines", "printf '\\n\\n   \\n'"),
    ("binary", "head -c 3000 /bin/sh"),
    ("not UTF-8", "printf 'Beijing \\377\\376 Moscow allies \\300\\n'"),
    ("NUL bytes", "printf 'allies\\000allies\\n'"),
    ("no final newline", "printf 'China and Russia are allies'"),
    ("a 100 KB line", "head -c 100000 /dev/zero | tr '\\000' 'a'; echo"),
  ])
  func awkwardInputNeverCrashes(_ name: String, _ producer: String) throws {
    let result = try DebateRun.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "(\(producer)) | '\(DebateRun.binary.path)'"])
    #expect(result.status == 0, "\(name): \(result.stderr)")
  }

  @Test func aDrivingProgramGetsEachReplyBeforeSendingTheNextTurn() throws {
    let process = Process()
    process.executableURL = DebateRun.binary
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    // If replies were block-buffered this would wait forever: end the child after a while.
    let watchdog = DispatchWorkItem { process.terminate() }
    DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
    defer { watchdog.cancel() }
    for turn in ["China and Russia are allies", "/why"] {
      try input.fileHandleForWriting.write(contentsOf: Data((turn + "\n").utf8))
      var received = Data()
      let expected = turn.hasPrefix("/") ? "decision:" : "¶"
      while !String(decoding: received, as: UTF8.self).contains(expected) {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        received.append(chunk)
      }
      #expect(String(decoding: received, as: UTF8.self).contains(expected), "\(turn)")
    }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func saveWritesMarkdownOrJSONAndNeverOverwrites() throws {
    let folder = NSTemporaryDirectory() + "debate-save-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try DebateRun.run(
      [],
      stdin: """
        China and Russia are allies
        /save \(folder)/debate.md
        /save \(folder)/debate.md
        /save \(folder)/debate.json
        /save \(folder)/debate.txt
        /save
        """)
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("Essay:") }
    #expect(
      lines == [
        "Saved 1 turn to \(folder)/debate.md.",
        "Not saved: \(folder)/debate.md already exists; choose another name (nothing was overwritten)",
        "Saved 1 turn to \(folder)/debate.json.",
        "Cannot save as \(folder)/debate.txt: use a name ending in .md (Markdown) or .json (JSON).",
        "Usage: /save FILE, e.g. /save debate.md or /save debate.json",
      ])
    let markdown = try String(contentsOfFile: folder + "/debate.md", encoding: .utf8)
    #expect(
      markdown.contains(
        "**Student** (you argued against the essay: they are allies, `alliance`): China and Russia are allies"
      ))
    let json = try String(contentsOfFile: folder + "/debate.json", encoding: .utf8)
    #expect(json.contains("\"refs\""))
  }
}

/// `/side` and `/save` read their arguments as `ask --side` and the other file commands do.
struct REPLArgumentTests {
  @Test func sideIsReadInAnyCase() throws {
    let result = try DebateRun.run([], stdin: "/side OPPONENT\n/side Essay\n")
    #expect(result.stdout.contains("The engine now argues the opponent's side."))
    #expect(result.stdout.contains("The engine now argues the essay's side."))
  }

  @Test func saveExpandsTildeToHome() throws {
    let home = FileManager.default.temporaryDirectory.appending(path: "home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try DebateRun.run(
      [], stdin: "China and Russia are allies.\n/save ~/debate.json\n", environment: ["HOME": home.path])
    #expect(result.status == 0)
    #expect(
      FileManager.default.fileExists(atPath: home.appending(path: "debate.json").path), "\(result.stdout)")
  }
}
