import DebateEngine
import Foundation

/// Transcript files: Markdown for people, JSON for `debate replay`; chosen by extension.
enum TranscriptFormat {
  case markdown, json

  /// The format a file name asks for; nil for an extension we do not write.
  init?(path: String) {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "md", "markdown": self = .markdown
    case "json": self = .json
    default: return nil
    }
  }

  func render(_ transcript: Transcript, corpus: Corpus, map: ArgumentMap) -> String {
    switch self {
    case .markdown: Self.markdown(transcript, corpus: corpus, map: map)
    case .json: Self.json(transcript)
    }
  }

  static func json(_ transcript: Transcript) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(transcript) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func markdown(_ transcript: Transcript, corpus: Corpus, map: ArgumentMap) -> String {
    var lines = ["# Debate transcript", ""]
    if let text = transcript.text { lines.append("Text: *\(text)*") }
    if let scenario = transcript.scenario { lines.append("Scenario: `\(scenario)`") }
    lines.append("")
    for entry in transcript.entries {
      var heading = "**\(entry.speaker)**"
      if let stance = entry.stance {
        let judged = map.wording(stance, claim: entry.claim).sentence
        heading += " (\(judged)\(entry.claim.map { ", `\($0)`" } ?? ""))"
      }
      // Quotes are set apart as block quotes, so they are taken out of the line's prose.
      let quotes = entry.refs.compactMap { ref in UnitRef(parsing: ref).flatMap { corpus.unit($0) } }
      var prose = entry.text
      for unit in quotes { prose = prose.replacingOccurrences(of: "“\(unit.text)” (\(unit.ref))", with: "…") }
      lines.append(heading + ": " + prose)
      for unit in quotes { lines.append("> \(unit.text) (\(unit.ref))") }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }
}
