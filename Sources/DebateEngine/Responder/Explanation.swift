/// Why the engine gave a reply: what matched, how it scored, which cues decided the stance.
///
/// Shown by `/why` and `debate ask --why`; lets a student or teacher see that the answer came
/// from the text and from rules, not from invention.
public struct Explanation: Hashable, Sendable {
  /// A term of the turn that matched the text or the argument map, with its weight.
  public struct TermMatch: Hashable, Sendable, Codable {
    public let term: String
    public let matched: String
    public let weight: Double
  }

  /// A candidate claim and its score.
  public struct ClaimScore: Hashable, Sendable, Codable {
    public let claimID: String
    public let score: Double

    private enum CodingKeys: String, CodingKey {
      case claimID = "claim"
      case score
    }
  }

  /// A candidate unit of the text and its retrieval score.
  public struct UnitScore: Hashable, Sendable {
    public let ref: UnitRef
    public let score: Double
  }

  public var terms: [TermMatch] = []
  public var claims: [ClaimScore] = []
  public var units: [UnitScore] = []
  /// The words and rules that decided the stance, in the order they were applied.
  public var stanceCues: [String] = []
  /// The rule that chose the kind of reply (rebut, confirm, answer, decline).
  public var decision: String = ""

  public init() {}
}

extension Explanation: CustomStringConvertible {
  /// Plain lines, one fact per line, for terminals and logs.
  public var description: String {
    var lines: [String] = []
    if terms.isEmpty {
      lines.append("matched terms: none")
    } else {
      let shown = terms.prefix(12).map {
        $0.term == $0.matched
          ? "\($0.term) \(format($0.weight))" : "\($0.term)→\($0.matched) \(format($0.weight))"
      }
      lines.append("matched terms: " + shown.joined(separator: ", "))
    }
    if !claims.isEmpty {
      lines.append(
        "claims: " + claims.prefix(4).map { "\($0.claimID) \(format($0.score))" }.joined(separator: ", "))
    }
    if !units.isEmpty {
      lines.append(
        "sentences: " + units.prefix(4).map { "\($0.ref) \(format($0.score))" }.joined(separator: ", "))
    }
    lines.append("stance cues: " + (stanceCues.isEmpty ? "none" : stanceCues.joined(separator: "; ")))
    if !decision.isEmpty { lines.append("decision: \(decision)") }
    return lines.joined(separator: "\n")
  }

  private func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return "\(rounded)"
  }
}
