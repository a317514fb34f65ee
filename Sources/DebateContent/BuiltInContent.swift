public import DebateEngine

/// The essay the product ships with, its argument map and its scenarios.
///
/// The engine knows no essay: it reads any text, map and scenarios it is handed. This target
/// holds the shipped ones, compiled in by the `EmbedScenarios` plugin from `scenarios/`, so a
/// binary copied alone still carries them.
public enum BuiltInContent {
  /// The essay's file name in `scenarios/`.
  public static let essayFileName = "axis-essay.txt"

  /// Every shipped file (the essay, its map, the scenarios, the README) by name.
  static var files: [String: String] { EmbeddedScenarioFiles.files }

  /// A shipped file as a loader source, named as it is in the source tree (`scenarios/NAME`).
  static func source(_ name: String) -> ScenarioCatalog.Source? {
    files[name].map { ScenarioCatalog.Source(file: "scenarios/\(name)", text: $0) }
  }
}

extension Corpus {
  /// The built-in essay.
  public static let builtIn: Corpus = {
    guard let text = BuiltInContent.files[BuiltInContent.essayFileName],
      let corpus = try? Corpus(text: text)
    else { preconditionFailure("the built-in essay is missing from the build") }
    return corpus
  }()

  /// The built-in essay's file name.
  public static var builtInFileName: String { BuiltInContent.essayFileName }
}

extension ArgumentMap {
  /// The map shipped with the product, for the built-in essay.
  ///
  /// Its consistency (relations against positions, support cycles, positions the evidence
  /// cannot bear) is not checked again here: the shipped map cannot change after the build,
  /// and `debate check` and the test suite check it in full. That check is half of what
  /// loading the map costs, and every one-shot `debate ask` loads it.
  public static func builtIn(
    for corpus: Corpus = .builtIn, checkingText: Bool = true
  ) throws(DiagnosticList) -> ArgumentMap {
    guard let source = ScenarioCatalog.shippedMapSource else {
      throw DiagnosticList([
        Diagnostic(file: builtInFileName, line: 0, column: 0, message: "missing from the build")
      ])
    }
    var loader = ArgumentMapLoader(corpus: corpus, checksText: checkingText)
    loader.checksConsistency = false
    return try loader.load(source.text, file: source.file)
  }
}

extension Responder {
  /// The built-in essay with its shipped argument map.
  public static func builtIn() throws(DiagnosticList) -> Responder {
    Responder(corpus: .builtIn, map: try ArgumentMap.builtIn())
  }
}

extension ScenarioCatalog {
  /// The scenarios compiled into the product, by file name.
  public static var shippedSources: [Source] {
    BuiltInContent.files.keys.filter(isScenarioFile).sorted().compactMap(BuiltInContent.source)
  }

  /// The argument map compiled into the product, for `debate check`.
  public static var shippedMapSource: Source? { BuiltInContent.source(ArgumentMap.builtInFileName) }
}
