import Foundation

/// The map as JSON: every claim with its position, view, evidence and relations, and after a
/// debate its status with the reason; keys sorted, so the output is stable.
extension MapView {
  struct JSONMap: Encodable {
    let text: String?
    let claims: [JSONClaim]
    let relations: [JSONRelation]
    let startingPoints: [String]
    let debate: JSONDebate?
  }

  struct JSONClaim: Encodable {
    let id: String
    let statement: String
    let position: String
    let view: String
    let evidence: [String]
    let supports: [String]
    let attacks: [String]
    let opposing: JSONOpposing?
    let status: ClaimStatus?
  }

  struct JSONOpposing: Encodable {
    let statement: String
    let refs: [String]
  }

  struct JSONRelation: Encodable {
    let from: String
    let to: String
    let kind: String
  }

  struct JSONDebate: Encodable {
    /// Sizes of the argumentation framework the statuses come from.
    let arguments: Int
    let attacks: Int
    let turns: Int
  }

  public func json() -> String {
    var debate: JSONDebate?
    if let transcript {
      let framework = self.debate.framework
      debate = JSONDebate(
        arguments: framework.count, attacks: framework.attacks.count,
        turns: transcript.entries.filter { $0.role == .student }.count)
    }
    let value = JSONMap(
      text: corpus.title,
      claims: map.claims.map { claim in
        JSONClaim(
          id: claim.id, statement: claim.statement, position: claim.essayPosition.rawValue, view: claim.view,
          evidence: claim.evidence.map(\.description), supports: claim.supports, attacks: claim.attacks,
          opposing: claim.opposingView.map {
            JSONOpposing(statement: $0, refs: claim.opposingRefs.map(\.description))
          },
          status: statuses[claim.id])
      },
      relations: edges.map { JSONRelation(from: $0.from, to: $0.to, kind: $0.kind.rawValue) },
      startingPoints: startingPoints, debate: debate)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
