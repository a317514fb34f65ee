import DebateContent
import DebateEngine

/// Per-turn latency, index build time and peak memory on the built-in essay and map.
struct EssayBench {
  let turns: Int
  let builds = 50
  let warmUpTurns = 1_000

  func run() throws {
    let corpus = Corpus.builtIn
    let map = try ArgumentMap.builtIn(for: corpus)
    let measured = Measurement.run(
      corpus: corpus, map: map, builds: builds, warmUp: warmUpTurns, turns: turns)
    let (buildTimes, times, memory) = (measured.buildTimes, measured.turnTimes, measured.peakMemoryMB)

    print(
      "essay: built-in text (\(corpus.units.count) units, \(corpus.source.utf8.count) bytes), "
        + "built-in map (\(map.claims.count) claims)")
    print(
      "  \(turns) timed turns after \(warmUpTurns) warm-up, cycling \(measured.lineCount) student lines "
        + "(checksum \(measured.checksum), load average \(Figures.loadAverage()))")
    print(
      Figures.row(
        "index build (Responder.init, median of \(builds))", Figures.milliseconds(Figures.median(buildTimes)))
    )
    let p50 = Figures.percentile(0.5, of: times)
    print(Figures.row("per turn p50", Figures.microseconds(p50), target: "≤ 50 µs", met: p50 <= 50_000))
    print(Figures.row("per turn p90", Figures.microseconds(Figures.percentile(0.9, of: times))))
    print(Figures.row("per turn p99", Figures.microseconds(Figures.percentile(0.99, of: times))))
    print(Figures.row("per turn max", Figures.microseconds(times.last ?? 0)))
    print(
      Figures.row(
        "peak memory (max RSS) after the run", Figures.fixed(memory) + " MB", target: "≤ 30 MB",
        met: memory <= 30))
  }
}
