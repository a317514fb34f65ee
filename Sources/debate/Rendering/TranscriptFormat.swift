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

  /// - Parameter map: words each judgment from the student's side ("you sided with the essay: …").
  func render(_ transcript: Transcript, map: ArgumentMap? = nil) throws -> String {
    switch self {
    case .markdown: MarkdownRenderer.render(transcript, map: map)
    case .json: try OrderedJSONEncoder(pretty: true).line(transcript)
    }
  }
}
