import ArgumentParser
import DebateEngine
import Foundation

/// `--scenarios DIR`: play or check a teacher's folder of scenarios instead of the shipped ones.
struct ScenarioOptions: ParsableArguments {
  @Option(
    name: .long, help: "Use the scenario files (*.yaml) in this folder instead of the shipped ones.",
    completion: .directory)
  var scenarios: String?

  /// The scenario files to use, and a diagnostic for each one that cannot be read: the
  /// `--scenarios` folder, else the bundle's, else the shipped ones, which are for the built-in
  /// essay only (none with `--corpus`).
  func sources(for engine: EngineOptions) throws -> (
    sources: [ScenarioCatalog.Source], problems: [Diagnostic]
  ) {
    if let folder = scenarios { return try Self.sources(inFolder: folder) }
    if let bundle = engine.bundle { return try Self.sources(inFolder: bundle) }
    return engine.usesAnotherText ? ([], []) : (ScenarioCatalog.shippedSources, [])
  }

  /// Every scenario file (`*.yaml` but the argument map) in `folder`.
  static func sources(inFolder folder: String) throws -> (
    sources: [ScenarioCatalog.Source], problems: [Diagnostic]
  ) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw CommandFailure("cannot use \(folder): it is not a readable folder")
    }
    var sources: [ScenarioCatalog.Source] = []
    var problems: [Diagnostic] = []
    for name in names.filter(ScenarioCatalog.isScenarioFile).sorted() {
      switch read(folder + "/" + name) {
      case .success(let source): sources.append(source)
      case .failure(let problem): problems.append(problem)
      }
    }
    return (sources, problems)
  }

  /// A scenario or map file as text, or one diagnostic saying why it cannot be used.
  static func read(_ path: String) -> Result<ScenarioCatalog.Source, Diagnostic> {
    let bytes: [UInt8]
    do {
      bytes = try readFile(path, limit: YAMLReader.maximumBytes)
    } catch let failure as CommandFailure {
      return .failure(Diagnostic(file: path, line: 0, column: 0, message: failure.reason ?? "\(failure)"))
    } catch {
      return .failure(Diagnostic(file: path, line: 0, column: 0, message: "\(error)"))
    }
    return ScenarioCatalog.Source.decoding(bytes, file: path)
  }
}
