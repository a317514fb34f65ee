import Foundation

/// Colours for the REPL's output and prompt; everything stays plain when colour is off.
struct ReplStyle: Sendable {
  enum Role: String, Sendable {
    case essay = "1;32"
    case opponent = "1;35"
    case student = "1;36"
    case scenario = "1;34"
    case ref = "33"
    case dim = "2"
    case error = "31"
    case heading = "1"
  }

  /// Marks the start and end of non-printing text in an `EL_PROMPT_ESC` prompt.
  static let promptEscape: Character = "\u{1}"

  let colour: Bool

  static let plain = ReplStyle(colour: false)

  /// Colour on a terminal, unless `--no-color` was given or `NO_COLOR` is set and not empty
  /// (https://no-color.org), or the terminal is `dumb`.
  static func forTerminal(noColorFlag: Bool, environment: [String: String]) -> ReplStyle {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return ReplStyle(colour: !noColorFlag && !noColor && environment["TERM"] != "dumb")
  }

  func paint(_ text: String, _ role: Role) -> String {
    colour ? "\u{1b}[\(role.rawValue)m\(text)\u{1b}[0m" : text
  }

  /// Like `paint`, with each escape sequence wrapped for libedit's prompt.
  func promptColour(_ text: String, _ role: Role) -> String {
    guard colour else { return text }
    let e = Self.promptEscape
    return "\(e)\u{1b}[\(role.rawValue)m\(e)\(text)\(e)\u{1b}[0m\(e)"
  }
}
