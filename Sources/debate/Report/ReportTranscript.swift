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
    /// Set on a student turn the student corrected (`/agree`, "no, I meant the opposite"): true,
    /// or any record of the correction.
    var corrected: Mark?
    /// The same mark under the other name a transcript may give it.
    var correction: Mark?
    /// A reply's parts, when the transcript keeps them: the refs of its quotes are read from them.
    var parts: RefsFound?
  }

  /// Whether a field is there and says yes: `true`, or any non-empty value other than `false`.
  struct Mark: Decodable {
    let isSet: Bool
    init(from decoder: any Decoder) throws {
      let value = try decoder.singleValueContainer()
      if value.decodeNil() {
        isSet = false
      } else if let flag = try? value.decode(Bool.self) {
        isSet = flag
      } else {
        isSet = true
      }
    }
  }

  /// Every `ref` string found anywhere inside a value, in order: the quotes of a reply's parts,
  /// whatever shape the parts take.
  struct RefsFound: Decodable {
    var refs: [String] = []

    private struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
      if var list = try? decoder.unkeyedContainer() {
        while !list.isAtEnd {
          if let inner = try? list.decode(RefsFound.self) {
            refs += inner.refs
          } else {
            _ = try? list.decode(Skip.self)
          }
        }
      } else if let object = try? decoder.container(keyedBy: Key.self) {
        for key in object.allKeys {
          if key.stringValue == "ref", let ref = try? object.decode(String.self, forKey: key) {
            refs.append(ref)
          } else if let inner = try? object.decode(RefsFound.self, forKey: key) {
            refs += inner.refs
          }
        }
      }
    }

    /// Consumes one value of any kind.
    private struct Skip: Decodable { init(from decoder: any Decoder) throws {} }
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
      var refs = entry.refs ?? []
      for ref in entry.parts?.refs ?? [] where !refs.contains(ref) { refs.append(ref) }
      transcript.entries.append(
        TranscriptEntry(
          turn: entry.turn, speaker: entry.speaker ?? entry.role.rawValue, role: entry.role, text: entry.text,
          refs: refs, claim: entry.claim, stance: entry.stance))
      if entry.corrected?.isSet == true || entry.correction?.isSet == true { corrected.insert(index) }
    }
    return ClassReport.Debate(student: name, transcript: transcript, corrected: corrected)
  }
}
