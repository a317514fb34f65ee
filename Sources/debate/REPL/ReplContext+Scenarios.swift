import DebateEngine
import Foundation

/// `/scenarios`, `/play NAME [--seed N]`, `/next`, `/restart`, `/stop`, and the student's turns in a scenario.
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

  /// `/play NAME [--seed N]`.
  func playScenario(_ argument: String) -> ReplAction {
    var words = argument.split(separator: " ").map(String.init)
    var seed: UInt64?
    if let flag = words.firstIndex(of: "--seed") {
      guard words.index(after: flag) < words.endIndex, let number = UInt64(words[flag + 1]) else {
        fail("Usage: /play NAME --seed N, with N a whole number (0 or more).")
        return .proceed
      }
      seed = number
      words.removeSubrange(flag...(flag + 1))
    }
    guard let name = words.first, words.count == 1 else {
      fail("Usage: /play NAME [--seed N] (/scenarios lists them)")
      return .proceed
    }
    guard let scenario = scenarios.scenario(named: name) else {
      let nearest = EditDistance.nearest(to: name, in: scenarioIDs)
      fail(
        "No scenario '\(name)'. " + (nearest.map { "Did you mean \($0)? " } ?? "")
          + "/scenarios lists them.")
      return .proceed
    }
    if let play { say(style.paint("Left \(play.scenario.id).", .dim)) }
    start(scenario, seed: seed)
    return .proceed
  }

  /// `/restart`: the same scenario from the start, with the same seed only if one was given.
  func restartScenario(_: String) -> ReplAction {
    guard let play else {
      fail("No scenario is being played: /play NAME starts one.")
      return .proceed
    }
    say(style.paint("Starting \(play.scenario.id) again.", .dim))
    start(play.scenario, seed: playSeeded ? play.seed : nil)
    return .proceed
  }

  func stopScenario(_: String) -> ReplAction {
    guard let play else {
      fail("No scenario is being played.")
      return .proceed
    }
    scenarioCheckpoint = nil
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
    if let correction = Correction(turn: text), scenarioCheckpoint != nil {
      return correctScenarioAnswer(correction)
    }
    guard let before = play else { return .proceed }
    var run = before
    guard run.answer(text) != nil else { return .proceed }
    scenarioCheckpoint = (before, text)
    play = run
    advance()
    return .proceed
  }

  /// A correction of the student's last answer in a scenario: the run is taken back to before
  /// that answer, which is judged as the student meant it, and the scenario follows the branch
  /// for the corrected stance (also after an answer that ended it).
  func correctScenarioAnswer(_ correction: Correction) -> ReplAction {
    guard let checkpoint = scenarioCheckpoint, let judged = (play ?? lastRun)?.answers.last else {
      return .proceed
    }
    guard let stance = correction.stanceMeant(judged: judged.stance) else {
      say("Your last answer took no side, so it has no opposite: say which, with /agree or /disagree.")
      return .proceed
    }
    guard stance != judged.stance else {
      say("Your last answer was already read as \(stance.rawValue).")
      return .proceed
    }
    var run = checkpoint.run
    guard let answer = run.answer(checkpoint.answer, correctedTo: stance), answer.stance == stance else {
      say(
        "Your last answer was about none of the essay's claims, so there is nothing to re-judge: /restart to answer again."
      )
      return .proceed
    }
    say(
      style.paint(
        "Re-judged your answer at \(answer.turnID): \(judged.stance.rawValue) → \(stance.rawValue); the scenario goes on from there.",
        .dim))
    play = run
    advance()
    return .proceed
  }

  /// Starts `scenario`; without a seed, each start takes the next one, so alternatives vary.
  func start(_ scenario: Scenario, seed: UInt64?) {
    playSeeded = seed != nil
    scenarioCheckpoint = nil
    let chosen = seed ?? nextSeed
    if seed == nil { nextSeed &+= 1 }
    play = ScenarioRun(scenario: scenario, responder: session.responder, seed: chosen)
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
    for event in run.advance() {
      switch event {
      case .line(let line):
        say(renderer.render(line))
      case .answered(let answer):
        say(style.paint(wrappedSummaryLine(renderer.judged(answer)), .dim))
      case .awaitingStudent(let prompt, let turnID):
        say(labelled(prompt, label: "Your turn:", role: .student))
        play = run
        self.prompt.scenario = run.scenario.id
        self.prompt.turn = turnID
        return
      case .ended(let summary):
        say("")
        say(renderer.summary(summary).map(wrappedSummaryLine).joined(separator: "\n"))
      case .stepLimitReached(let limit, let turnID):
        fail("The scenario stopped after \(limit) turns at '\(turnID)': it loops.")
      }
    }
    play = run
    leaveScenario(note: "The scenario \(run.scenario.id) has ended.")
  }

  private func leaveScenario(note: String) {
    lastRun = play
    freeTurnsAtLastRun = session.replies.count
    play = nil
    prompt.scenario = nil
    prompt.turn = nil
    say(
      style.paint(
        block(note + " Back to free debate: the engine argues the \(session.side.rawValue)'s side."), .dim))
  }

  private func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

  /// `text` wrapped after `label`, the label painted once wrapping has measured it plain.
  /// A summary or `judged:` line wrapped like all other output, its continuation under its first word:
  /// `- wedge: …` hangs by two, `  the essay's position: …` stays indented.
  private func wrappedSummaryLine(_ line: String) -> String {
    let body = line.drop { $0 == " " || $0 == "-" }
    let lead = String(line.prefix(line.count - body.count))
    let wrapped = TextWrapper(width: width ?? Int.max / 2).wrap(
      String(body), indent: String(repeating: " ", count: lead.count))
    return lead + wrapped.dropFirst(lead.count)
  }

  private func labelled(_ text: String, label: String, role: ReplStyle.Role) -> String {
    let wrapped = block(text, label: label)
    guard style.colour, wrapped.hasPrefix(label) else { return wrapped }
    return style.paint(label, role) + wrapped.dropFirst(label.count)
  }
}
