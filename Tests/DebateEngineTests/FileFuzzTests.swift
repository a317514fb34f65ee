import DebateContent
import Testing

@testable import DebateEngine

/// A short slice of the file fuzzer (`make fuzz-files` runs 2,000 files through the binary):
/// 200 mutated scenario and map files, each loaded by the engine's loaders directly, must be
/// answered within a time bound, without a crash, with every diagnostic located.
struct FileFuzzTests {
  static let seed: UInt64 = 20_261_201
  static let files = 200
  /// Generous for a debug build on two shared cores; a release build takes a few milliseconds.
  static let bound = Duration.seconds(5)

  /// The shipped files the mutations start from.
  static let originals: [ScenarioCatalog.Source] =
    ScenarioCatalog.shippedSources + [ScenarioCatalog.shippedMapSource].compactMap { $0 }

  /// What one file got: its diagnostics (empty when it loaded) and how long it took.
  static func answer(_ bytes: [UInt8], file: String) -> (diagnostics: [Diagnostic], time: Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    var diagnostics: [Diagnostic] = []
    switch ScenarioCatalog.Source.decoding(bytes, file: file) {
    case .failure(let problem): diagnostics = [problem]
    case .success(let source):
      do {
        if source.isArgumentMap {
          _ = try ArgumentMapLoader(corpus: .builtIn).load(source.text, file: file)
        } else {
          _ = try ScenarioFixtures.loader.load(source.text, file: file)
        }
      } catch {
        diagnostics = error.diagnostics
      }
    }
    return (diagnostics, clock.now - start)
  }

  /// Whether a diagnostic says where: a line and a column, or a whole-file reason (the size).
  static func isLocated(_ diagnostic: Diagnostic) -> Bool {
    if diagnostic.message.contains("a data file may have at most") { return true }
    return diagnostic.line >= 1 && diagnostic.column >= 1
      && diagnostic.description.hasPrefix("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): ")
  }

  @Test func mutatedFilesAreAnsweredInTimeWithLocatedDiagnostics() {
    var mutator = FileMutator(seed: Self.seed)
    var diagnosed = 0
    var failures: [String] = []
    for index in 0..<Self.files {
      let original = Self.originals[index % Self.originals.count]
      let (bytes, kinds) = mutator.mutate(Array(original.text.utf8))
      let file = "fuzz-\(index).yaml"
      let (diagnostics, time) = Self.answer(bytes, file: original.isArgumentMap ? file + "-map" : file)
      if !diagnostics.isEmpty { diagnosed += 1 }
      let what =
        "file \(index) (\(kinds.map(\.rawValue).joined(separator: "+")) of \(original.file), seed \(Self.seed))"
      if time > Self.bound { failures.append("\(what) took \(time)") }
      for diagnostic in diagnostics where !Self.isLocated(diagnostic) {
        failures.append("\(what): unlocated: \(diagnostic.description.prefix(200))")
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    // Most mutations break a file; a slice where none did would test nothing.
    #expect(diagnosed > Self.files / 2)
  }

  @Test(arguments: FileMutator.Kind.allCases)
  func everyKindOfMutationIsAnswered(_ kind: FileMutator.Kind) {
    var mutator = FileMutator(seed: Self.seed)
    // A scenario and the map, each mutated this way.
    for original in [Self.originals[0], Self.originals[Self.originals.count - 1]] {
      let bytes = mutator.apply(kind, to: Array(original.text.utf8))
      let (diagnostics, time) = Self.answer(bytes, file: original.file)
      #expect(time < Self.bound)
      #expect(diagnostics.allSatisfy(Self.isLocated), "\(diagnostics.map(\.description))")
    }
  }
}
