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

  func render(_ transcript: Transcript) throws -> String {
    switch self {
    case .markdown: MarkdownRenderer.render(transcript)
    case .json: try OrderedJSONEncoder(pretty: true).line(transcript)
    }
  }
}
