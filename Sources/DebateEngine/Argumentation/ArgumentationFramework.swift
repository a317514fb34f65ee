/// An abstract argumentation framework in Dung's sense: arguments and who attacks whom.
///
/// Arguments are numbered from 0 in the order they were added; each has a name for people to
/// read (it plays no part in the semantics). Attacks are kept in the order they were added and
/// may repeat or be self-attacks; the solver reads them as a set.
///
///     var framework = ArgumentationFramework()
///     let a = framework.add("a"), b = framework.add("b")
///     framework.attack(a, b)  // a attacks b: grounded labelling a in, b out
public struct ArgumentationFramework: Hashable, Sendable {
  public private(set) var names: [String]
  public private(set) var attacks: [Attack]

  public init(names: [String] = [], attacks: [Attack] = []) {
    precondition(attacks.allSatisfy { $0.attacker < names.count && $0.target < names.count })
    self.names = names
    self.attacks = attacks
  }

  /// A framework of `count` arguments named `1`…`count`, as in the ICCMA formats.
  public init(count: Int, attacks: [Attack] = []) {
    self.init(names: (0..<count).map { String($0 + 1) }, attacks: attacks)
  }

  public var count: Int { names.count }

  /// Adds an argument and returns its number.
  @discardableResult
  public mutating func add(_ name: String) -> Int {
    names.append(name)
    return names.count - 1
  }

  /// Records that `attacker` attacks `target` (both numbers of arguments already added).
  public mutating func attack(_ attacker: Int, _ target: Int) {
    precondition(attacker >= 0 && attacker < count && target >= 0 && target < count)
    attacks.append(Attack(attacker, target))
  }

  /// The arguments that attack `argument`, each once, in ascending order. Scans every attack:
  /// for explanations on small frameworks; the solver builds its own index.
  public func attackers(of argument: Int) -> [Int] {
    Array(Set(attacks.lazy.filter { $0.target == argument }.map(\.attacker))).sorted()
  }
}

/// One attack: `attacker` argues against `target` (numbers of arguments of a framework).
public struct Attack: Hashable, Sendable {
  public let attacker: Int
  public let target: Int

  public init(_ attacker: Int, _ target: Int) {
    self.attacker = attacker
    self.target = target
  }
}
