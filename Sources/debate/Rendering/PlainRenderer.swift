import DebateEngine

/// Renders a reply as plain text: prose, then each quote on its own line with its ref.
enum PlainRenderer {
  static func render(_ reply: Reply) -> String {
    var lines: [String] = []
    var prose: [String] = []
    for part in reply.parts {
      switch part {
      case .prose(let words): prose.append(words)
      case .quote(let citation):
        if !prose.isEmpty { lines.append(prose.joined(separator: " ")) }
        prose = []
        lines.append("  \(citation.ref)  “\(citation.text)”")
      }
    }
    if !prose.isEmpty { lines.append(prose.joined(separator: " ")) }
    return lines.joined(separator: "\n")
  }
}
