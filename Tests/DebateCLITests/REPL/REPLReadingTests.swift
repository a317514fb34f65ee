import Foundation
import Testing

/// What a student reads at the prompt: ref completion without the mark, summaries that wrap.
@Suite(.serialized)
struct REPLReadingTests {
  let state = REPLTerminalTests.StateFolder()

  @Test func tabCompletesARefTypedWithoutItsMark() throws {
    let run = try state.start()
    try run.send("/text 4\t")  // to "/text ¶4.", the common part of ¶4.1 … ¶4.4
    try run.waitFor("¶4.")
    try run.send("2\r")
    try run.waitFor("An alliance requires a long-term relationship")
    try run.waitForPrompt()
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  @Test func aScenarioSummaryWrapsToTheTerminal() throws {
    let run = try state.start()
    run.resize(columns: 40)
    try run.send("/play chinese-mediation\r")
    try run.waitForPrompt("chinese-mediation:ask> ")
    try run.send("/next\r")
    try run.waitForPrompt("chinese-mediation:ask-needed> ")
    try run.send("/next\r")
    let start = try run.waitFor("Summary (ended at")
    try run.waitForPrompt()
    let summary = run.text(from: start).components(separatedBy: "\r\n").dropLast()
    #expect(summary.count > 6)
    #expect(summary.allSatisfy { $0.count <= 40 }, "\(summary)")
    #expect(summary.contains { $0.hasPrefix("  you argued against the essay:") }, "\(summary)")
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }
}
