import DebateEngine
import Foundation

/// A saved transcript read for the class report: the fields every version has, and the ones
/// later versions add (`student`, a student turn's `corrected` mark) when they are there.
///
/// Read leniently on purpose: a report over a class's files should not fail because one was
/// saved by an older or newer `debate`, only because one is not a transcript at all.
struct ReportTranscript: Decodable {
  struct Entry: Decodable {
    var turn: String?
    var speaker: String?
    var role: SpeakerRole
    var text: String
    var refs: [String]?
    var claim: String?
    var stance: Stance?
    /// Set on a student turn the student corrected (`/agree`, "no, I meant the opposite").
    var corrected: Bool?
  }

  var text: String?
  var scenario: String?
  /// Who saved it, when the transcript says; otherwise the file's name is used.
  var student: String?
  var entries: [Entry]

  /// The transcript in `path`, as one student's debate; a failure says what is wrong with it.
  static func read(_ path: String) throws -> ClassReport.Debate {
    if TranscriptFormat(path: path) == .markdown {
      throw CommandFailure("it is a Markdown transcript; use the .json file")
    }
    let bytes = try readFile(path, limit: 16 << 20)
    let saved: ReportTranscript
    do {
      saved = try JSONDecoder().decode(ReportTranscript.self, from: Data(bytes))
    } catch let error as DecodingError {
      throw CommandFailure("not a JSON transcript: \(TranscriptFormat.describe(error, in: bytes))")
    }
    let name =
      saved.student.flatMap { $0.isEmpty ? nil : $0 }
      ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    var transcript = Transcript(text: saved.text, scenario: saved.scenario)
    var corrected: Set<Int> = []
    for (index, entry) in saved.entries.enumerated() {
      transcript.entries.append(
        TranscriptEntry(
          turn: entry.turn, speaker: entry.speaker ?? entry.role.rawValue, role: entry.role, text: entry.text,
          refs: entry.refs ?? [], claim: entry.claim, stance: entry.stance))
      if entry.corrected == true { corrected.insert(index) }
    }
    return ClassReport.Debate(student: name, transcript: transcript, corrected: corrected)
  }
}
