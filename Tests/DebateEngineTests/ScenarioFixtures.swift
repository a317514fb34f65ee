import DebateContent
import DebateEngine
import Foundation

/// A small valid scenario and helpers to load variations of it against the built-in essay.
enum ScenarioFixtures {
  static let responder: Responder = try! Responder.builtIn()
  static let loader = ScenarioLoader(corpus: responder.corpus, map: responder.map)

  /// Line numbers matter: the loader tests point at them.
  static let base = """
    id: t
    title: T
    motion: M
    cast:
      - {id: m, name: Mod, side: moderator}
      - {id: e, name: Essay, side: essay}
      - {id: s, name: Student, side: student}
    turns:
      - id: a
        speaker: m
        says: Hello.
        next: ask
      - id: ask
        speaker: s
        prompt: Well?
        sample: China could mediate.
        branches:
          - {stance: disagree, next: fin}
        default: fin
      - id: fin
        speaker: e
        quote: ¶2.5
        end: true

    """

  static func load(_ source: String) throws(DiagnosticList) -> Scenario {
    try loader.load(source, file: "t.yaml")
  }

  /// The diagnostics for `base` with `old` replaced by `new` (once); empty when it loads.
  static func diagnostics(replacing old: String, with new: String) -> [Diagnostic] {
    precondition(base.contains(old), "fixture has no \(old)")
    let source = base.replacingFirst(old, with: new)
    do {
      _ = try load(source)
      return []
    } catch {
      return error.diagnostics
    }
  }
}

extension String {
  func replacingFirst(_ old: String, with new: String) -> String {
    guard let range = range(of: old) else { return self }
    return replacingCharacters(in: range, with: new)
  }
}
