@preconcurrency import Glibc

/// What one read from the person (or the pipe) at the other end produced.
enum ReadResult: Equatable, Sendable {
  /// A line, without its newline.
  case line(String)
  /// Ctrl-C: the line being typed was dropped; ask again.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input.
  case eof
}

/// The REPL's input: a line editor on a terminal, plain standard input otherwise.
protocol LineReading: AnyObject {
  /// Shows `prompt` (when the reader shows prompts) and reads one line.
  func readLine(prompt: String) -> ReadResult
  /// Remembers a line the person entered, for Up and Ctrl-R (and the next session).
  func remember(_ line: String)
}

extension LineReading {
  func remember(_ line: String) {}
}

/// Reads standard input without editing, prompts or history: for pipes and files.
///
/// Any bytes are accepted: invalid UTF-8 becomes U+FFFD and a missing last newline is fine.
final class PlainLineReader: LineReading {
  func readLine(prompt: String) -> ReadResult {
    guard let line = Swift.readLine(strippingNewline: true) else { return .eof }
    return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
  }
}
