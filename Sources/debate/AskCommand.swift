import ArgumentParser
import DebateEngine
import Foundation

/// `debate ask`: one turn, or one turn per stdin line, answered plainly or as JSON.
struct AskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask",
    abstract: "Answer a student turn from the text.",
    discussion: """
      With TEXT, answers that one turn. Without it, answers each line of standard input \
      independently, one reply (or one JSON object) per line, flushed at once.
      """)

  @OptionGroup var options: EngineOptions

  @Flag(
    name: .long,
    help:
      "Print one JSON object per turn: utterance, stance, claim, evidence, reply, parts, side (see README).")
  var json = false

  @Flag(name: .long, help: "Also explain each reply: matched terms, scores, claim, stance cues.")
  var why = false

  @Option(name: .long, help: "The side the engine argues: essay (default) or opponent, in any case.")
  var side: Side = .essay

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The question the turn answers, so that \"yes\" or \"the latter\" is judged against it.",
      valueName: "QUESTION"))
  var question: String?

  @Option(name: .long, help: "The line spoken before the question, which \"Do you agree?\" refers to.")
  var lead: String?

  @Argument(help: "The student's turn. Reads standard input when absent.")
  var text: [String] = []

  func run() throws {
    let responder = try options.responder()
    let render = { (reply: Reply) throws -> String in
      if json { return try OrderedJSONEncoder().encode(ReplyRecord(reply, explained: why)) }
      var out = TextRenderer().render(reply.parts, label: "", role: .essay)
      if why { out += "\n" + reply.explanation.description }
      return out
    }
    // Each turn is a conversation of its own: the partner's moves, with nothing remembered.
    let answer = { (turn: String) -> Reply in
      var session = DebateSession(responder: responder, side: side)
      return session.respond(to: turn, answering: question, after: lead)
    }
    if !text.isEmpty {
      try StandardOutput.line(render(answer(text.joined(separator: " "))))
      return
    }
    if options.text.readsStandardInput {
      throw CommandFailure("--corpus - reads the text from standard input: give the turn as an argument")
    }
    var lines = InputLines(descriptor: STDIN_FILENO)
    while let line = try lines.next() {
      // Each reply is written at once; the first that cannot be written stops the run.
      try StandardOutput.line(render(answer(line)))
    }
  }
}

extension Side: ExpressibleByArgument {
  /// `essay`, `Essay`, `OPPONENT`: the same parser as the REPL's `/side`.
  public init?(argument: String) { self.init(parsing: argument) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
