import DebateEngine

/// Grounded labelling time on large frameworks: the issue's "a map of 100,000 arguments is
/// labelled in under 1 s".
///
/// Two shapes, each built from a fixed seed: a random framework with `attacksPerArgument`
/// attacks per argument on average (cycles, self-attacks and long reinstatement chains all
/// occur), and a single chain of the same length, where every label depends on the one before.
struct GroundedBench {
  let arguments: Int
  let attacksPerArgument = 3
  let runs = 5

  func run() {
    var random = SplitMix64(seed: 100_000)
    var attacks: [Attack] = []
    attacks.reserveCapacity(arguments * attacksPerArgument)
    for _ in 0..<(arguments * attacksPerArgument) {
      attacks.append(Attack(random.index(below: arguments), random.index(below: arguments)))
    }
    let randomFramework = ArgumentationFramework(count: arguments, attacks: attacks)
    let chain = ArgumentationFramework(
      count: arguments, attacks: (0..<max(arguments - 1, 0)).map { Attack($0, $0 + 1) })
    print("grounded: \(arguments) arguments, median of \(runs) runs (load average \(Figures.loadAverage()))")
    for (name, framework) in [("random, \(attacks.count) attacks", randomFramework), ("chain", chain)] {
      var times: [Double] = []
      var labelling: Labelling?
      for _ in 0..<runs {
        times.append(Figures.nanoseconds { labelling = GroundedSolver().label(framework) })
      }
      let median = Figures.median(times)
      let counts = labelling.map {
        "in \($0.count(.in)), out \($0.count(.out)), undecided \($0.count(.undecided))"
      }
      print(
        Figures.row(
          "grounded labelling, \(name)", Figures.milliseconds(median), target: "< 1 s", met: median < 1e9))
      print("    \(counts ?? "")")
    }
    print(Figures.row("peak memory (max RSS) after the run", Figures.fixed(Figures.peakMemoryMB()) + " MB"))
  }
}
