/// The map as a Graphviz graph: one box per claim, coloured by the essay's position (or, after a
/// debate, by whether the claim stands), supports as solid green arrows, attacks as dashed red
/// arrows ending in a bar, and the evidence refs in each box.
extension MapView {
  static let positionColours: [EssayPosition: String] = [
    .holds: "#d9ead3", .rejects: "#f4cccc", .open: "#fff2cc",
  ]
  static let standingColours: [ClaimStatus.Standing: String] = [
    .stands: "#b6d7a8", .falls: "#ea9999", .open: "#ffe599",
  ]

  public func dot() -> String {
    let debate = !statuses.isEmpty
    var lines = [
      "digraph \"argument-map\" {",
      "  graph [rankdir=RL, fontname=\"Helvetica\", fontsize=12, labelloc=t, nodesep=0.25, ranksep=0.45,",
      "    label=\(Self.quoted(legend(debate: debate)))];",
      "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, margin=\"0.12,0.06\"];",
      "  edge [fontname=\"Helvetica\", fontsize=9];",
    ]
    // Nodes in outline order, so the drawing follows the tree a reader sees in the outline.
    for row in rows where !row.isReference {
      guard let claim = map.claim(row.claimID) else { continue }
      let status = statuses[claim.id]
      let fill =
        status.map { Self.standingColours[$0.standing]! } ?? Self.positionColours[claim.essayPosition]!
      lines.append(
        "  \(Self.quoted(claim.id)) [id=\(Self.quoted(claim.id)), fillcolor=\"\(fill)\", label=<\(label(claim, status: status))>];"
      )
    }
    for edge in edges {
      let style =
        edge.kind == .supports
        ? "color=\"#38761d\", arrowhead=normal, tooltip=\"\(edge.from) supports \(edge.to)\""
        : "color=\"#cc0000\", style=dashed, arrowhead=tee, tooltip=\"\(edge.from) attacks \(edge.to)\""
      lines.append(
        "  \(Self.quoted(edge.from)) -> \(Self.quoted(edge.to)) [id=\"\(edge.from)-\(edge.kind.rawValue)-\(edge.to)\", \(style)];"
      )
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  private func legend(debate: Bool) -> String {
    let title = corpus.title.map { "\($0)\n" } ?? ""
    let colours =
      debate
      ? "After the debate: green stands, yellow is open, red falls; each box gives the essay's view."
      : "The essay holds green claims and leaves yellow ones open; it rejects red ones, whose box gives its view."
    return title + colours
      + "\nA solid green arrow argues for the claim it points to, a dashed red bar against that claim's statement.\n"
  }

  /// The box: the id in bold, the essay's view wrapped to about 34 characters, the refs, and
  /// the position (with the status after a debate).
  private func label(_ claim: Claim, status: ClaimStatus?) -> String {
    var parts = ["<B>\(Self.html(claim.id))</B>"]
    parts += Self.wrap(claim.view, width: 34).map(Self.html)
    let refs = claim.evidence.map(\.description).joined(separator: " ")
    var last = "\(claim.essayPosition.rawValue) · \(refs)"
    if let status { last += " · \(status.standing.rawValue)" }
    parts.append("<I>\(Self.html(last))</I>")
    return parts.joined(separator: "<BR/>")
  }

  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = String(word)
      } else {
        line += line.isEmpty ? String(word) : " " + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  static func html(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// A DOT string literal: quotes and backslashes escaped, a line break as `\n`.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.append(character)
      }
    }
    return out + "\""
  }
}
