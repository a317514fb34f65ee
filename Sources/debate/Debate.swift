import ArgumentParser
import DebateEngine
import Foundation

/// The `debate` command: argue with an essay, offline, with every answer quoted from it.
struct Debate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "debate",
    abstract: "Practise arguing about one essay; every answer is quoted from the text.",
    subcommands: [
      ReplCommand.self, TextCommand.self, AskCommand.self, PlayCommand.self, CheckCommand.self,
      ReplayCommand.self, ReportCommand.self, MapGroupCommand.self, BundleCommand.self,
    ],
    defaultSubcommand: ReplCommand.self
  )
}

/// Runs `debate`, printing a `CommandFailure` as one line, `debate: message`, with status 1.
///
/// Standard output is flushed before exiting, whatever happened, so output that could not be
/// written (a full disk, `/dev/full`) is an error, `debate: write error: …`, with status 1.
@main
enum DebateMain {
  static func main() {
    do {
      try checkSubcommand(Array(CommandLine.arguments.dropFirst()))
      var command = try Debate.parseAsRoot()
      try command.run()
      finish(status: 0)
    } catch let failure as CommandFailure {
      StandardOutput.error("debate: \(failure)")
      finish(status: 1)
    } catch {
      // What ArgumentParser's `exit(withError:)` does, with the flush checked.
      let code = Debate.exitCode(for: error)
      let message = Debate.fullMessage(for: error)
      if !message.isEmpty {
        if code == .success { print(message) } else { StandardOutput.error(message) }
      }
      finish(status: code.rawValue)
    }
  }

  /// A first word that names no subcommand is a typo, not an argument of the REPL (which takes
  /// none): `debate plya` says "unknown subcommand 'plya', did you mean 'play'?" rather than
  /// printing the REPL's usage.
  static func checkSubcommand(_ arguments: [String]) throws {
    guard let first = arguments.first, !first.hasPrefix("-") else { return }
    let names = Debate.configuration.subcommands.map { $0._commandName } + ["help"]
    guard !names.contains(first) else { return }
    let shown = names.filter { $0 != "help" }
    if first.contains(" ") {
      throw CommandFailure("'\(first)' is not a subcommand; to answer one turn, use: debate ask \"\(first)\"")
    }
    if let near = EditDistance.nearest(to: first, in: shown) {
      throw CommandFailure("unknown subcommand '\(first)', did you mean '\(near)'?")
    }
    throw CommandFailure(
      "unknown subcommand '\(first)'; the subcommands are \(shown.joined(separator: ", ")) (see 'debate --help')"
    )
  }

  private static func finish(status: Int32) -> Never {
    do {
      try StandardOutput.finish()
    } catch {
      StandardOutput.error("debate: \(error)")
      exit(status == 0 ? 1 : status)
    }
    exit(status)
  }
}
