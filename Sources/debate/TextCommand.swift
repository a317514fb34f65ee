import ArgumentParser
import DebateEngine

/// `debate text`: the text with its references, so students can cite and look up sentences.
///
/// On a terminal each unit is wrapped to the window under its ref; otherwise each unit is one
/// line, `REF<TAB>TEXT`, for `grep`, `cut` and scripts:
///
///     $ debate text --ref 2.1 | cat
///     ¶2.1	In any case, talking about a formal alliance would be inappropriate, to say the least.
struct TextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text", abstract: "Print the text with a reference for every citable unit.",
    discussion: """
      Piped or redirected, each unit is one line: REF, a tab, then the unit's text, with any line \
      breaks inside it shown as single spaces.
      """)

  @OptionGroup var options: CorpusOptions
  @OptionGroup var bundle: BundleOption

  @Option(name: .long, help: "Print only this unit, e.g. 2.5, ¶2.5 or title.")
  var ref: String?

  func run() throws {
    let corpus = try bundle.loadCorpus(options)
    var units = corpus.units
    if let ref {
      guard let parsed = UnitRef(parsing: ref) else {
        throw CommandFailure("'\(ref)' is not a ref; refs look like ¶2.5, 2.5 or title")
      }
      guard let unit = corpus.unit(parsed) else {
        throw CommandFailure("the text has no unit \(parsed); 'debate text' lists every ref")
      }
      units = [unit]
    }
    let terminal = Terminal.standardOutput
    for unit in units {
      if terminal.isInteractive {
        try StandardOutput.line(TextWrapper(width: terminal.columns).wrap(unit.text, label: "\(unit.ref)"))
      } else {
        try StandardOutput.line("\(unit.ref)\t\(unit.text.onOneLine)")
      }
    }
  }
}

extension String {
  /// The text with each line break, and the white space around it, shown as one space, so a
  /// unit that spans lines in a Markdown file still prints as one line.
  fileprivate var onOneLine: String {
    guard contains(where: \.isNewline) else { return self }
    return split(whereSeparator: \.isNewline)
      .map { $0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed() }
      .map { String($0) }
      .joined(separator: " ")
  }
}
