import ArgumentParser
import DebateEngine
import Foundation

/// `debate play NAME`: plays a scenario without interaction, answers from a file or the samples.
struct PlayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "play",
    abstract: "Play a scenario from start to end without interaction.",
    discussion: """
      Student turns take their answers from --answers FILE (one per line), then from the \
      scenario's sample answers. The same inputs and --seed always give the same output.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

  @OptionGroup var engine: EngineOptions
  @OptionGroup var folder: ScenarioOptions

  @Flag(name: .long, help: "List the scenarios and exit.")
  var list = false

  @Option(name: .long, help: "Answer student turns with these lines, one per line.", completion: .file())
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
    var lines = try answerLines()[...]
    var run = ScenarioRun(scenario: scenario, responder: responder, seed: seed)
    let events = run.autoplay(answering: { turnID in lines.popFirst() ?? sample(for: turnID, in: scenario) })
    try StandardOutput.write(try render(events, of: run))
    switch events.last {
    case .awaitingStudent(_, let turnID)?:
      throw CommandFailure("no answer for student turn '\(turnID)': give --answers FILE or a sample")
    case .stepLimitReached(let limit, let turnID)?:
      throw CommandFailure("scenario '\(scenario.id)' stopped after \(limit) turns at '\(turnID)': it loops")
    default: break
    }
    if let path = transcript, let fileFormat = TranscriptFormat(path: path) {
      try AtomicFile.write(try fileFormat.render(run.transcript), to: path, overwrite: overwrite)
    }
  }

  /// The played run in the chosen format: one renderer per format.
  private func render(_ events: [ScenarioEvent], of run: ScenarioRun) throws -> String {
    switch format {
    case .text: TextRenderer().play(events, scenario: run.scenario)
    case .markdown: MarkdownRenderer.render(run.transcript)
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

  private func answerLines() throws -> [String] {
    guard let answers else { return [] }
    let bytes = try readFile(answers, limit: 1 << 20)
    guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
      throw CommandFailure("cannot use \(answers): it is not UTF-8 text")
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }

  private func sample(for turnID: String, in scenario: Scenario) -> String? {
    if case .student(let prompt) = scenario.turn(turnID)?.content { return prompt.sample }
    return nil
  }
}
