import ArgumentParser
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
  /// For a file or stream that could not be used: why, without its name, for a diagnostic that
  /// names the file itself.
  let reason: String?

  init(_ message: String) {
    description = message
    reason = nil
  }

  /// `cannot use PATH: REASON`.
  init(cannotUse subject: String, because reason: String) {
    description = "cannot use \(subject): \(reason)"
    self.reason = reason
  }
}
