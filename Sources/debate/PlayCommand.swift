import ArgumentParser
import DebateEngine
import Foundation

/// `debate play NAME`: plays a scenario without interaction, answers from a file or the samples.
struct PlayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "play",
    abstract: "Play a scenario from start to end without interaction.",
    discussion: """
      Student turns take their answers from --answers FILE (one per line, LF or CRLF), then \
      from the scenario's sample answers. A blank line in the file takes that turn's sample \
      answer; lines left over when the scenario ends are reported on standard error. The same \
      inputs and --seed always give the same output.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

  @OptionGroup var engine: EngineOptions
  @OptionGroup var folder: ScenarioOptions

  @Flag(name: .long, help: "List the scenarios and exit.")
  var list = false

  @Option(
    name: .long, help: "Answer student turns with these lines, one per line (a blank line: the sample).",
    completion: .file())
  var answers: String?

  @Option(name: .long, help: "Fix the choice among alternative lines.")
  var seed: UInt64 = 0

  @Option(name: .long, help: "Output format: text, markdown or json (one object per line).")
  var format: Format = .text

  @Option(
    name: .long, help: "Also save the transcript (.md or .json); an existing file is kept.",
    completion: .file())
  var transcript: String?

  @Flag(name: .long, help: "Let --transcript replace an existing file (for scripts).")
  var force = false

  @Argument(help: "The scenario's id (see --list), or a scenario file.")
  var name: String?

  func validate() throws {
    if !list && name == nil { throw ValidationError("name a scenario to play (see 'debate play --list')") }
    if let transcript, TranscriptFormat(path: transcript) == nil {
      throw ValidationError("--transcript must end in .md or .json")
    }
  }

  func run() throws {
    let responder = try engine.responder()
    let catalog = try loadCatalog(responder)
    if list {
      for scenario in catalog.scenarios { try StandardOutput.line("\(scenario.id)\t\(scenario.title)") }
      return
    }
    let fromFile = catalog.scenarios.count == 1 && name?.hasSuffix(".yaml") == true
    guard let name, let scenario = fromFile ? catalog.scenarios.first : catalog.scenario(named: name) else {
      let known = catalog.scenarios.map(\.id).joined(separator: ", ")
      throw CommandFailure("no scenario '\(name ?? "")'; the scenarios are: \(known)")
    }
    // A transcript that cannot be saved fails now, not after the whole play has been printed.
    let overwrite: AtomicFile.Overwrite = force ? .replace : .refuse
    if let transcript { try AtomicFile.checkWritable(transcript, overwrite: overwrite) }
    let answerFile = try answerLines()
    var lines = answerFile[...]
    var run = ScenarioRun(scenario: scenario, responder: responder, seed: seed)
    // A blank line asks for the turn's sample answer, as running out of lines does.
    let events = run.autoplay(answering: { turnID in
      lines.popFirst().flatMap { $0.isEmpty ? nil : $0 } ?? sample(for: turnID, in: scenario)
    })
    try StandardOutput.write(try render(events, of: run))
    warnUnused(lines, of: answerFile.count)
    switch events.last {
    case .awaitingStudent(_, let turnID)?:
      throw CommandFailure("no answer for student turn '\(turnID)': give --answers FILE or a sample")
    case .stepLimitReached(let limit, let turnID)?:
      throw CommandFailure("scenario '\(scenario.id)' stopped after \(limit) turns at '\(turnID)': it loops")
    default: break
    }
    if let path = transcript, let fileFormat = TranscriptFormat(path: path) {
      try AtomicFile.write(
        try fileFormat.render(run.transcript, map: responder.map), to: path, overwrite: overwrite)
    }
  }

  /// The played run in the chosen format: one renderer per format.
  private func render(_ events: [ScenarioEvent], of run: ScenarioRun) throws -> String {
    switch format {
    case .text: TextRenderer(map: run.responder.map).play(events, scenario: run.scenario)
    case .markdown: MarkdownRenderer.render(run.transcript, map: run.responder.map)
    case .json:
      try ([OrderedJSONEncoder().line(PlayStart(run))] + events.map { try OrderedJSONEncoder().line($0) })
        .joined()
    }
  }

  private func loadCatalog(_ responder: Responder) throws -> ScenarioCatalog {
    let loader = ScenarioLoader(corpus: responder.corpus, map: responder.map)
    if let name, name.hasSuffix(".yaml"), FileManager.default.fileExists(atPath: name) {
      switch ScenarioOptions.read(name) {
      case .success(let source): return try checked(ScenarioCatalog(sources: [source], loader: loader))
      case .failure(let problem): throw CommandFailure("\(problem)")
      }
    }
    let found = try folder.sources(for: engine)
    let catalog = ScenarioCatalog(sources: found.sources, loader: loader)
    guard let name, !list, catalog.scenario(named: name) == nil else { return catalog }
    // The scenario asked for did not load: say why, if one of the files failed.
    let problems = ScenarioCatalog.problems(found.problems + catalog.diagnostics, ofScenario: name)
    if !problems.isEmpty {
      throw CommandFailure("scenario '\(name)' has errors:\n\(DiagnosticList(problems))")
    }
    return catalog
  }

  private func checked(_ catalog: ScenarioCatalog) throws -> ScenarioCatalog {
    if !catalog.diagnostics.isEmpty {
      throw CommandFailure("the scenario has errors:\n\(DiagnosticList(catalog.diagnostics))")
    }
    return catalog
  }

  /// Answer lines the scenario never asked for are named, not dropped silently.
  private func warnUnused(_ unused: ArraySlice<String>, of total: Int) {
    guard let answers, !unused.isEmpty else { return }
    let first = unused.startIndex + 1
    let range = unused.count == 1 ? "line \(first)" : "lines \(first)–\(total)"
    StandardOutput.error(
      "debate: warning: \(answers): \(range) not used (the scenario ended after \(first - 1) answer\(first == 2 ? "" : "s")): \(unused.first ?? "")"
    )
  }

  private func answerLines() throws -> [String] {
    guard let answers else { return [] }
    let bytes = try readFile(answers, limit: 1 << 20)
    guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
      throw CommandFailure("cannot use \(answers): it is not UTF-8 text")
    }
    // "\r\n" is one Character in Swift, so splitting Characters on "\n" misses it.
    var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }

  private func sample(for turnID: String, in scenario: Scenario) -> String? {
    if case .student(let prompt) = scenario.turn(turnID)?.content { return prompt.sample }
    return nil
  }
}
