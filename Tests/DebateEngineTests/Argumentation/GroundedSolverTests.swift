import DebateEngine
import Testing

/// The grounded labelling on frameworks small enough to check by hand.
struct GroundedSolverTests {
  /// A framework of `count` arguments with attacks written 1-based, as in the ICCMA files.
  static func framework(_ count: Int, _ attacks: [(Int, Int)]) -> ArgumentationFramework {
    ArgumentationFramework(count: count, attacks: attacks.map { Attack($0.0 - 1, $0.1 - 1) })
  }

  static func labels(_ count: Int, _ attacks: [(Int, Int)]) -> String {
    GroundedSolver().label(framework(count, attacks)).labels.map {
      switch $0 {
      case .in: "I"
      case .out: "O"
      case .undecided: "U"
      }
    }.joined()
  }

  @Test func theEmptyFrameworkHasAnEmptyLabelling() {
    let labelling = GroundedSolver().label(ArgumentationFramework())
    #expect(labelling.labels.isEmpty)
    #expect(labelling.extensionArguments.isEmpty)
  }

  /// A framework written as `1>2 2>3` (1-based attacks), and its labels by hand: I, O, U.
  struct HandCase: Sendable, CustomTestStringConvertible {
    let count: Int
    let attacks: String
    let expected: String
    init(_ count: Int, _ attacks: String, _ expected: String) {
      self.count = count
      self.attacks = attacks
      self.expected = expected
    }
    var pairs: [(Int, Int)] {
      attacks.split(separator: " ").map { pair in
        let ends = pair.split(separator: ">").map { Int($0)! }
        return (ends[0], ends[1])
      }
    }
    var testDescription: String { "\(count): \(attacks)" }
  }

  static let handCases: [HandCase] = [
    HandCase(1, "", "I"),  // alone: unattacked
    HandCase(2, "1>2", "IO"),
    HandCase(3, "1>2 2>3", "IOI"),  // a chain reinstates its third link
    HandCase(4, "1>2 2>3 3>4", "IOIO"),
    HandCase(5, "1>2 2>3 3>4 4>5", "IOIOI"),
    HandCase(2, "1>2 2>1", "UU"),  // a two-cycle: neither wins
    HandCase(3, "1>2 2>3 3>1", "UUU"),  // an odd cycle
    HandCase(4, "1>2 2>3 3>4 4>1", "UUUU"),  // an even cycle is still undecided when grounded
    HandCase(1, "1>1", "U"),  // a self-attack is never in
    HandCase(2, "1>1 1>2", "UU"),  // nor does it defeat what it attacks
    HandCase(2, "2>2 1>2", "IO"),  // an unattacked attacker puts a self-attacker out
    HandCase(3, "1>2 2>1 3>1", "OII"),  // a third argument breaks the cycle
    HandCase(4, "1>2 2>1 2>3 3>4", "UUUU"),  // undecided spreads down a chain
    HandCase(3, "1>2 1>2 2>3", "IOI"),  // a repeated attack counts once
    HandCase(3, "1>3 2>3", "IIO"),  // out by either of two in attackers
    HandCase(4, "1>2 2>3 4>3 4>4", "IOUU"),  // defended against one attacker only
  ]

  @Test(arguments: handCases)
  func handCheckedCases(_ hand: HandCase) {
    #expect(Self.labels(hand.count, hand.pairs) == hand.expected)
  }

  @Test func anOutArgumentNamesTheInAttackerThatDefeatedIt() {
    let labelling = GroundedSolver().label(Self.framework(3, [(1, 2), (2, 3)]))
    #expect(labelling.defeatedBy == [-1, 0, -1])
    #expect(labelling.extensionArguments == [0, 2])
    #expect(labelling.count(.out) == 1)
  }

  /// The labelling satisfies the definition on random frameworks: in iff every attacker is out,
  /// out iff some attacker is in; and no smaller set of in arguments would (grounded is least).
  @Test func randomLabellingsAreCompleteAndLeast() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<300 {
      let framework = RandomFrameworks.next(&random, maxArguments: 12)
      let labelling = GroundedSolver().label(framework)
      for argument in 0..<framework.count {
        let attackers = framework.attackers(of: argument).map { labelling[$0] }
        switch labelling[argument] {
        case .in: #expect(attackers.allSatisfy { $0 == .out })
        case .out: #expect(attackers.contains(.in))
        case .undecided: #expect(!attackers.contains(.in) && attackers.contains(.undecided))
        }
      }
      #expect(labelling.extensionArguments == NaiveGrounded.extensionArguments(framework))
    }
  }
}

/// Random frameworks from a seed: any size up to a bound, any density, self-attacks included.
enum RandomFrameworks {
  static func next(_ random: inout SplitMix64, maxArguments: Int) -> ArgumentationFramework {
    let count = random.index(below: maxArguments + 1)
    guard count > 0 else { return ArgumentationFramework() }
    // Densities from sparse to nearly complete, so chains, cycles and dense knots all occur.
    let percent = [5, 10, 15, 25, 40, 60][random.index(below: 6)]
    var attacks: [Attack] = []
    for i in 0..<count {
      for j in 0..<count where random.index(below: 100) < percent { attacks.append(Attack(i, j)) }
    }
    return ArgumentationFramework(count: count, attacks: attacks)
  }
}

/// The grounded extension by its textbook definition, the least fixed point of the
/// characteristic function F(S) = {a | S defends a}, iterated from the empty set. Quadratic
/// per step: only for checking the solver on small frameworks.
enum NaiveGrounded {
  static func extensionArguments(_ framework: ArgumentationFramework) -> [Int] {
    let attackers = (0..<framework.count).map { framework.attackers(of: $0) }
    var current = Set<Int>()
    while true {
      let defended = Set(
        (0..<framework.count).filter { a in
          attackers[a].allSatisfy { b in attackers[b].contains { current.contains($0) } }
        })
      if defended == current { return current.sorted() }
      current = defended
    }
  }
}
