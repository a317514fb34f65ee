/// A scripted debate, parsed and checked once: who speaks, what they say, and where it goes.
///
/// Immutable and `Sendable`; play it with a `ScenarioRun`. Loaded from `scenarios/*.yaml` by
/// `ScenarioLoader`, which reports every problem with file, line and column before a run starts.
public struct Scenario: Hashable, Sendable {
  /// Stable name, used by `debate play NAME` and saved transcripts.
  public let id: String
  public let title: String
  /// The proposition debated, in one sentence.
  public let motion: String
  /// The file it was loaded from, for messages.
  public let file: String
  public let cast: [ScenarioSpeaker]
  /// The argument-map claims the scenario is about; the closing summary reports on each.
  public let claims: [String]
  /// The turn the run begins with.
  public let start: String
  /// Every turn, in file order.
  public let turns: [ScenarioTurn]
  private let turnIndex: [String: Int]

  public init(
    id: String, title: String, motion: String, file: String, cast: [ScenarioSpeaker], claims: [String],
    start: String, turns: [ScenarioTurn]
  ) {
    self.id = id
    self.title = title
    self.motion = motion
    self.file = file
    self.cast = cast
    self.claims = claims
    self.start = start
    self.turns = turns
    var index: [String: Int] = [:]
    for (i, turn) in turns.enumerated() where index[turn.id] == nil { index[turn.id] = i }
    turnIndex = index
  }

  public func turn(_ id: String) -> ScenarioTurn? { turnIndex[id].map { turns[$0] } }

  public func speaker(_ id: String) -> ScenarioSpeaker? { cast.first { $0.id == id } }
}

/// One member of a scenario's cast.
public struct ScenarioSpeaker: Hashable, Sendable {
  public let id: String
  /// The name shown before each line: "A Western strategist".
  public let name: String
  /// Which side the speaker argues; `student` marks the person at the keyboard.
  public let side: SpeakerRole

  public init(id: String, name: String, side: SpeakerRole) {
    self.id = id
    self.name = name
    self.side = side
  }
}
