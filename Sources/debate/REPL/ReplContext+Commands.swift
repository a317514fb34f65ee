import DebateEngine
import Foundation

/// `/help`, `/why`, `/side`, `/history`, `/save`, `/clear`; `/history` and `/save` know about scenarios.
extension ReplContext {
  func help(_: String) -> ReplAction {
    let usages = commands.map { "/" + $0.name + ($0.argumentHint.isEmpty ? "" : " " + $0.argumentHint) }
    let column = (usages.map(\.count).max() ?? 0) + 2
    let lines = zip(usages, commands).map { usage, command in
      "  " + usage + String(repeating: " ", count: column - usage.count) + command.help
    }
    say(
      (lines + ["Any other line is a turn in the debate (in a scenario, your answer)."]).joined(
        separator: "\n"))
    return .proceed
  }

  func explainLastReply(_: String) -> ReplAction {
    // In a scenario, the reply to the student's last answer there.
    guard let reply = (play?.session ?? session).replies.last else {
      say("No reply yet: type an argument first.")
      return .proceed
    }
    say(reply.explanation.description)
    return .proceed
  }

  func chooseSide(_ argument: String) -> ReplAction {
    guard !argument.isEmpty else {
      say("The engine argues the \(session.side.rawValue)'s side. Use /side essay or /side opponent.")
      return .proceed
    }
    // The same parser as `ask --side`: "/side OPPONENT" and "--side Opponent" both work.
    guard let side = Side(parsing: argument) else {
      let nearest = EditDistance.nearest(to: argument, in: Side.allCases.map(\.rawValue))
      fail(
        "No side '\(argument)'. " + (nearest.map { "Did you mean \($0)? " } ?? "") + "Use essay or opponent.")
      return .proceed
    }
    session.side = side
    prompt.side = side
    if let play {
      say(
        "In \(play.scenario.id) the cast keeps its sides; after it, the engine argues the \(side.rawValue)'s side."
      )
      return .proceed
    }
    say(
      side == .essay
        ? "The engine now argues the essay's side." : "The engine now argues the opponent's side.")
    return .proceed
  }

  /// `/agree`, `/disagree`, `/neutral`: the last turn re-judged as the student meant it,
  /// answered again, and marked as corrected in the transcript.
  func correctLastTurn(_ stance: Stance) -> ReplAction {
    if scenarioCheckpoint != nil { return correctScenarioAnswer(.stance(stance)) }
    if play != nil {
      say("No answer of yours in this scenario to correct yet.")
      return .proceed
    }
    guard let last = session.replies.last else {
      say("No turn to correct yet: type an argument first.")
      return .proceed
    }
    guard let reply = session.correct(.stance(stance)) else {
      say(
        last.stance == stance
          ? "Your last turn was already read as \(stance.rawValue)."
          : "Your last turn was about none of the essay's claims, so there is nothing to re-judge: say it again naming what you mean."
      )
      return .proceed
    }
    say(style.paint("Re-judged your last turn: \(last.stance.rawValue) → \(stance.rawValue).", .dim))
    say(renderer.render(reply))
    return .proceed
  }

  /// The transcript `/history` and `/save` show: the scenario being played, else the one just
  /// finished (until a free turn follows it), else the free debate.
  var shownTranscript: (transcript: Transcript, scenario: String?) {
    if let play { return (play.transcript, play.scenario.id) }
    if let lastRun, freeTurnsAtLastRun == session.replies.count {
      return (lastRun.transcript, lastRun.scenario.id)
    }
    return (session.transcript, nil)
  }

  /// `/history`: every line so far with its speaker, and each student turn's judgment.
  func listTurns(_: String) -> ReplAction {
    let (transcript, _) = shownTranscript
    guard !transcript.entries.isEmpty else {
      say("No turns yet.")
      return .proceed
    }
    var number = 0
    var lines = transcript.entries.map { entry in
      if entry.role == .student { number += 1 }
      return renderer.entry(entry, number: number)
    }
    if let summary = transcript.summary { lines += [""] + renderer.summary(summary) }
    say(lines.joined(separator: "\n"))
    return .proceed
  }

  func saveTranscript(_ argument: String) -> ReplAction {
    guard !argument.isEmpty else {
      fail("Usage: /save FILE, e.g. /save debate.md or /save debate.json")
      return .proceed
    }
    let path = AtomicFile.expandingTilde(argument)
    guard let format = TranscriptFormat(path: path) else {
      fail("Cannot save as \(argument): use a name ending in .md (Markdown) or .json (JSON).")
      return .proceed
    }
    let (transcript, scenario) = shownTranscript
    do {
      try AtomicFile.write(try format.render(transcript, map: map), to: path, overwrite: .refuse)
      if scenario == nil { journalSaved() }
      if let scenario {
        let lines = transcript.entries.count
        say("Saved \(lines) line\(lines == 1 ? "" : "s") of \(scenario) to \(argument).")
      } else {
        let turns = transcript.entries.filter { $0.role == .student }.count
        say("Saved \(turns) turn\(turns == 1 ? "" : "s") to \(argument).")
      }
    } catch {
      fail("Not saved: \(error)")
    }
    return .proceed
  }

  func clearTurns(_: String) -> ReplAction {
    session.clear()
    say("Cleared. The engine still argues the \(session.side.rawValue)'s side.")
    return .proceed
  }
}
