import ArgumentParser
import DebateContent
import DebateEngine
import Foundation

/// `--bundle`, `--corpus` and `--map`: the text and argument map a command argues from.
struct EngineOptions: ParsableArguments {
  @OptionGroup var text: CorpusOptions

  @Option(name: .long, help: "Use this argument map (YAML) instead of the built-in one.", completion: .file())
  var map: String?

  @OptionGroup var bundleOption: BundleOption

  var bundle: String? { bundleOption.bundle }

  func validate() throws {
    if bundle != nil, text.corpus != nil || map != nil {
      throw ValidationError("--bundle brings its own text and map; drop --corpus and --map")
    }
  }

  /// The responder for the chosen text and map; diagnostics or load errors become a failure.
  func responder() throws -> Responder {
    let corpus = try loadCorpus()
    return Responder(corpus: corpus, map: try loadMap(for: corpus))
  }

  /// The bundle's text, the `--corpus` file or the built-in essay.
  func loadCorpus() throws -> Corpus {
    try bundleOption.loadCorpus(text)
  }

  /// The path of the map in use, if it is a file: `--map`, or the bundle's map.
  var mapPath: String? {
    if let bundle { return BundleFolder(path: bundle).mapPath }
    return map
  }

  /// Whether the text is another than the built-in essay, so the shipped map and scenarios
  /// (written for the essay) must not be used with it.
  var usesAnotherText: Bool { bundle != nil || text.corpus != nil }

  func loadMap(for corpus: Corpus) throws -> ArgumentMap {
    do {
      if let path = mapPath {
        switch ScenarioOptions.read(path) {
        case .success(let source): return try ArgumentMapLoader(corpus: corpus).load(source.text, file: path)
        case .failure(let problem) where problem.line == 0:
          throw CommandFailure("cannot use \(path): \(problem.message)")
        case .failure(let problem): throw DiagnosticList([problem])
        }
      }
      if corpus.source != Corpus.builtIn.source {
        // The built-in map describes the built-in essay only: another text is answered by
        // retrieval alone (the closest passage, no stance) unless a map for it is given.
        return ArgumentMap(claims: [])
      }
      return try ArgumentMap.builtIn(for: corpus)
    } catch let list as DiagnosticList {
      throw CommandFailure("the argument map has errors:\n\(list)")
    }
  }
}

/// `--bundle DIR`: a text with its map and scenarios, on every subcommand.
struct BundleOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Use this bundle: a folder with a text, its argument-map.yaml and its scenarios.", valueName: "dir"),
    completion: .directory)
  var bundle: String?

  /// The bundle's text, else the `--corpus` file or the built-in essay.
  func loadCorpus(_ text: CorpusOptions) throws -> Corpus {
    if bundle != nil, text.corpus != nil {
      throw ValidationError("--bundle brings its own text; drop --corpus")
    }
    guard let bundle else { return try text.load() }
    return try BundleFolder(path: bundle).loadCorpus()
  }
}

/// A bundle on disk: `argument-map.yaml` names the text beside it (`text: {file, sha256}`);
/// every other `.yaml` file is a scenario.
struct BundleFolder {
  let path: String

  var mapPath: String { path + "/" + TextBundle.mapFileName }

  /// The file name of the bundle's text, as its map names it.
  func textFile() throws -> String {
    let bytes = try readFile(mapPath, limit: ScenarioCatalog.Source.maximumBytes)
    guard case .success(let source) = TextBytes.decode(bytes),
      let identity = TextIdentity.named(inMap: source)
    else {
      throw CommandFailure(
        "cannot use bundle \(path): \(mapPath) does not name its text; add 'text: {file: NAME, sha256: HASH}'"
      )
    }
    return identity.file
  }

  /// The text the bundle's map names, from the folder.
  func loadCorpus() throws -> Corpus {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
      throw CommandFailure("cannot use bundle \(path): it is not a folder")
    }
    guard FileManager.default.fileExists(atPath: mapPath) else {
      throw CommandFailure(
        "cannot use bundle \(path): it has no \(TextBundle.mapFileName) ('debate bundle new' makes one)")
    }
    let bytes = try readFile(mapPath, limit: ScenarioCatalog.Source.maximumBytes)
    let source: String
    switch TextBytes.decode(bytes) {
    case .success(let decoded): source = decoded
    case .failure(let problem): throw CommandFailure("cannot use \(mapPath): \(problem)")
    }
    guard let identity = TextIdentity.named(inMap: source) else {
      throw CommandFailure(
        "cannot use bundle \(path): \(mapPath) does not name its text; add 'text: {file: NAME, sha256: HASH}'"
      )
    }
    guard !identity.file.contains("/"), !identity.file.hasPrefix(".") else {
      throw CommandFailure(
        "cannot use bundle \(path): the map's text '\(identity.file)' must be a file name in the bundle")
    }
    let textPath = path + "/" + identity.file
    do {
      return try Corpus(
        bytes: try readFile(textPath, limit: Corpus.maximumBytes), format: TextFormat(fileName: identity.file)
      )
    } catch let error as CorpusError {
      throw CommandFailure("cannot use \(textPath): \(error)")
    }
  }
}
