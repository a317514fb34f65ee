import DebateEngine
import Foundation

/// `/scenarios`, `/play NAME`, `/next`, `/restart`, `/stop`, and the student's turns in a scenario.
///
/// The run is pulled until it waits for the student or ends; the prompt then names the scenario
/// and the turn (`chinese-mediation:ask> `), and any line that is not a command is the answer.
extension ReplContext {
  var scenarioIDs: [String] { scenarios.scenarios.map(\.id) }

  func listScenarios(_: String) -> ReplAction {
    let catalog = scenarios
    var lines: [String] = []
    let column = (catalog.scenarios.map(\.id.count).max() ?? 0) + 2
    for scenario in catalog.scenarios {
      let id = scenario.id + String(repeating: " ", count: column - scenario.id.count)
      lines.append(block(scenario.title, label: id) + "\n" + block(scenario.motion, label: spaces(column)))
    }
    if lines.isEmpty { lines.append("No scenarios could be loaded for this text.") }
    let problems = scenarioFiles.problems + catalog.diagnostics
    if !problems.isEmpty {
      let files = Set(problems.map(\.file)).count
      lines.append(
        "\(files) scenario file\(files == 1 ? " has" : "s have") errors; 'debate check' lists them.")
    }
    say(lines.joined(separator: "\n"))
    if !catalog.scenarios.isEmpty { say("/play NAME plays one; you answer at the student's turns.") }
    return .proceed
  }

  func playScenario(_ argument: String) -> ReplAction {
    guard !argument.isEmpty else {
      fail("Usage: /play NAME (/scenarios lists them)")
      return .proceed
    }
    guard let scenario = scenarios.scenario(named: argument) else {
      let nearest = EditDistance.nearest(to: argument, in: scenarioIDs)
      fail(
        "No scenario '\(argument)'. " + (nearest.map { "Did you mean \($0)? " } ?? "")
          + "/scenarios lists them.")
      return .proceed
    }
    if let play { say(style.paint("Left \(play.scenario.id).", .dim)) }
    start(scenario)
    return .proceed
  }

  func restartScenario(_: String) -> ReplAction {
    guard let play else {
      fail("No scenario is being played: /play NAME starts one.")
      return .proceed
    }
    say(style.paint("Starting \(play.scenario.id) again.", .dim))
    start(play.scenario)
    return .proceed
  }

  func stopScenario(_: String) -> ReplAction {
    guard let play else {
      fail("No scenario is being played.")
      return .proceed
    }
    leaveScenario(note: "Left \(play.scenario.id) at \(play.awaitingTurnID ?? "the end").")
    return .proceed
  }

  /// `/next`: answers the waiting turn with the scenario's sample answer, when it has one.
  func answerWithSample(_: String) -> ReplAction {
    guard let play, let turnID = play.awaitingTurnID else {
      fail("No scenario is waiting for your answer: /play NAME starts one.")
      return .proceed
    }
    guard case .student(let prompt) = play.scenario.turn(turnID)?.content, let sample = prompt.sample
    else {
      say("Turn \(turnID) has no sample answer: type your own.")
      return .proceed
    }
    say(labelled(sample, label: "Sample answer:", role: .student))
    return answerTurn(sample)
  }

  /// A line typed while the scenario waits: judged, its branch followed, the run pulled on.
  func answerTurn(_ text: String) -> ReplAction {
    guard var run = play, let answer = run.answer(text) else { return .proceed }
    let claim = answer.claimID.map { " on \($0)" } ?? ""
    say(style.paint("  judged: \(answer.stance.rawValue)\(claim) → \(answer.next)", .dim))
    play = run
    advance()
    return .proceed
  }

  private func start(_ scenario: Scenario) {
    play = ScenarioRun(scenario: scenario, responder: session.responder)
    say(style.paint("Scenario \(scenario.id): \(scenario.title)", .heading))
    say(block(scenario.motion, label: "Motion:"))
    advance()
    if play != nil {
      say(style.paint("(Type your answer; /next takes the sample answer, /stop leaves.)", .dim))
    }
  }

  /// Pulls the run until it waits for the student or ends, printing each event.
  private func advance() {
    guard var run = play else { return }
    while let event = run.next() {
      switch event {
      case .line(let line):
        say(renderer.render(line))
      case .awaitingStudent(let prompt, let turnID):
        say(labelled(prompt, label: "Your turn:", role: .student))
        play = run
        self.prompt.scenario = run.scenario.id
        self.prompt.turn = turnID
        return
      case .ended(let summary):
        say("")
        say(ScenarioRenderer.summaryText(summary).joined(separator: "\n"))
      case .stepLimitReached(let limit, let turnID):
        fail("The scenario stopped after \(limit) turns at '\(turnID)': it loops.")
      }
    }
    play = run
    leaveScenario(note: "The scenario \(run.scenario.id) has ended.")
  }

  private func leaveScenario(note: String) {
    lastRun = play
    play = nil
    prompt.scenario = nil
    prompt.turn = nil
    say(
      style.paint(
        note + " Back to free debate: the engine argues the \(session.side.rawValue)'s side.", .dim))
  }

  /// `/history` while a scenario is played: every line and answer so far, with its turn.
  func listScenarioTurns(_ run: ScenarioRun) -> ReplAction {
    let lines = run.transcript.entries.map { entry in
      block(entry.text, label: "[\(entry.turn ?? "")] \(entry.speaker):")
    }
    say(lines.isEmpty ? "No turns yet." : lines.joined(separator: "\n"))
    return .proceed
  }

  private func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

  /// `text` wrapped after `label`, the label painted once wrapping has measured it plain.
  private func labelled(_ text: String, label: String, role: ReplStyle.Role) -> String {
    let wrapped = block(text, label: label)
    guard style.colour, wrapped.hasPrefix(label) else { return wrapped }
    return style.paint(label, role) + wrapped.dropFirst(label.count)
  }
}
