/// The ICCMA 2023 text format for frameworks ("i23"): a header `p af N`, then one attack per line
/// as `i j` (arguments numbered from 1), lines starting with `#` being comments.
///
///     p af 3
///     1 2
///     2 3
public enum ICCMAFormat {
  /// The framework in i23, attacks in their order, each line ending with a newline. Names are
  /// written as comments (`# 1 name`) only when `names` is true, since solvers ignore them.
  public static func i23(_ framework: ArgumentationFramework, names: Bool = false) -> String {
    var out = "p af \(framework.count)\n"
    if names {
      for (i, name) in framework.names.enumerated() {
        out += "# \(i + 1) \(name.replacingNewlines())\n"
      }
    }
    for attack in framework.attacks { out += "\(attack.attacker + 1) \(attack.target + 1)\n" }
    return out
  }

  /// Reads i23 text; the error says which line is wrong and why.
  public static func parse(_ text: String) throws(ICCMAFormatError) -> ArgumentationFramework {
    var count: Int?
    var attacks: [Attack] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingSpaces()
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: " ")
      if count == nil {
        guard fields.count == 3, fields[0] == "p", fields[1] == "af", let n = Int(fields[2]), n >= 0 else {
          throw ICCMAFormatError(line: index + 1, message: "expected 'p af N' first, found '\(line)'")
        }
        count = n
        continue
      }
      guard fields.count == 2, let i = Int(fields[0]), let j = Int(fields[1]) else {
        throw ICCMAFormatError(line: index + 1, message: "expected an attack 'i j', found '\(line)'")
      }
      guard let n = count, (1...n).contains(i), (1...n).contains(j) else {
        throw ICCMAFormatError(line: index + 1, message: "argument out of range 1…\(count ?? 0) in '\(line)'")
      }
      attacks.append(Attack(i - 1, j - 1))
    }
    guard let count else { throw ICCMAFormatError(line: 1, message: "missing 'p af N' header") }
    return ArgumentationFramework(count: count, attacks: attacks)
  }
}

/// Why i23 text could not be read, with its 1-based line.
public struct ICCMAFormatError: Error, Hashable, Sendable, CustomStringConvertible {
  public let line: Int
  public let message: String
  public var description: String { "line \(line): \(message)" }
}

extension StringProtocol {
  fileprivate func trimmingSpaces() -> String {
    String(
      drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }
        .reversed())
  }

  fileprivate func replacingNewlines() -> String {
    String(map { $0.isNewline ? " " : $0 })
  }
}
