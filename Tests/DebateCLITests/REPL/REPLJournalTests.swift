import Foundation
import Testing

/// The session journal: a REPL killed mid-session loses no answered turn, and `/recover`
/// reopens it in the next one.
@Suite(.serialized)
struct REPLJournalTests {
  let state = REPLTerminalTests.StateFolder()

  func turn(_ line: String, in run: PseudoTerminalRun, prompt: String = "essay> ") throws {
    try run.send(line + "\r")
    try run.waitFor(prompt == "essay> " ? "Essay:" : "Opponent:")
    try run.waitForPrompt(prompt)
  }

  func command(
    _ line: String, in run: PseudoTerminalRun, expecting text: String, prompt: String = "essay> "
  ) throws {
    try run.send(line + "\r")
    try run.waitFor(text)
    try run.waitForPrompt(prompt)
  }

  func finish(_ run: PseudoTerminalRun) throws {
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  var journals: [String] {
    let folder = state.path + "/state/debate"
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.hasPrefix("session-")
    }
  }

  @Test func aKilledSessionIsRecoveredWithEachRepliesSideAndSaves() throws {
    let first = try state.start()
    try turn("China and Russia are allies", in: first)
    try command("/side opponent", in: first, expecting: "opponent's side", prompt: "opponent> ")
    try turn("Beijing could mediate", in: first, prompt: "opponent> ")
    try first.send("The wedge is easy to drive")  // typed, not entered: the turn in flight
    try first.waitFor("easy to drive")
    first.signal(SIGKILL)
    #expect(try first.waitForExit() == 128 + SIGKILL)

    let second = try state.start()
    #expect(second.text.contains("A session of 2 turns from"))
    #expect(second.text.contains("/recover reopens it."))
    try command("/recover", in: second, expecting: "Recovered 2 turns.", prompt: "opponent> ")
    try command("/history", in: second, expecting: "2.     Beijing could mediate", prompt: "opponent> ")
    let saved = state.path + "/recovered.json"
    try command("/save \(saved)", in: second, expecting: "Saved 2 turns", prompt: "opponent> ")
    try finish(second)

    let transcript = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: saved)))
    let entries = try #require((transcript as? [String: Any])?["entries"] as? [[String: Any]])
    #expect(entries.map { $0["role"] as? String } == ["student", "essay", "student", "opponent"])
    #expect(entries.first?["text"] as? String == "China and Russia are allies")
    #expect(journals.isEmpty)

    let third = try state.start()
    #expect(!third.text.contains("ended without being saved"))
    try command("/recover", in: third, expecting: "No unsaved session to recover.")
    try finish(third)
  }

  @Test func aKilledScenarioIsRecoveredWhereTheStudentLeftIt() throws {
    let first = try state.start()
    try command("/play wedge-driving", in: first, expecting: "Your turn:", prompt: "wedge-driving:ask> ")
    try first.send("The West cannot split Moscow from Beijing\r")
    try first.waitForPrompt("wedge-driving:ask-plans> ")
    first.signal(SIGKILL)
    #expect(try first.waitForExit() == 128 + SIGKILL)

    let second = try state.start()
    #expect(second.text.contains("A session of 1 turn from"))
    try command(
      "/recover", in: second, expecting: "Recovered 1 answer in wedge-driving.",
      prompt: "wedge-driving:ask-plans> ")
    try command(
      "/history", in: second, expecting: "The West cannot split Moscow from Beijing",
      prompt: "wedge-driving:ask-plans> ")
    try second.send("/stop\r")
    try second.waitForPrompt()
    try finish(second)
  }

  @Test func aCorrectionIsRecoveredAsCorrected() throws {
    let first = try state.start()
    try turn("China and Russia are allies", in: first)
    try command("/agree", in: first, expecting: "Essay:")
    first.signal(SIGKILL)
    #expect(try first.waitForExit() == 128 + SIGKILL)

    let second = try state.start()
    try command("/recover", in: second, expecting: "Recovered 1 turn.")
    try command("/history", in: second, expecting: "you corrected it; the engine had read disagree")
    try finish(second)
  }

  @Test func aCleanExitLeavesNothingToRecover() throws {
    let first = try state.start()
    try turn("China and Russia are allies", in: first)
    try finish(first)
    #expect(journals.isEmpty)
    let second = try state.start()
    #expect(!second.text.contains("ended without being saved"))
    try finish(second)
  }

  @Test func aRunningSessionsJournalIsNotOfferedToAnother() throws {
    let first = try state.start()
    try turn("China and Russia are allies", in: first)
    let second = try state.start()
    #expect(!second.text.contains("ended without being saved"))
    try command("/recover", in: second, expecting: "No unsaved session to recover.")
    try finish(second)
    try finish(first)
  }

  @Test func turnsSavedBeforeTheCrashAreNotOfferedAgain() throws {
    let first = try state.start()
    try turn("China and Russia are allies", in: first)
    try command("/save \(state.path)/early.md", in: first, expecting: "Saved 1 turn")
    try turn("Beijing could mediate", in: first)
    first.signal(SIGKILL)
    _ = try first.waitForExit()
    let second = try state.start()
    #expect(second.text.contains("A session of 1 turn from"))
    try command("/recover", in: second, expecting: "Recovered 1 turn.")
    try command("/history", in: second, expecting: "1.     Beijing could mediate")
    try finish(second)
  }
}
