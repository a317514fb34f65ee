import DebateContent
import DebateEngine
import Foundation

/// The built-in responder, built once for all responder tests.
enum ResponderFixture {
  static let responder: Responder = {
    do { return try Responder.builtIn() } catch { fatalError("built-in map does not load: \(error)") }
  }()

  /// A labelled student turn, as in the development set's format.
  struct LabelledTurn: Decodable, Sendable, CustomStringConvertible {
    let id: String
    let utterance: String
    let stance: Stance
    let evidence: [String]
    var style: String?
    var description: String { "\(id): \(utterance)" }
  }

  /// The folder of fixture files, `Tests/DebateEngineTests/Fixtures`.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "Fixtures")

  /// The labelled turns of a fixture file; a line that does not decode fails the test that
  /// reads it, naming the line, rather than being dropped.
  static func turns(_ file: String) throws -> [LabelledTurn] {
    let text = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
    return try text.split(separator: "\n").enumerated().map { number, line in
      do {
        return try JSONDecoder().decode(LabelledTurn.self, from: Data(line.utf8))
      } catch {
        throw FixtureError(message: "\(file):\(number + 1): \(error)")
      }
    }
  }

  struct FixtureError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }

  /// Every labelled fixture file, oldest first.
  static let files = [
    "paraphrase-turns.jsonl", "paraphrase-turns-2.jsonl", "paraphrase-turns-3.jsonl",
    "independent-turns.jsonl",
    "independent-turns-2.jsonl", "independent-turns-3.jsonl", "independent-turns-4.jsonl",
    "independent-turns-5.jsonl", "independent-turns-6.jsonl", "independent-turns-7.jsonl",
    "independent-turns-8.jsonl", "independent-turns-9.jsonl", "independent-turns-10.jsonl",
    "independent-turns-11.jsonl", "independent-turns-12.jsonl", "independent-turns-13.jsonl",
  ]
}
