import DebateEngine

/// The one Markdown renderer: a transcript (free debate or scenario) with each quote set apart as
/// a block quote with its ref. `debate play --format markdown` and `.md` transcripts are both
/// this, so what a teacher reads in a saved file is what `play` printed.
enum MarkdownRenderer {
  static func render(_ transcript: Transcript, map: ArgumentMap? = nil) -> String {
    var out: [String] = []
    if let scenario = transcript.scenario {
      out += ["# \(transcript.title ?? scenario)", ""]
      out.append("Scenario `\(scenario)`." + (transcript.motion.map { " Motion: *\($0)*" } ?? ""))
    } else {
      out += ["# Debate transcript", ""]
      if let text = transcript.text { out.append("Text: *\(text)*") }
    }
    out += ["", provenance(transcript), ""]
    for entry in transcript.entries {
      if let prompt = entry.prompt { out += ["*\(prompt)*", ""] }
      out += lines(entry, map: map)
    }
    if let summary = transcript.summary { out += self.summary(summary) }
    return out.joined(separator: "\n")
  }

  /// Which program wrote it, and with which seed: the same inputs give the same transcript.
  private static func provenance(_ transcript: Transcript) -> String {
    let seed = transcript.seed.map { ", seed \($0)" } ?? ""
    return "*Written by \(transcript.engine ?? "debate")\(seed); transcript version \(transcript.version).*"
  }

  /// The speaker in bold, the first prose on the same line, later prose as paragraphs and each
  /// quote as a block quote, in the order spoken.
  private static func lines(_ entry: TranscriptEntry, map: ArgumentMap?) -> [String] {
    var heading = "**\(entry.speaker)**"
    if let stance = entry.stance {
      // Said from the student's side when the map is at hand; JSON keeps agree/disagree.
      let judged = map?.wording(stance, claim: entry.claim).sentence ?? stance.rawValue
      heading += " (\(judged)\(entry.claim.map { ", `\($0)`" } ?? ""))"
      if let first = entry.correctedFrom {
        heading += " (corrected by the student; the engine had read \(first.rawValue))"
      }
    }
    heading += ":"
    var out: [String] = []
    var prose: [String] = []
    var headed = false
    func flush() {
      guard !prose.isEmpty || !headed else { return }
      let words = prose.joined(separator: " ")
      if headed {
        out += [words, ""]
      } else {
        out += [heading + (words.isEmpty ? "" : " " + words), ""]
        headed = true
      }
      prose = []
    }
    for part in entry.parts {
      switch part {
      case .prose(let words): prose.append(words)
      case .quote(let citation):
        flush()
        out += ["> “\(citation.text)” (\(citation.ref))", ""]
      }
    }
    flush()
    return out
  }

  private static func summary(_ summary: ScenarioSummary) -> [String] {
    var out = [
      "## Summary", "", "| Claim | The essay's position | Student | After this debate |", "|---|---|---|---|",
    ]
    for point in summary.points {
      let refs = point.evidence.map(\.description).joined(separator: ", ")
      let argued = point.argued
      out.append(
        "| `\(point.claimID)` | \(point.view) (argued in \(refs)) | \(argued) | \(point.status?.reason ?? "") |"
      )
    }
    if summary.unrelatedAnswers > 0 {
      out += ["", "\(summary.unrelatedAnswers) answer(s) fell outside what the text covers."]
    }
    out.append("")
    return out
  }
}
