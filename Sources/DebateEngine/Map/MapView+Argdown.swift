import Foundation

/// The map in Argdown (argdown.org). Each claim is a statement `[id]: statement #position`; for
/// a claim the essay rejects, the essay's view is a statement of its own, `[not id]`, that
/// contradicts it (`><`). Relations go out from the essay's view (`+> [other]` supports,
/// `-> [other]` attacks), evidence sentences are statements quoted with their ref that support
/// the view, and a reported opposing view attacks it.
///
///     [mediator]: Beijing could act as a mediator in Russia's war against Ukraine. #rejects
///
///     [not mediator]: Beijing was never a plausible mediator… #essay-view
///       >< [mediator]
///
///     [¶2.5]: “There was even a time, in 2023, …” #evidence
///       +> [not mediator]
extension MapView {
  /// The title of the statement that carries the essay's view of a claim.
  static func viewTitle(_ claim: Claim) -> String {
    claim.essayPosition == .rejects ? "not \(claim.id)" : claim.id
  }

  public func argdown() -> String {
    let title = (corpus.title ?? "Argument map").replacingOccurrences(of: "'", with: "''")
    var blocks: [String] = [
      "===\ntitle: '\(title.filter { $0 != "=" && !$0.isNewline })'\n===", "# The essay's claims",
    ]
    for row in rows where !row.isReference {
      guard let claim = map.claim(row.claimID) else { continue }
      let status = statuses[claim.id].map { " #\($0.standing.rawValue)" } ?? ""
      let outgoing = edges.filter { $0.from == claim.id }.map {
        "  \($0.kind == .supports ? "+>" : "->") [\($0.to)]"
      }
      let head = "[\(claim.id)]: \(Self.argdownText(claim.statement)) #\(claim.essayPosition.rawValue)"
      if claim.essayPosition == .rejects {
        blocks.append(head)
        blocks.append(
          (["[not \(claim.id)]: \(Self.argdownText(claim.view)) #essay-view\(status)", "  >< [\(claim.id)]"]
            + outgoing).joined(separator: "\n"))
      } else {
        blocks.append(([head + status] + outgoing).joined(separator: "\n"))
      }
    }
    let opposing = map.claims.filter { $0.opposingView != nil && $0.essayPosition != .open }
    if !opposing.isEmpty {
      blocks.append("# Views the essay reports")
      for claim in opposing {
        let refs = claim.opposingRefs.map(\.description).joined(separator: " ")
        blocks.append(
          "[opposing \(claim.id)]: \(Self.argdownText(claim.opposingView ?? "")) (\(refs)) #opposing\n  -> [\(Self.viewTitle(claim))]"
        )
      }
    }
    blocks.append("# Evidence")
    var seen = Set<UnitRef>()
    for claim in map.claims {
      for ref in claim.evidence where seen.insert(ref).inserted {
        guard let unit = corpus.unit(ref) else { continue }
        let users = map.claims.filter { $0.evidence.contains(ref) && $0.essayPosition != .open }
        blocks.append(
          (["[\(ref)]: “\(Self.argdownText(unit.text))” #evidence"]
            + users.map { "  +> [\(Self.viewTitle($0))]" })
            .joined(separator: "\n"))
      }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// Text safe inside an Argdown statement: characters that would start a tag, a reference, a
  /// mention, emphasis, a comment or meta data are escaped with a backslash; lines are joined.
  static func argdownText(_ text: String) -> String {
    var out = ""
    for character in text {
      if character.isNewline {
        out.append(" ")
      } else {
        if "\\[]<>#*_{}@/".contains(character) { out.append("\\") }
        out.append(character)
      }
    }
    return out
  }
}
