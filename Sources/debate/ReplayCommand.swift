import ArgumentParser
import DebateEngine
import Foundation

/// `debate replay FILE.json`: re-runs a saved transcript's student turns and reports each reply
/// that changed; exit 1 if any did. A teacher's regression check after editing a scenario.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Re-run a saved JSON transcript against the current engine and report what changed.")

  @OptionGroup var engine: EngineOptions
  @OptionGroup var folder: ScenarioOptions

  @Argument(
    help: "A transcript saved as JSON (play --transcript, /save).", completion: .file(extensions: ["json"]))
  var file: String

  func run() throws {
    let responder = try engine.responder()
    let saved = try TranscriptFormat.decode(try readFile(file, limit: 16 << 20), path: file)
    var scenario: Scenario?
    if let id = saved.scenario {
      let catalog = ScenarioCatalog(
        sources: try folder.sources(for: engine).sources,
        loader: ScenarioLoader(corpus: responder.corpus, map: responder.map))
      guard let found = catalog.scenario(named: id) else {
        throw CommandFailure(
          "\(file) plays scenario '\(id)', which is not available (or has errors; see 'debate check')")
      }
      scenario = found
    }
    let replayer = TranscriptReplayer(responder: responder)
    let changes = replayer.changes(from: saved, to: replayer.replay(saved, scenario: scenario))
    for change in changes {
      let entry = change.old ?? change.new
      let turn = entry?.turn.map { "turn \($0), " } ?? ""
      try StandardOutput.line(
        "entry \(change.entry) (\(turn)\(entry?.role.rawValue ?? "?")): \(change.differences.joined(separator: "; "))"
      )
      if let entry, entry.role == .student { try StandardOutput.line("  student said: \(entry.text)") }
    }
    let studentTurns = saved.entries.filter { $0.role == .student }.count
    let what = saved.scenario.map { "scenario \($0)" } ?? "a free debate"
    if changes.isEmpty {
      try StandardOutput.line(
        "replayed \(studentTurns) student turn\(studentTurns == 1 ? "" : "s") of \(what): no changes")
    } else {
      try StandardOutput.line(
        "replayed \(studentTurns) student turn\(studentTurns == 1 ? "" : "s") of \(what): \(changes.count) changed"
      )
      throw ExitCode.failure
    }
  }
}
