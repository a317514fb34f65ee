/// A problem found in a data file, with where it is, printed like a compiler's.
///
///     scenarios/wedge.yaml:12:7: error: unknown speaker 'moderatr'
///       speaker: moderatr
///                ^
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }

  public let file: String
  /// 1-based line, or 0 when the problem concerns the whole file.
  public let line: Int
  /// 1-based column in Unicode scalars.
  public let column: Int
  public let severity: Severity
  public let message: String
  /// The offending source line, to show under the message with a caret.
  public let sourceLine: String?

  public init(
    file: String, line: Int, column: Int, severity: Severity = .error, message: String,
    sourceLine: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
    self.sourceLine = sourceLine
  }

  /// `file:line:column: error: message`, then the source line and a caret under the column.
  public var description: String {
    let location = line > 0 ? "\(file):\(line):\(column)" : file
    var text = "\(location): \(severity.rawValue): \(message)"
    if let sourceLine, line > 0 {
      let visible = String(sourceLine.prefix(200))
      let caretOffset = min(max(column - 1, 0), visible.unicodeScalars.count)
      let padding = visible.unicodeScalars.prefix(caretOffset).map { $0 == "\t" ? "\t" : " " }.joined()
      text += "\n\(visible)\n\(padding)^"
    }
    return text
  }
}

/// Every problem found while loading a file; loading reports them all at once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics against one source text, filling in the source line for each.
struct DiagnosticCollector: Sendable {
  let file: String
  private let source: String
  /// The source's lines, cut on the first diagnostic: most loads have none, and cutting a
  /// shipped map into lines was a tenth of what starting `debate ask` cost.
  private var lines: [Substring]?
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String, source: String) {
    self.file = file
    self.source = source
  }

  mutating func error(_ message: String, line: Int, column: Int) {
    add(.error, message, line: line, column: column)
  }

  mutating func warning(_ message: String, line: Int, column: Int) {
    add(.warning, message, line: line, column: column)
  }

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  private mutating func add(_ severity: Diagnostic.Severity, _ message: String, line: Int, column: Int) {
    let lines =
      self.lines
      ?? source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { Substring($0) }
    self.lines = lines
    let sourceLine = (1...lines.count).contains(line) ? String(lines[line - 1]) : nil
    diagnostics.append(
      Diagnostic(
        file: file, line: line, column: column, severity: severity, message: message,
        sourceLine: sourceLine?.replacingCarriageReturn()))
  }
}

extension String {
  fileprivate func replacingCarriageReturn() -> String {
    hasSuffix("\r") ? String(dropLast()) : self
  }
}
