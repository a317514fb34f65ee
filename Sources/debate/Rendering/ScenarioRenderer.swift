import DebateEngine

/// Renders a played scenario as text, Markdown or JSON lines; one function per format.
///
/// Authored words are printed plainly; only the essay's own sentences carry a ref.
enum ScenarioRenderer {
  static func render(
    _ steps: [ScenarioStep], scenario: Scenario, format: PlayCommand.Format, map: ArgumentMap
  ) -> String {
    switch format {
    case .text: text(steps, scenario, map: map)
    case .markdown: markdown(steps, scenario, map: map)
    case .json: ScenarioJSON.lines(steps, scenario)
    }
  }

  static func text(_ steps: [ScenarioStep], _ scenario: Scenario, map: ArgumentMap) -> String {
    var out = ["Scenario \(scenario.id): \(scenario.title)", "Motion: \(scenario.motion)", ""]
    for step in steps {
      switch step {
      case .event(.line(let line)):
        var prose: [String] = []
        var lines: [String] = []
        for part in line.parts {
          switch part {
          case .prose(let words): prose.append(words)
          case .quote(let citation):
            if !prose.isEmpty { lines.append("  " + prose.joined(separator: " ")) }
            prose = []
            lines.append("  \(citation.ref)  “\(citation.text)”")
          }
        }
        if !prose.isEmpty { lines.append("  " + prose.joined(separator: " ")) }
        out.append("[\(line.turnID)] \(line.speaker.name) (\(line.speaker.side.rawValue)):")
        out += lines
      case .event(.awaitingStudent(let prompt, let turnID)):
        out.append("[\(turnID)] ? \(prompt)")
      case .answer(let answer):
        out.append("[\(answer.turnID)] > \(answer.text)")
        out.append(judgedLine(answer, map: map))
      case .event(.ended(let summary)):
        out.append("")
        out += summaryText(summary)
      case .event(.stepLimitReached(let limit, let turnID)):
        out.append("stopped after \(limit) turns at '\(turnID)'")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// `  judged: you sided with the essay: no lasting wedge (wedge) → next-turn`, in `play` and at
  /// the REPL's prompt alike.
  static func judgedLine(_ answer: ScenarioAnswer, map: ArgumentMap) -> String {
    let judged = map.wording(answer.stance, claim: answer.claimID).sentence
    return "  judged: \(judged)\(answer.claimID.map { " (\($0))" } ?? "") → \(answer.next)"
  }

  static func summaryText(_ summary: ScenarioSummary) -> [String] {
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

  static func markdown(_ steps: [ScenarioStep], _ scenario: Scenario, map: ArgumentMap) -> String {
    var out = ["# \(scenario.title)", "", "Scenario `\(scenario.id)`. Motion: *\(scenario.motion)*", ""]
    for step in steps {
      switch step {
      case .event(.line(let line)):
        var prose: [String] = []
        var quotes: [String] = []
        for part in line.parts {
          switch part {
          case .prose(let words): prose.append(words)
          case .quote(let citation): quotes.append("> “\(citation.text)” (\(citation.ref))")
          }
        }
        out.append("**\(line.speaker.name)**:" + (prose.isEmpty ? "" : " " + prose.joined(separator: " ")))
        if !quotes.isEmpty { out.append("") }
        out += quotes
        out.append("")
      case .event(.awaitingStudent(let prompt, _)):
        out += ["*\(prompt)*", ""]
      case .answer(let answer):
        let judged =
          map.wording(answer.stance, claim: answer.claimID).sentence
          + (answer.claimID.map { ", `\($0)`" } ?? "")
        out += ["**Student** (\(judged)): \(answer.text)", ""]
      case .event(.ended(let summary)):
        out += [
          "## Summary", "", "| Claim | The essay's position | Student | After this debate |",
          "|---|---|---|---|",
        ]
        for point in summary.points {
          let refs = point.evidence.map(\.description).joined(separator: ", ")
          let status = point.status?.reason ?? ""
          out.append(
            "| `\(point.claimID)` | \(point.view) (argued in \(refs)) | \(point.argued) | \(status) |")
        }
        out.append("")
      case .event(.stepLimitReached(let limit, let turnID)):
        out += ["*Stopped after \(limit) turns at `\(turnID)`.*", ""]
      }
    }
    return out.joined(separator: "\n")
  }
}
