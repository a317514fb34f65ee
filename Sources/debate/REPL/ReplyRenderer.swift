import DebateEngine
import Foundation

/// Renders the engine's reply for the REPL: the speaker, prose wrapped to the width, and each
/// quote on its own lines with its ref.
///
///     Essay: That is not what the text says.
///       ¶2.5   “China and Russia are partners, not allies.”
struct ReplyRenderer {
  var style: ReplStyle
  /// The width to wrap to; nil for no wrapping (pipes).
  var width: Int?

  func render(_ reply: Reply, side: Side) -> String {
    render(
      reply.parts, speaker: side == .essay ? "Essay:" : "Opponent:", role: side == .essay ? .essay : .opponent
    )
  }

  /// A scenario speaker's line, labelled with the speaker's name and coloured by their side.
  ///
  ///     A European diplomat: Still, every war ends at a table.
  ///     The essay:
  ///       ¶2.5   “…”
  func render(_ line: ScenarioLine) -> String {
    render(line.parts, speaker: line.speaker.name + ":", role: Self.role(line.speaker.side))
  }

  static func role(_ side: SpeakerRole) -> ReplStyle.Role {
    switch side {
    case .essay: .essay
    case .opponent: .opponent
    case .student: .student
    case .moderator: .scenario
    }
  }

  private func render(_ parts: [ReplyPart], speaker: String, role: ReplStyle.Role) -> String {
    var blocks: [String] = []
    var prose: [String] = []
    func flushProse() {
      guard !prose.isEmpty else { return }
      let label = blocks.isEmpty ? speaker : String(repeating: " ", count: speaker.count)
      blocks.append(wrap(prose.joined(separator: " "), label: label, role: role))
      prose = []
    }
    for part in parts {
      switch part {
      case .prose(let words): prose.append(words)
      case .quote(let citation):
        if blocks.isEmpty && prose.isEmpty { prose.append("") }
        flushProse()
        blocks.append(quote(citation))
      }
    }
    flushProse()
    return blocks.joined(separator: "\n")
  }

  /// A quote set apart: indented, its ref in the gutter, the text in curly quotes.
  func quote(_ citation: Citation) -> String {
    let ref = "\(citation.ref)"
    let wrapped = TextWrapper(width: (width ?? Int.max / 2) - 2).wrap("“\(citation.text)”", label: ref)
    return "  " + paintFirst(ref, in: wrapped, role: .ref).replacingOccurrences(of: "\n", with: "\n  ")
  }

  private func wrap(_ text: String, label: String, role: ReplStyle.Role) -> String {
    let wrapped = TextWrapper(width: width ?? Int.max / 2).wrap(text, label: label)
    let trimmed = text.isEmpty ? String(wrapped.reversed().drop { $0 == " " }.reversed()) : wrapped
    return label.allSatisfy { $0 == " " } ? trimmed : paintFirst(label, in: trimmed, role: role)
  }

  private func paintFirst(_ label: String, in text: String, role: ReplStyle.Role) -> String {
    guard style.colour, text.hasPrefix(label) else { return text }
    return style.paint(label, role) + text.dropFirst(label.count)
  }
}
