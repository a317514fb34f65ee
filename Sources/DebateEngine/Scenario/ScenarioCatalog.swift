/// A set of scenario files loaded together: the scenarios that loaded, and every problem found.
///
/// The shell reads the files (from the binary or a teacher's folder) and hands their text here.
public struct ScenarioCatalog: Sendable {
  /// One scenario file's name and text.
  public struct Source: Sendable {
    public let file: String
    public let text: String

    /// The text is read as the loaders read it: a byte-order mark dropped, CRLF made LF.
    public init(file: String, text: String) {
      self.file = file
      self.text = SourceText.normalized(text)
    }

    /// A file's bytes as a source, or one diagnostic at the first NUL byte or invalid UTF-8.
    public static func decoding(_ bytes: [UInt8], file: String) -> Result<Source, Diagnostic> {
      SourceText.decode(bytes, file: file).map { Source(file: file, text: $0) }
    }

    /// Whether this is an argument map, by its name or by its shape: a top-level `claims:`
    /// and no top-level `turns:`.
    public var isArgumentMap: Bool {
      if ScenarioCatalog.baseName(file) == ArgumentMap.builtInFileName { return true }
      let lines = text.split(separator: "\n")
      return lines.contains { $0.hasPrefix("claims:") } && !lines.contains { $0.hasPrefix("turns:") }
    }
  }

  public let scenarios: [Scenario]
  public let diagnostics: [Diagnostic]

  public init(sources: [Source], loader: ScenarioLoader) {
    var scenarios: [Scenario] = []
    var diagnostics: [Diagnostic] = []
    for source in sources {
      do {
        let scenario = try loader.load(source.text, file: source.file)
        if let other = scenarios.first(where: { $0.id == scenario.id }) {
          diagnostics.append(
            Diagnostic(
              file: source.file, line: 0, column: 0,
              message: "scenario id '\(scenario.id)' is also used by \(other.file)"))
          continue
        }
        scenarios.append(scenario)
      } catch {
        diagnostics += error.diagnostics
      }
    }
    self.scenarios = scenarios
    self.diagnostics = diagnostics
  }

  /// The scenario with this id, or whose file is `name` or `name.yaml`.
  public func scenario(named name: String) -> Scenario? {
    scenarios.first { $0.id == name }
      ?? scenarios.first { Self.baseName($0.file) == name || Self.baseName($0.file) == name + ".yaml" }
  }

  /// Whether a file in `scenarios/` is a scenario (every `.yaml` but the argument map).
  public static func isScenarioFile(_ name: String) -> Bool {
    name.hasSuffix(".yaml") && baseName(name) != ArgumentMap.builtInFileName
  }

  /// The scenarios compiled into the product, by file name.
  public static var shippedSources: [Source] {
    EmbeddedScenarioFiles.files.keys.filter(isScenarioFile).sorted().map {
      Source(file: "scenarios/\($0)", text: EmbeddedScenarioFiles.files[$0] ?? "")
    }
  }

  /// The argument map compiled into the product, for `debate check`.
  public static var shippedMapSource: Source? {
    let name = ArgumentMap.builtInFileName
    return EmbeddedScenarioFiles.files[name].map { Source(file: "scenarios/\(name)", text: $0) }
  }

  /// The problems found in the scenario file for `name` (`name.yaml`, in any folder): what
  /// `play NAME` reports when that scenario did not load. A file whose name merely contains
  /// `name` is another scenario's.
  public static func problems(_ diagnostics: [Diagnostic], ofScenario name: String) -> [Diagnostic] {
    diagnostics.filter { isScenarioFile($0.file) && [name, name + ".yaml"].contains(baseName($0.file)) }
  }

  static func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
