import ArgumentParser
import DebateEngine

/// `--corpus` and `--map`: the text and argument map a command argues from.
struct EngineOptions: ParsableArguments {
  @OptionGroup var text: CorpusOptions

  @Option(name: .long, help: "Use this argument map (YAML) instead of the built-in one.", completion: .file())
  var map: String?

  /// The responder for the chosen text and map; diagnostics or load errors become a failure.
  func responder() throws -> Responder {
    let corpus = try text.load()
    return Responder(corpus: corpus, map: try loadMap(for: corpus))
  }

  func loadMap(for corpus: Corpus) throws -> ArgumentMap {
    do {
      if let map {
        switch ScenarioOptions.read(map) {
        case .success(let source): return try ArgumentMapLoader(corpus: corpus).load(source.text, file: map)
        case .failure(let problem) where problem.line == 0:
          throw CommandFailure("cannot use \(map): \(problem.message)")
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
