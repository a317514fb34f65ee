import DebateEngine

/// What the prompt shows: the side the engine argues, and the scenario turn when one is played.
///
///     essay>                       free debate, the engine argues the essay's side
///     opponent>                    after `/side opponent`
///     axis-basics t3 essay>        playing scenario `axis-basics`, at turn `t3`
struct PromptState: Equatable, Sendable {
  var side: Side = .essay
  var scenario: String?
  var turn: String?

  /// The prompt as plain text.
  var plain: String { words.joined(separator: " ") + "> " }

  /// The prompt for libedit, coloured with escapes wrapped in `ReplStyle.promptEscape` so the
  /// editor does not count them as columns.
  func rendered(style: ReplStyle) -> String {
    guard style.colour else { return plain }
    var parts: [String] = []
    if let scenario { parts.append(style.promptColour(scenario, .scenario)) }
    if let turn { parts.append(style.promptColour(turn, .dim)) }
    parts.append(style.promptColour(side.rawValue + ">", side == .essay ? .essay : .opponent))
    return parts.joined(separator: " ") + " "
  }

  private var words: [String] { [scenario, turn].compactMap { $0 } + [side.rawValue] }
}
