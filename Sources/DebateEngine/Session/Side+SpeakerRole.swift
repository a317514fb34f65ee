/// The one conversion between the side the engine argues and the role a speaker plays.
extension SpeakerRole {
  /// The role of the engine arguing `side`.
  public init(_ side: Side) {
    self = side == .essay ? .essay : .opponent
  }
}

extension Side {
  /// The side a speaker in `role` argues: an opponent argues the views the essay rejects, every
  /// other voice (a moderator replying to the student) the essay's.
  public init(arguing role: SpeakerRole) {
    self = role == .opponent ? .opponent : .essay
  }
}

extension ScenarioSpeaker {
  /// The engine in a free debate, speaking for `side`: "Essay" or "Opponent".
  public static func engine(_ side: Side) -> ScenarioSpeaker {
    side == .essay
      ? ScenarioSpeaker(id: "essay", name: "Essay", side: .essay)
      : ScenarioSpeaker(id: "opponent", name: "Opponent", side: .opponent)
  }

  /// The person at the keyboard, when no scenario names them.
  public static let student = ScenarioSpeaker(id: "student", name: "Student", side: .student)
}
