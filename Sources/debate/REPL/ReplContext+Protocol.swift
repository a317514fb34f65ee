import DebateEngine
import Foundation

/// `debate repl --json`: exactly one JSON object per input line, written and flushed at once,
/// for programs that drive the debate (evaluation scripts, a classroom front end).
///
/// A student turn gives a `ReplTurnRecord`; a command gives a `ReplCommandRecord` with what the
/// command printed, and `error` when it failed. The keys and their order are the contract,
/// documented in the README; `version` says which contract a line follows.
extension ReplContext {
  /// Handles one line and writes its one record.
  func handleAsRecord(_ line: String) -> ReplAction {
    var printed: [String] = []
    let output = write
    write = { printed.append($0) }
    lastFailure = nil
    let text = line.trimmingCharacters(in: .whitespaces)
    let before = session.replies.count
    let scenarioAnswers = play?.answers.count
    let action = text.isEmpty ? .proceed : handle(text)
    write = output
    let record: String
    if text.isEmpty {
      record =
        ReplCommandRecord(command: "", output: "", error: "an empty line: type an argument or a /command")
        .line
    } else if !text.hasPrefix("/"), session.replies.count > before, let reply = session.replies.last {
      record = ReplTurnRecord(turn: session.replies.count, reply: reply, lines: printed).line
    } else if !text.hasPrefix("/"), let answered = playedReply(after: scenarioAnswers) {
      record = ReplTurnRecord(turn: answered.turn, reply: answered.reply, lines: printed).line
    } else {
      let name = text.hasPrefix("/") ? String(text.dropFirst().prefix { !$0.isWhitespace }) : ""
      record =
        ReplCommandRecord(command: name, output: printed.joined(separator: "\n"), error: lastFailure).line
    }
    write(record)
    return action
  }

  /// The reply to a scenario answer just given, with its number among the run's answers.
  private func playedReply(after answers: Int?) -> (turn: Int, reply: Reply)? {
    // The run may have ended with this answer; the session that judged it is then gone, and
    // the last finished run keeps it.
    let run = play ?? lastRun
    guard let run, let reply = run.lastReply, run.answers.count > (answers ?? 0) || play == nil else {
      return nil
    }
    return (run.answers.count, reply)
  }
}

/// A student turn in `repl --json`.
struct ReplTurnRecord: Equatable, Codable {
  var version = ReplRecords.version
  /// The student's turn number in this conversation, from 1 (`/clear` restarts it).
  var turn: Int
  var utterance: String
  var stance: Stance
  var claim: String?
  var evidence: [Citation]
  var reply: String
  var moves: [DialogueMove]
  /// Earlier turn numbers the reply refers to (a contradiction's).
  var recalls: [Int]
  /// Everything else the line made the REPL print: a scenario's speakers and its next prompt.
  var lines: [String]

  init(turn: Int, reply: Reply, lines: [String]) {
    self.turn = turn
    utterance = reply.utterance
    stance = reply.stance
    claim = reply.claimID
    evidence = reply.evidence
    self.reply = reply.text
    moves = reply.moves
    recalls = reply.recalls
    self.lines = lines
  }

  private enum CodingKeys: String, CodingKey {
    case version, turn, utterance, stance, claim, evidence, reply, moves, recalls, lines
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(version, forKey: .version)
    try c.encode(turn, forKey: .turn)
    try c.encode(utterance, forKey: .utterance)
    try c.encode(stance, forKey: .stance)
    // null, not absent: readers always find the key.
    try c.encode(claim, forKey: .claim)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(reply, forKey: .reply)
    try c.encode(moves, forKey: .moves)
    try c.encode(recalls, forKey: .recalls)
    try c.encode(lines, forKey: .lines)
  }

  /// One line, keys in the documented order.
  var line: String { ReplRecords.line(self) }
}

/// A command in `repl --json`: its name (without the slash), what it printed, and its error.
struct ReplCommandRecord: Equatable, Codable {
  var version = ReplRecords.version
  var command: String
  var output: String
  var error: String?

  private enum CodingKeys: String, CodingKey { case version, command, output, error }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(version, forKey: .version)
    try c.encode(command, forKey: .command)
    try c.encode(output, forKey: .output)
    try c.encodeIfPresent(error, forKey: .error)
  }

  /// One line, keys in the documented order; `error` only when there is one.
  var line: String { ReplRecords.line(self) }
}

enum ReplRecords {
  /// The `repl --json` contract's version, bumped when a field changes meaning.
  static let version = 1

  /// The record on one line, keys in the order its `encode(to:)` writes them.
  static func line(_ record: some Encodable) -> String {
    // The records hold only strings, numbers and arrays of them: encoding cannot fail.
    (try? OrderedJSONEncoder().encode(record)) ?? #"{"error":"unencodable record"}"#
  }
}
