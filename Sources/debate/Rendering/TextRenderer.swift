import DebateEngine

/// The one plain-text renderer: replies, scenario lines, events, summaries and transcript
/// entries, from their parts. Prose is wrapped after the speaker's label; each quote is set apart
/// on its own lines, its ref in the gutter.
///
///     Essay: That is not what the text says.
///       ¶2.5   “China and Russia are partners, not allies.”
struct TextRenderer {
  var style: ReplStyle = .plain
  /// The width to wrap to; nil for no wrapping (pipes, `ask`, `play`).
  var width: Int?
  /// The map, to say each judgment from the student's side ("you sided with the essay: …").
  var map: ArgumentMap?

  /// A reply labelled with its speaker ("Essay:", "Opponent:" or a cast member's name).
  func render(_ reply: Reply) -> String {
    render(reply.parts, label: reply.speaker.name + ":", role: Self.role(reply.speaker.side))
  }

  /// A scenario speaker's line, labelled with the speaker's name and coloured by their side.
  func render(_ line: ScenarioLine) -> String {
    render(line.parts, label: line.speaker.name + ":", role: Self.role(line.speaker.side))
  }

  static func role(_ side: SpeakerRole) -> ReplStyle.Role {
    switch side {
    case .essay: .essay
    case .opponent: .opponent
    case .student: .student
    case .moderator: .scenario
    }
  }

  /// Parts after `label` (painted in `role`); with no label, prose starts at `indent`.
  func render(_ parts: [ReplyPart], label: String, role: ReplStyle.Role, indent: String = "") -> String {
    var blocks: [String] = []
    var prose: [String] = []
    func flushProse() {
      guard !prose.isEmpty else { return }
      let gutter = blocks.isEmpty ? label : String(repeating: " ", count: label.count)
      blocks.append(wrap(prose.joined(separator: " "), label: gutter, indent: indent, role: role))
      prose = []
    }
    for part in parts {
      switch part {
      case .prose(let words): prose.append(words)
      case .quote(let citation):
        // A line that opens with a quote still names its speaker first.
        if blocks.isEmpty && prose.isEmpty && !label.isEmpty { prose.append("") }
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

  /// How a student's answer was judged and where it led, from the student's side:
  /// `  judged: you sided with the essay: no lasting wedge (wedge) → next-turn`.
  func judged(_ answer: ScenarioAnswer) -> String {
    "  judged: \(judgment(answer.stance, claim: answer.claimID)) → \(answer.next)"
  }

  /// A stance on a claim in plain words when the map is at hand, else as `disagree on mediator`.
  func judgment(_ stance: Stance, claim: String?) -> String {
    guard let map else { return stance.rawValue + (claim.map { " on \($0)" } ?? "") }
    return map.wording(stance, claim: claim).sentence + (claim.map { " (\($0))" } ?? "")
  }

  /// `debate play`'s text format: each event under its turn id.
  func play(_ events: [ScenarioEvent], scenario: Scenario) -> String {
    var out = ["Scenario \(scenario.id): \(scenario.title)", "Motion: \(scenario.motion)", ""]
    for event in events {
      switch event {
      case .line(let line):
        out.append("[\(line.turnID)] \(line.speaker.name) (\(line.speaker.side.rawValue)):")
        out.append(render(line.parts, label: "", role: Self.role(line.speaker.side), indent: "  "))
      case .awaitingStudent(let prompt, let turnID): out.append("[\(turnID)] ? \(prompt)")
      case .answered(let answer):
        out.append("[\(answer.turnID)] > \(answer.text)")
        out.append(judged(answer))
      case .ended(let summary): out += [""] + self.summary(summary)
      case .stepLimitReached(let limit, let turnID): out.append("stopped after \(limit) turns at '\(turnID)'")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The closing summary: each claim at stake, the essay's position, what the student argued.
  func summary(_ summary: ScenarioSummary) -> [String] {
    var out = ["Summary (ended at \(summary.turnID))"]
    for point in summary.points {
      out.append("- \(point.claimID): \(point.statement)")
      // The position in the map's words, not the essay's: refs say where the essay argues it.
      out.append(
        "  the essay's position: \(point.view) (argued in \(point.evidence.map(\.description).joined(separator: ", ")))"
      )
      out.append("  \(point.argued)")
      if let status = point.status { out.append("  after this debate: \(status.reason)") }
    }
    if summary.unrelatedAnswers > 0 {
      out.append("- \(summary.unrelatedAnswers) answer(s) fell outside what the text covers")
    }
    return out
  }

  /// One transcript entry for `/history`: the speaker and what was said, and for a student's
  /// turn how it was judged (and corrected).
  func entry(_ entry: TranscriptEntry, number: Int) -> String {
    let label =
      switch (entry.turn, entry.role) {
      case (let turn?, _): "[\(turn)] \(entry.speaker):"
      case (nil, .student): "\(number)."
      case (nil, _): entry.speaker + ":"
      }
    var text = render(entry.parts, label: label, role: Self.role(entry.role))
    if let stance = entry.stance {
      let corrected =
        entry.correctedFrom.map { " (you corrected it; the engine had read \($0.rawValue))" } ?? ""
      text += "\n" + style.paint("  judged: \(judgment(stance, claim: entry.claim))\(corrected)", .dim)
    }
    return text
  }

  private func wrap(_ text: String, label: String, indent: String, role: ReplStyle.Role) -> String {
    let wrapped = TextWrapper(width: width ?? Int.max / 2).wrap(text, label: label, indent: indent)
    let trimmed = text.isEmpty ? String(wrapped.reversed().drop { $0 == " " }.reversed()) : wrapped
    return label.allSatisfy { $0 == " " } ? trimmed : paintFirst(label, in: trimmed, role: role)
  }

  private func paintFirst(_ label: String, in text: String, role: ReplStyle.Role) -> String {
    guard style.colour, text.hasPrefix(label) else { return text }
    return style.paint(label, role) + text.dropFirst(label.count)
  }
}
