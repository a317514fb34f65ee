/// Computes the grounded labelling of a framework: the least committed, always unique way of
/// saying which arguments stand.
///
/// An argument is `in` when every attacker is `out`, `out` when some attacker is `in`, and
/// `undecided` otherwise; the grounded labelling makes as few arguments `in` as that allows.
/// The solver starts from the unattacked arguments and propagates: each argument keeps a count
/// of its attackers not yet `out`, and becomes `in` when the count reaches zero. Every attack is
/// visited at most twice, so the time is linear in arguments plus attacks.
public struct GroundedSolver: Sendable {
  public init() {}

  public func label(_ framework: ArgumentationFramework) -> Labelling {
    let count = framework.count
    // Distinct attacks only: a repeated attack must not count twice against its target.
    var seen = Set<Attack>()
    seen.reserveCapacity(framework.attacks.count)
    var targetsStart = [Int](repeating: 0, count: count + 1)
    var distinct: [Attack] = []
    distinct.reserveCapacity(framework.attacks.count)
    for attack in framework.attacks where seen.insert(attack).inserted {
      distinct.append(attack)
      targetsStart[attack.attacker + 1] += 1
    }
    for i in 0..<count { targetsStart[i + 1] += targetsStart[i] }
    var targets = [Int](repeating: 0, count: distinct.count)
    var fill = targetsStart
    var liveAttackers = [Int](repeating: 0, count: count)
    for attack in distinct {
      targets[fill[attack.attacker]] = attack.target
      fill[attack.attacker] += 1
      liveAttackers[attack.target] += 1
    }
    var labels = [Label](repeating: .undecided, count: count)
    var defeatedBy = [Int](repeating: -1, count: count)
    var queue = (0..<count).filter { liveAttackers[$0] == 0 }
    var next = 0
    while next < queue.count {
      let argument = queue[next]
      next += 1
      labels[argument] = .in
      for t in targetsStart[argument]..<targetsStart[argument + 1] {
        let target = targets[t]
        guard labels[target] == .undecided, defeatedBy[target] < 0 else { continue }
        labels[target] = .out
        defeatedBy[target] = argument
        // Its own targets lose one live attacker each.
        for u in targetsStart[target]..<targetsStart[target + 1] {
          let victim = targets[u]
          liveAttackers[victim] -= 1
          if liveAttackers[victim] == 0, labels[victim] == .undecided { queue.append(victim) }
        }
      }
    }
    return Labelling(labels: labels, defeatedBy: defeatedBy)
  }
}

/// Whether an argument stands: accepted (`in`), defeated (`out`) or neither (`undecided`).
public enum Label: String, Hashable, Sendable, Codable, CaseIterable {
  case `in`, out, undecided
}

/// A label for every argument of a framework, with the attacker that defeated each `out` one.
public struct Labelling: Hashable, Sendable {
  public let labels: [Label]
  /// For an `out` argument, the `in` attacker the solver found first; -1 otherwise.
  public let defeatedBy: [Int]

  public subscript(argument: Int) -> Label { labels[argument] }

  /// The grounded extension: the arguments labelled `in`, ascending.
  public var extensionArguments: [Int] { labels.indices.filter { labels[$0] == .in } }

  public func count(_ label: Label) -> Int { labels.lazy.filter { $0 == label }.count }
}
