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
      ReplayCommand.self, MapGroupCommand.self, BundleCommand.self,
    ],
    defaultSubcommand: ReplCommand.self
  )
}

/// Runs `debate`, printing a `CommandFailure` as one line, `debate: message`, with status 1.
@main
enum DebateMain {
  static func main() {
    do {
      var command = try Debate.parseAsRoot()
      try command.run()
    } catch let failure as CommandFailure {
      FileHandle.standardError.write(Data("debate: \(failure)\n".utf8))
      exit(1)
    } catch {
      Debate.exit(withError: error)
    }
  }
}
