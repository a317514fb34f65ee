/// The events as `debate play --format json` writes them, one object per line, `event` first:
///
///     {"event":"line","turn","speaker","name","side","claim","parts"}
///     {"event":"prompt","turn","prompt"}
///     {"event":"answer","turn","text","stance","claim","next"}
///     {"event":"end","scenario","turn","points","unrelated"}
///     {"event":"stopped","turn","limit"}
///
/// A `PlayStart` line comes first, with the format's version.
extension ScenarioEvent: Codable {
  private enum CodingKeys: String, CodingKey {
    case event, turn, speaker, name, side, claim, parts, prompt, text, stance, next, limit
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try c.decode(String.self, forKey: .event)
    let turn = try c.decode(String.self, forKey: .turn)
    switch kind {
    case "line":
      let speaker = ScenarioSpeaker(
        id: try c.decode(String.self, forKey: .speaker), name: try c.decode(String.self, forKey: .name),
        side: try c.decode(SpeakerRole.self, forKey: .side))
      self = .line(
        ScenarioLine(
          turnID: turn, speaker: speaker, parts: try c.decode([ReplyPart].self, forKey: .parts),
          claimID: try c.decodeIfPresent(String.self, forKey: .claim)))
    case "prompt": self = .awaitingStudent(prompt: try c.decode(String.self, forKey: .prompt), turnID: turn)
    case "answer":
      self = .answered(
        ScenarioAnswer(
          turnID: turn, text: try c.decode(String.self, forKey: .text),
          stance: try c.decode(Stance.self, forKey: .stance),
          claimID: try c.decodeIfPresent(String.self, forKey: .claim),
          next: try c.decode(String.self, forKey: .next)))
    case "end": self = .ended(try ScenarioSummary(from: decoder))
    case "stopped": self = .stepLimitReached(limit: try c.decode(Int.self, forKey: .limit), turnID: turn)
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .event, in: c, debugDescription: "unknown event '\(kind)'")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .line(let line):
      try c.encode("line", forKey: .event)
      try c.encode(line.turnID, forKey: .turn)
      try c.encode(line.speaker.id, forKey: .speaker)
      try c.encode(line.speaker.name, forKey: .name)
      try c.encode(line.speaker.side, forKey: .side)
      try c.encode(line.claimID, forKey: .claim)
      try c.encode(line.parts, forKey: .parts)
    case .awaitingStudent(let prompt, let turnID):
      try c.encode("prompt", forKey: .event)
      try c.encode(turnID, forKey: .turn)
      try c.encode(prompt, forKey: .prompt)
    case .answered(let answer):
      try c.encode("answer", forKey: .event)
      try c.encode(answer.turnID, forKey: .turn)
      try c.encode(answer.text, forKey: .text)
      try c.encode(answer.stance, forKey: .stance)
      try c.encode(answer.claimID, forKey: .claim)
      try c.encode(answer.next, forKey: .next)
    case .ended(let summary):
      try c.encode("end", forKey: .event)
      try summary.encode(to: encoder)
    case .stepLimitReached(let limit, let turnID):
      try c.encode("stopped", forKey: .event)
      try c.encode(turnID, forKey: .turn)
      try c.encode(limit, forKey: .limit)
    }
  }
}

/// The first line of `debate play --format json`: which scenario, with which seed, in which
/// version of the format.
public struct PlayStart: Hashable, Sendable, Codable {
  public static let currentVersion = 1

  public var event = "start"
  public var version = PlayStart.currentVersion
  public var scenario: String
  public var title: String
  public var motion: String
  public var seed: UInt64

  public init(_ run: ScenarioRun) {
    scenario = run.scenario.id
    title = run.scenario.title
    motion = run.scenario.motion
    seed = run.seed
  }
}
