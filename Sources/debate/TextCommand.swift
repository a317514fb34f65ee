import ArgumentParser
import DebateEngine

/// `debate text`: the text with its references, so students can cite and look up sentences.
struct TextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text", abstract: "Print the text with a reference for every citable unit.")

  @OptionGroup var options: CorpusOptions

  @Option(name: .long, help: "Print only this unit, e.g. 2.5, ¶2.5 or title.")
  var ref: String?

  func run() throws {
    let corpus = try options.load()
    var units = corpus.units
    if let ref {
      guard let parsed = UnitRef(parsing: ref), let unit = corpus.unit(parsed) else {
        throw CommandFailure("no unit '\(ref)' in the text; refs look like ¶2.5 or title (see 'debate text')")
      }
      units = [unit]
    }
    let terminal = Terminal.standardOutput
    for unit in units {
      if terminal.isInteractive {
        print(TextWrapper(width: terminal.columns).wrap(unit.text, label: "\(unit.ref)"))
      } else {
        print("\(unit.ref)\t\(unit.text)")
      }
    }
  }
}
