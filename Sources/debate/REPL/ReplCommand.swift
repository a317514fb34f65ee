import ArgumentParser
import DebateEngine
import Foundation

/// `debate` with no subcommand: the interactive debate, line by line.
///
/// On a terminal: a banner, a line editor with history and Tab completion, colour. Otherwise
/// (input or output piped): no prompt, no banner, no colour, one reply per turn flushed at once,
/// so `debate < turns.txt` and driving programs work.
struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Debate interactively: type arguments, get replies quoted from the text (the default).")

  @OptionGroup var options: EngineOptions
  @OptionGroup var folder: ScenarioOptions

  @Flag(name: .long, help: "Do not colour the output (NO_COLOR in the environment does the same).")
  var noColor = false

  @Flag(
    name: .long,
    help: "Write one JSON object per input line (for programs; input and output must not be a terminal).")
  var json = false

  func run() throws {
    let responder = try options.responder()
    useUTF8Locale()
    let environment = ProcessInfo.processInfo.environment
    let interactive = Terminal.standardInput.isInteractive && Terminal.standardOutput.isInteractive
    if json, Terminal.standardInput.isInteractive || Terminal.standardOutput.isInteractive {
      throw CommandFailure(
        "--json is for programs: pipe the input and the output (debate repl --json < turns.txt)")
    }
    let style = interactive ? ReplStyle.forTerminal(noColorFlag: noColor, environment: environment) : .plain
    let context = ReplContext(
      responder: responder, style: style, interactive: interactive,
      scenarioFiles: try folder.sources(for: options))
    context.writesRecords = json
    var reader: any LineReading = PlainLineReader()
    if interactive {
      let completer = ReplCompleter(context: context)
      let historyFile = HistoryFile.defaultPath(environment: environment).map { HistoryFile(path: $0) }
      if let editor = EditLineReader(historyFile: historyFile, completer: completer.candidates) {
        reader = editor
      }
      context.journal = historyFile.flatMap { SessionJournal(folder: HistoryFile.folder(of: $0.path)) }
      context.say(context.banner)
      if let notice = context.unsavedSessionNotice { context.say(style.paint(notice, .dim)) }
    } else {
      StandardStreams.useLineBufferedOutput()
    }
    ReplLoop(context: context, reader: reader).run()
    context.closeJournal()
  }
}
