/// How a text is written: plain text, or Markdown read by a CommonMark parser.
public enum TextFormat: String, Sendable, CaseIterable {
  case plain
  case markdown

  /// The format a file name suggests: `.md` and `.markdown` are Markdown, anything else plain.
  public init(fileName: String) {
    let lower = fileName.lowercased()
    self = lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .plain
  }
}
