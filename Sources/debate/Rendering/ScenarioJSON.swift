import DebateEngine

/// `debate play --format json`: one JSON object per step, keys in a fixed order.
///
///     {"event":"line","turn":"open","speaker":"moderator","name":"Moderator","side":"moderator",…}
enum ScenarioJSON {
  static func lines(_ steps: [ScenarioStep], _ scenario: Scenario) -> String {
    steps.map(object).map { $0 + "\n" }.joined()
  }

  static func object(_ step: ScenarioStep) -> String {
    let s = JSONText.string
    let optional = { (text: String?) in text.map(JSONText.string) ?? "null" }
    switch step {
    case .event(.line(let line)):
      let parts = line.parts.map { part in
        switch part {
        case .prose(let words): JSONText.object([("prose", s(words))])
        case .quote(let citation): ReplyJSON.citation(citation)
        }
      }
      return JSONText.object([
        ("event", s("line")), ("turn", s(line.turnID)), ("speaker", s(line.speaker.id)),
        ("name", s(line.speaker.name)), ("side", s(line.speaker.side.rawValue)),
        ("claim", optional(line.claimID)),
        ("parts", JSONText.array(parts)),
      ])
    case .event(.awaitingStudent(let prompt, let turnID)):
      return JSONText.object([("event", s("prompt")), ("turn", s(turnID)), ("prompt", s(prompt))])
    case .answer(let answer):
      return JSONText.object([
        ("event", s("answer")), ("turn", s(answer.turnID)), ("text", s(answer.text)),
        ("stance", s(answer.stance.rawValue)), ("claim", optional(answer.claimID)), ("next", s(answer.next)),
      ])
    case .event(.ended(let summary)):
      let points = summary.points.map { point in
        JSONText.object([
          ("claim", s(point.claimID)), ("statement", s(point.statement)), ("view", s(point.view)),
          ("evidence", JSONText.array(point.evidence.map { s($0.description) })),
          ("stances", JSONText.array(point.stances.map { s($0.rawValue) })),
          ("status", optional(point.status?.standing.rawValue)), ("reason", optional(point.status?.reason)),
        ])
      }
      return JSONText.object([
        ("event", s("end")), ("turn", s(summary.turnID)), ("points", JSONText.array(points)),
        ("unrelated", String(summary.unrelatedAnswers)),
      ])
    case .event(.stepLimitReached(let limit, let turnID)):
      return JSONText.object([("event", s("stopped")), ("turn", s(turnID)), ("limit", String(limit))])
    }
  }
}
