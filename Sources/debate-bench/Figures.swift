#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Timing and memory figures, and the table lines that print them next to their targets.
enum Figures {
  static let clock = ContinuousClock()

  /// Nanoseconds taken by `body`.
  static func nanoseconds(_ body: () -> Void) -> Double {
    let start = clock.now
    body()
    return nanoseconds(clock.now - start)
  }

  static func nanoseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
  }

  /// The nearest-rank percentile `p` (0...1) of `sorted`, which must be sorted ascending.
  static func percentile(_ p: Double, of sorted: [Double]) -> Double {
    let rank = Int((p * Double(sorted.count)).rounded(.up))
    return sorted[max(0, min(sorted.count - 1, rank - 1))]
  }

  static func median(_ values: [Double]) -> Double { percentile(0.5, of: values.sorted()) }

  /// Peak resident memory of this process so far, in MB (ru_maxrss is in KB on Linux).
  static func peakMemoryMB() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
      getrusage(RUSAGE_SELF, &usage)
      return Double(usage.ru_maxrss) / 1_048_576
    #else
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return Double(usage.ru_maxrss) / 1024
    #endif
  }

  /// The 1-minute load average, printed with the figures: other processes sharing the cores
  /// slow every figure down.
  static func loadAverage() -> String {
    var loads = [0.0, 0.0, 0.0]
    return getloadavg(&loads, 3) > 0 ? fixed(loads[0], 2) : "unknown"
  }

  /// One table row: what was measured, the figure, and its target with ✓ or ✗ when it has one.
  static func row(_ label: String, _ value: String, target: String? = nil, met: Bool? = nil) -> String {
    var line = "  " + pad(label, 44) + pad(value, 14)
    if let target, let met { line += pad(target, 12) + (met ? "✓" : "✗") }
    return line
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  /// `value` with `digits` decimals, without Foundation's `String(format:)`.
  static func fixed(_ value: Double, _ digits: Int = 1) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale)
    guard digits > 0 else { return String(whole) }
    let fraction = String(abs(scaled) % Int(scale))
    let sign = scaled < 0 && whole == 0 ? "-" : ""
    return sign + String(whole) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
  }

  static func microseconds(_ ns: Double) -> String { fixed(ns / 1_000) + " µs" }
  static func milliseconds(_ ns: Double) -> String { fixed(ns / 1_000_000, 2) + " ms" }
}
