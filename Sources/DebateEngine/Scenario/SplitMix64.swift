/// A small deterministic random generator (SplitMix64), so a seed replays the same choices on
/// every platform and Swift version; the system generator is never used.
package struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
  private var state: UInt64

  package init(seed: UInt64) { state = seed }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// An index below `count`, by modulo: bias is negligible for the handful of alternatives a
  /// scenario offers, and the result does not depend on the standard library's algorithm.
  package mutating func index(below count: Int) -> Int {
    precondition(count > 0)
    return Int(next() % UInt64(count))
  }
}
