import DebateEngine
import Foundation

/// The REPL's state between lines: the debate so far, the text and map, how to print.
///
/// Command handlers (`ReplContext+*.swift`) read and change it; the loop owns it.
final class ReplContext {
  var session: DebateSession
  var prompt = PromptState()
  let style: ReplStyle
  /// True on a terminal: banner, colour, wrapping, goodbye.
  let interactive: Bool
  var commands: [ReplCommandSpec] = ReplCommandTable.standard
  /// Where output goes; standard output, flushed at once, unless a test replaces it.
  var write: (String) -> Void = { text in
    print(text)
    StandardStreams.flush()
  }

  /// The scenario files `/scenarios` and `/play` use, and the problems met reading them.
  let scenarioFiles: (sources: [ScenarioCatalog.Source], problems: [Diagnostic])
  /// The scenario being played, if any; lines that are not commands answer its student turns.
  var play: ScenarioRun?
  /// Where the free debate's turns are journaled as they are answered (`ReplContext+Journal`).
  var journal: SessionJournal?
  /// The transcript entries the journal holds.
  var journaled: [TranscriptEntry] = []
  /// The scenario (and seed) whose turns the journal holds, nil for the free debate.
  var journaledScenario: SessionJournal.Header?
  /// Whether `/save` emptied the journal and nothing was journaled since.
  var journalIsEmpty = false
  /// Whether `play` was started with `--seed`: `/restart` then replays the same alternatives.
  var playSeeded = false
  /// The seed the next unseeded `/play` or `/restart` uses, so each run varies its alternatives.
  var nextSeed: UInt64 = 0
  /// The last run played to its end or left, kept until the next one starts: with its summary,
  /// it is what `/history` and `/save` show until a free-debate turn follows it.
  var lastRun: ScenarioRun?
  /// How many free-debate replies the session had when `lastRun` ended.
  var freeTurnsAtLastRun = 0
  /// The scenario run as it was before the student's last answer, and that answer: a
  /// correction answers it again from there and the scenario follows the corrected branch.
  var scenarioCheckpoint: (run: ScenarioRun, answer: String)?
  /// `repl --json`: one JSON record per line instead of rendered text.
  var writesRecords = false
  /// The last error a command reported, for `repl --json`.
  var lastFailure: String?

  init(
    responder: Responder, style: ReplStyle, interactive: Bool,
    scenarioFiles: (sources: [ScenarioCatalog.Source], problems: [Diagnostic]) = ([], [])
  ) {
    session = DebateSession(responder: responder)
    self.style = style
    self.interactive = interactive
    self.scenarioFiles = scenarioFiles
  }

  /// The scenarios, loaded against this text and map the first time they are needed.
  private(set) lazy var scenarios = ScenarioCatalog(
    sources: scenarioFiles.sources, loader: ScenarioLoader(corpus: corpus, map: map))

  var corpus: Corpus { session.responder.corpus }
  var map: ArgumentMap { session.responder.map }
  var claimIDs: [String] { map.claims.map(\.id) }
  var refs: [String] { corpus.units.map { "\($0.ref)" } }

  /// The width to wrap to: the terminal's, read each time so a resize takes effect; none in pipes.
  var width: Int? { interactive ? Terminal.standardOutput.columns : nil }

  var renderer: TextRenderer { TextRenderer(style: style, width: width, map: map) }

  func say(_ text: String) { write(text) }

  func fail(_ text: String) {
    lastFailure = text
    write(style.paint(text, .error))
  }

  /// Wraps `text` with `label` in a gutter on the left (on one line in pipes).
  func block(_ text: String, label: String = "") -> String {
    TextWrapper(width: width ?? Int.max / 2).wrap(text, label: label)
  }

  /// The lines a terminal shows first: the title, the size of the text and map, how to start.
  var banner: String {
    let title = corpus.title ?? "Untitled text"
    return """
      \(style.paint(title, .heading))
      \(corpus.sentences.count) sentences, \(map.claims.count) claims. \
      Type an argument, or /help.
      """
  }

  /// Handles one line: a command when it starts with `/`, else a debate turn.
  func handle(_ line: String) -> ReplAction {
    let text = line.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return .proceed }
    guard text.hasPrefix("/") else {
      if play != nil { return answerTurn(text) }
      scenarioCheckpoint = nil
      let turns = session.replies.count
      let reply = session.respond(to: text)
      // `repl --json` writes the reply as its record instead.
      if !writesRecords {
        if session.replies.count == turns, let first = reply.correctedFrom {
          say(style.paint("Re-judged your last turn: \(first.rawValue) → \(reply.stance.rawValue).", .dim))
        }
        say(renderer.render(reply))
      }
      return .proceed
    }
    let name = String(text.dropFirst().prefix { !$0.isWhitespace })
    let argument = text.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
    guard let command = commands.first(where: { $0.name == name }) else {
      let names = commands.map(\.name)
      if let nearest = EditDistance.nearest(to: name, in: names) {
        fail("Unknown command /\(name). Did you mean /\(nearest)?")
      } else {
        fail("Unknown command /\(name). Type /help for the commands.")
      }
      return .proceed
    }
    return command.handler(self, argument)
  }
}
