import DebateContent
import DebateEngine

/// Index build time, per-turn latency and peak memory on a text `copies` times the essay's size.
///
/// The text keeps the essay's front lines and repeats its body paragraphs, one per line as in
/// the essay, so the first copy keeps the refs `¶1.1`… and the built-in map still loads.
struct LargeTextBench {
  let turns: Int
  let copies: Int
  /// Builds are repeated up to `builds` times, but not once they have taken `buildBudget` in all.
  let builds = 3
  let buildBudget = 5e9
  let warmUpTurns = 100

  func run() throws {
    let essay = Corpus.builtIn.source
    let lines = essay.split(whereSeparator: \.isNewline)
    let front = lines.prefix(while: { $0.count <= 200 })
    let body = lines.dropFirst(front.count).joined(separator: "\n")
    let text =
      front.joined(separator: "\n") + "\n"
      + Array(repeating: body, count: copies).joined(separator: "\n") + "\n"

    var built: Result<Corpus, CorpusError>?
    let corpusTime = Figures.nanoseconds {
      built = Result { () throws(CorpusError) in try Corpus(text: text) }
    }
    let corpus = try built!.get()
    let map: ArgumentMap
    let mapNote: String
    // The essay's map names the essay; over the repeated text it is loaded on purpose.
    if let builtIn = try? ArgumentMap.builtIn(for: corpus, checkingText: false) {
      (map, mapNote) = (builtIn, "built-in map (\(builtIn.claims.count) claims, refs resolve)")
    } else {
      (map, mapNote) = (ArgumentMap(claims: []), "empty map (the built-in map's refs do not resolve)")
    }
    let measured = Measurement.run(
      corpus: corpus, map: map, builds: builds, budget: buildBudget, warmUp: warmUpTurns, turns: turns)
    let (buildTimes, times, memory) = (measured.buildTimes, measured.turnTimes, measured.peakMemoryMB)

    print(
      "large: essay body × \(copies) (\(corpus.units.count) units, \(text.utf8.count / 1_000) kB), "
        + mapNote)
    print(
      "  \(turns) timed turns after \(warmUpTurns) warm-up (checksum \(measured.checksum), load average \(Figures.loadAverage()))"
    )
    print(Figures.row("corpus split (Corpus(text:), once)", Figures.milliseconds(corpusTime)))
    let build = Figures.median(buildTimes)
    print(
      Figures.row(
        "index build (Responder.init, median of \(buildTimes.count))", Figures.milliseconds(build),
        target: "≤ 1 s", met: build <= 1e9))
    let p50 = Figures.percentile(0.5, of: times)
    let p99 = Figures.percentile(0.99, of: times)
    print(Figures.row("per turn p50", Figures.milliseconds(p50), target: "≤ 2 ms", met: p50 <= 2e6))
    print(Figures.row("per turn p99", Figures.milliseconds(p99)))
    print(Figures.row("per turn max", Figures.milliseconds(times.last ?? 0)))
    print(Figures.row("peak memory (max RSS) after the run", Figures.fixed(memory) + " MB"))
  }
}
