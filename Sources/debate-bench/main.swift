import DebateEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `debate-bench`: prints the engine's speed and memory figures next to their targets.
///
/// Each mode is meant to run in a fresh process (`make bench` runs them one after the other), so
/// the peak memory of one does not hide in the other's:
///
///     debate-bench essay [turns]          per-turn latency, index build and memory on the essay
///     debate-bench large [turns] [copies] the same on the essay's body repeated `copies` times
///     debate-bench grounded [arguments]   grounded labelling of a framework that large
///     debate-bench session [turns]      per-turn cost early and late in a long session
///     debate-bench startup                what a one-shot run spends before its first reply
///     debate-bench draft [words]          `map draft` on a text of that many words
///     debate-bench huge [megabytes]       one turn on a text of that size with very long words
///
/// It measures and never fails on a missed target: the exit status is 0 unless the arguments
/// are wrong or the built-in essay and map cannot be loaded.
let arguments = Array(CommandLine.arguments.dropFirst())
let mode = arguments.first ?? "essay"
let numbers = arguments.dropFirst().compactMap { Int($0) }.filter { $0 > 0 }

do {
  switch mode {
  case "essay":
    try EssayBench(turns: numbers.first ?? 10_000).run()
  case "large":
    try LargeTextBench(turns: numbers.first ?? 2_000, copies: numbers.dropFirst().first ?? 1_000).run()
  case "session":
    try SessionBench(turns: numbers.first ?? 100_000).run()
  case "startup":
    try StartupBench().run()
  case "grounded":
    GroundedBench(arguments: numbers.first ?? 100_000).run()
  case "draft":
    try DraftBench(words: numbers.first ?? 30_000).run()
  case "huge":
    try HugeTextBench(megabytes: numbers.first ?? 60).run()
  default:
    print(
      "usage: debate-bench essay [turns] | large [turns] [copies] | grounded [arguments] | session [turns] | startup | draft [words] | huge [megabytes]"
    )
    exit(2)
  }
} catch {
  print("debate-bench: \(error)")
  exit(1)
}
