import DebateEngine

/// What a command does after it ran: keep reading, or end the REPL.
enum ReplAction: Equatable {
  case proceed
  case quit
}

/// How Tab completes a command's argument.
enum ArgumentCompletion {
  case none
  /// Paths of files and folders, relative to the working folder or absolute.
  case filePaths
  /// Words from a list that depends on the session: claim ids, refs, sides, scenario names.
  case list((ReplContext) -> [String])
}

/// One REPL command: `/name hint`, its one-line help, how its argument completes, what it does.
struct ReplCommandSpec {
  /// The name without the slash.
  let name: String
  /// The argument as `/help` shows it, e.g. `ID` or `[REF]`; empty for none.
  let argumentHint: String
  let help: String
  let completion: ArgumentCompletion
  /// Runs the command with its argument (trimmed; empty when none was typed).
  let handler: (ReplContext, String) -> ReplAction

  init(
    _ name: String, _ argumentHint: String = "", help: String, completion: ArgumentCompletion = .none,
    handler: @escaping (ReplContext, String) -> ReplAction
  ) {
    self.name = name
    self.argumentHint = argumentHint
    self.help = help
    self.completion = completion
    self.handler = handler
  }
}

/// The commands of the REPL, in the order `/help` lists them.
///
/// To add a command, add a line here and its handler in a `ReplContext+Concern.swift` file.
enum ReplCommandTable {
  static var standard: [ReplCommandSpec] {
    [
      ReplCommandSpec("help", help: "List the commands.") { $0.help($1) },
      ReplCommandSpec("claims", help: "List the claims: id, the essay's position, statement.") {
        $0.listClaims($1)
      },
      ReplCommandSpec(
        "claim", "ID", help: "Show a claim: its view, evidence, attacks, supports, the opposing view.",
        completion: .list { $0.claimIDs }
      ) { $0.showClaim($1) },
      ReplCommandSpec(
        "text", "[REF]", help: "Print the text with its refs, or one unit (e.g. ¶2.5).",
        completion: .list { $0.refs }
      ) { $0.showText($1) },
      ReplCommandSpec("why", help: "Explain the last reply: matched terms, scores, stance cues.") {
        $0.explainLastReply($1)
      },
      ReplCommandSpec("agree", help: "Correct the last turn: you agreed with the essay.") {
        context, _ in context.correctLastTurn(.agree)
      },
      ReplCommandSpec("disagree", help: "Correct the last turn: you disagreed with the essay.") {
        context, _ in context.correctLastTurn(.disagree)
      },
      ReplCommandSpec("neutral", help: "Correct the last turn: you only asked, taking no side.") {
        context, _ in context.correctLastTurn(.neutral)
      },
      ReplCommandSpec(
        "side", "essay|opponent", help: "Choose the side the engine argues.",
        completion: .list { _ in ["essay", "opponent"] }
      ) { $0.chooseSide($1) },
      ReplCommandSpec("scenarios", help: "List the scenarios: name, title, motion.") {
        $0.listScenarios($1)
      },
      ReplCommandSpec(
        "play", "NAME [--seed N]",
        help: "Play a scenario: the cast speaks, you answer at your turns; --seed fixes its alternatives.",
        completion: .list { $0.scenarioIDs }
      ) { $0.playScenario($1) },
      ReplCommandSpec("next", help: "In a scenario: answer this turn with its sample answer.") {
        $0.answerWithSample($1)
      },
      ReplCommandSpec("restart", help: "Play the current scenario again (other alternatives unless seeded).")
      {
        $0.restartScenario($1)
      },
      ReplCommandSpec("stop", help: "Leave the scenario and return to free debate.") { $0.stopScenario($1) },
      ReplCommandSpec("history", help: "List the turns, replies and judgments (the scenario's, in one).") {
        $0.listTurns($1)
      },
      ReplCommandSpec("score", help: "Show where each of the essay's positions stands after your turns.") {
        $0.showScorecard($1)
      },
      ReplCommandSpec(
        "map", "[FILE]",
        help: "Show the whole map and what stands so far, or write it to FILE (.svg, .png…).",
        completion: .filePaths
      ) { $0.showMap($1) },
      ReplCommandSpec(
        "save", "FILE",
        help: "Save the transcript (the scenario's, in one) as .md or .json; never overwrites.",
        completion: .filePaths
      ) { $0.saveTranscript($1) },
      ReplCommandSpec("clear", help: "Forget the turns so far and start again.") { $0.clearTurns($1) },
      ReplCommandSpec(
        "recover", help: "Reopen the session that ended unsaved (a crash, a closed terminal)."
      ) {
        $0.recoverSession($1)
      },
      ReplCommandSpec("quit", help: "Leave (Ctrl-D does too).") { _, _ in .quit },
    ]
  }
}
