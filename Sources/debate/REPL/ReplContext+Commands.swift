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
    guard let reply = session.replies.last else {
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
    say(
      side == .essay
        ? "The engine now argues the essay's side." : "The engine now argues the opponent's side.")
    return .proceed
  }

  func listTurns(_: String) -> ReplAction {
    if let play { return listScenarioTurns(play) }
    guard !session.replies.isEmpty else {
      say("No turns yet.")
      return .proceed
    }
    let lines = session.replies.enumerated().map { block($0.element.utterance, label: "\($0.offset + 1).") }
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
    let transcript = play?.transcript ?? session.transcript
    do {
      try AtomicFile.write(format.render(transcript, corpus: corpus), to: path, overwrite: .refuse)
      if play == nil { journalSaved() }
      if let play {
        let lines = transcript.entries.count
        say("Saved \(lines) line\(lines == 1 ? "" : "s") of \(play.scenario.id) to \(argument).")
      } else {
        let turns = session.replies.count
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
