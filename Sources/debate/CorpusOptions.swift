import ArgumentParser
import DebateContent
import DebateEngine
import Foundation

/// `--corpus FILE`, shared by every subcommand: which text to argue about.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Argue about this UTF-8 text or Markdown file instead of the built-in essay ('-' reads standard input).",
      valueName: "file"),
    completion: .file())
  var corpus: String?

  /// Whether the text comes from standard input (`--corpus -`).
  var readsStandardInput: Bool { corpus == "-" }

  /// Loads the chosen text, or exits with one clear line on stderr.
  func load() throws -> Corpus {
    guard let path = corpus else { return Corpus.builtIn }
    do {
      if readsStandardInput { return try Corpus(bytes: try readStandardInput(limit: Corpus.maximumBytes)) }
      return try Corpus(
        bytes: try readFile(path, limit: Corpus.maximumBytes), format: TextFormat(fileName: path))
    } catch let error as CorpusError {
      throw CommandFailure("cannot use \(readsStandardInput ? "standard input" : path): \(error)")
    }
  }
}

/// A failure the user can act on: printed as `debate: message`, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  let description: String
  /// For a file that cannot be used: the file, and why on its own (`no such file`), for a
  /// caller that reports it in a diagnostic of its own rather than as this message.
  let file: (path: String, reason: String)?

  init(_ message: String) {
    description = message
    file = nil
  }

  /// `cannot use PATH: REASON`.
  init(cannotUse path: String, _ reason: String) {
    description = "cannot use \(path): \(reason)"
    file = (path, reason)
  }
}
