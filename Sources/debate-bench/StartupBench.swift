import DebateContent
import DebateEngine

/// What a one-shot `debate ask` spends before its first reply, step by step, in a fresh
/// process: loading the map, building the responder, the first turn (cold caches).
struct StartupBench {
  func run() throws {
    let clock = ContinuousClock()
    var start = clock.now
    func lap(_ name: String) {
      let now = clock.now
      print(Figures.row(name, Figures.milliseconds(Figures.nanoseconds(now - start))))
      start = now
    }
    let corpus = Corpus.builtIn
    lap("built-in text split into units")
    let map = try ArgumentMap.builtIn(for: corpus)
    lap("argument map parsed and checked")
    let responder = Responder(corpus: corpus, map: map)
    lap("responder built (index, lexicon)")
    _ = responder.respond(to: "China and Russia are allies")
    lap("first turn (cold)")
    _ = responder.respond(to: "China and Russia are allies")
    lap("second turn")
  }
}
