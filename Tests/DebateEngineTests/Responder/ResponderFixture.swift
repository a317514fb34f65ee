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
    var description: String { "\(id): \(utterance)" }
  }

  /// The labelled turns of a fixture file in `Tests/DebateEngineTests/Fixtures`.
  static func turns(_ file: String) -> [LabelledTurn] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appending(path: "Fixtures").appending(path: file)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      try? JSONDecoder().decode(LabelledTurn.self, from: Data(line.utf8))
    }
  }
}
