import ArgumentParser
import DebateContent
import DebateEngine
import Foundation

/// `debate check`: every problem in the scenarios and the argument map, like a compiler.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check scenario files and the argument map; print every problem with its location.",
    discussion: """
      Without FILE, checks the argument map and every shipped scenario (or those in \
      --scenarios DIR); with --bundle DIR, exactly that bundle: its text, its map (which must \
      name that text) and its scenarios. --corpus alone never checks the built-in essay's map \
      or scenarios against another text. Exits 1 when there is any error.
      """)

  @OptionGroup var engine: EngineOptions
  @OptionGroup var folder: ScenarioOptions

  @Argument(help: "Scenario or argument-map files to check.", completion: .file(extensions: ["yaml"]))
  var files: [String] = []

  func run() throws {
    let corpus = try engine.loadCorpus()
    var problems: [Diagnostic] = []
    var mapSource: ScenarioCatalog.Source?
    var scenarioSources: [ScenarioCatalog.Source] = []
    var unreadable = 0
    if files.isEmpty {
      if let path = engine.mapPath {
        switch ScenarioOptions.read(path) {
        case .success(let source): mapSource = source
        case .failure(let problem):
          problems.append(problem)
          unreadable += 1
        }
      } else if !engine.usesAnotherText {
        mapSource = ScenarioCatalog.shippedMapSource
      }
      let found = try folder.sources(for: engine)
      scenarioSources = found.sources
      problems += found.problems
      unreadable += found.problems.count
    } else {
      for path in files {
        switch ScenarioOptions.read(path) {
        case .success(let source) where source.isArgumentMap:
          mapSource = source
        case .success(let source): scenarioSources.append(source)
        case .failure(let problem):
          problems.append(problem)
          unreadable += 1
        }
      }
    }
    var map: ArgumentMap?
    if let mapSource {
      do { map = try ArgumentMapLoader(corpus: corpus).load(mapSource.text, file: mapSource.file) } catch {
        problems += error.diagnostics
      }
    } else if engine.mapPath != nil {
      map = try engine.loadMap(for: corpus)
    } else if !engine.usesAnotherText {
      map = try? ArgumentMap.builtIn(for: corpus)
    }
    if mapSource == nil, scenarioSources.isEmpty, unreadable == 0, let path = engine.text.corpus {
      throw CommandFailure(
        "nothing to check for \(path): the shipped map and scenarios are for the built-in essay; give --map FILE, --scenarios DIR, files, or --bundle DIR"
      )
    }
    let catalog = ScenarioCatalog(sources: scenarioSources, loader: ScenarioLoader(corpus: corpus, map: map))
    problems += catalog.diagnostics
    let sorted = problems.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    for problem in sorted { try StandardOutput.line(problem.description) }
    let mapCount = mapSource == nil ? 0 : 1
    let fileCount = scenarioSources.count + mapCount + unreadable
    var counts = ["\(scenarioSources.count) scenario\(scenarioSources.count == 1 ? "" : "s")"]
    if mapCount == 1 { counts.append("1 argument map") }
    let errors = problems.filter { $0.severity == .error }
    let badFiles = Set(errors.map(\.file)).count
    let verdict =
      errors.isEmpty
      ? "no problems"
      : "\(errors.count) error\(errors.count == 1 ? "" : "s") in \(badFiles) file\(badFiles == 1 ? "" : "s")"
    try StandardOutput.line(
      "checked \(fileCount) file\(fileCount == 1 ? "" : "s"): \(counts.joined(separator: ", ")); \(verdict)")
    if !errors.isEmpty { throw ExitCode.failure }
  }
}
