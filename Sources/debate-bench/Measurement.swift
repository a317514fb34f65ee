import DebateEngine

/// What both benches measure the same way: repeated index builds, then timed turns after a
/// warm-up, then peak memory.
struct Measurement {
  var buildTimes: [Double] = []
  var turnTimes: [Double] = []
  var peakMemoryMB = 0.0
  var checksum = 0
  var lineCount = 0

  /// Builds the responder up to `builds` times (within `budget` nanoseconds), then times turns.
  static func run(
    corpus: Corpus, map: ArgumentMap, builds: Int, budget: Double = .infinity, warmUp: Int, turns: Int
  ) -> Measurement {
    var measurement = Measurement()
    var responder: Responder?
    while measurement.buildTimes.count < builds, measurement.buildTimes.reduce(0, +) < budget {
      responder = nil
      measurement.buildTimes.append(Figures.nanoseconds { responder = Responder(corpus: corpus, map: map) })
    }
    var timer = TurnTimer(responder: responder!)
    _ = timer.run(turns: warmUp)
    measurement.turnTimes = timer.run(turns: turns)
    measurement.peakMemoryMB = Figures.peakMemoryMB()
    measurement.checksum = timer.checksum
    measurement.lineCount = timer.lines.count
    return measurement
  }
}
