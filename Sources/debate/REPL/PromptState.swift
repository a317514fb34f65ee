import DebateEngine

/// What the prompt shows: the side the engine argues, or the scenario and turn being played.
///
///     essay>                       free debate, the engine argues the essay's side
///     opponent>                    after `/side opponent`
///     wedge-driving:ask>           playing scenario `wedge-driving`, waiting at turn `ask`
struct PromptState: Equatable, Sendable {
  var side: Side = .essay
  var scenario: String?
  var turn: String?

  /// The prompt as plain text.
  var plain: String { word + "> " }

  /// The prompt for libedit, coloured with escapes wrapped in `ReplStyle.promptEscape` so the
  /// editor does not count them as columns.
  func rendered(style: ReplStyle) -> String {
    guard style.colour else { return plain }
    if let scenario {
      let turn = turn.map { ":" + style.promptColour($0, .dim) } ?? ""
      return style.promptColour(scenario, .scenario) + turn + "> "
    }
    return style.promptColour(side.rawValue + ">", TextRenderer.role(SpeakerRole(side))) + " "
  }

  private var word: String {
    guard let scenario else { return side.rawValue }
    return scenario + (turn.map { ":" + $0 } ?? "")
  }
}
