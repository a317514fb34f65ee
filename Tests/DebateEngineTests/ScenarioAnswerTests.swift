import DebateEngine
import Foundation
import Testing

/// Short answers in teachers' own scenarios, judged against the question asked: each answer
/// file is played as the scorer plays it, and each answer must be given at gold's prompt and
/// judged with gold's stance. Three sets written blind from the essay and the label rules.
struct ScenarioAnswerTests {
  struct Gold: Decodable {
    let scenario: String
    let answersFile: String
    let index: Int
    let promptTurn: String
    let stance: Stance

    enum CodingKeys: String, CodingKey {
      case scenario, index, stance
      case answersFile = "answers_file"
      case promptTurn = "prompt_turn"
    }
  }

  static let responder = ResponderFixture.responder

  @Test(arguments: ["set-A", "set-B", "set-C", "set-D", "set-E"])
  func answersAreJudgedRightInContext(_ set: String) throws {
    let folder = ResponderFixture.folder.appending(path: "scenario-answers/\(set)")
    let gold = try String(contentsOf: folder.appending(path: "gold.jsonl"), encoding: .utf8)
      .split(separator: "\n").map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
    let loader = ScenarioLoader(corpus: Self.responder.corpus, map: Self.responder.map)
    var right = 0
    for file in Set(gold.map(\.answersFile)).sorted() {
      let expected = gold.filter { $0.answersFile == file }.sorted { $0.index < $1.index }
      guard let name = expected.first?.scenario else { continue }
      let source = try String(contentsOf: folder.appending(path: "\(name).yaml"), encoding: .utf8)
      let scenario = try loader.load(source, file: "\(name).yaml")
      let answers = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
      var run = ScenarioRun(scenario: scenario, responder: Self.responder)
      var given: [ScenarioAnswer] = []
      var remaining = answers[...]
      while let event = run.next(), given.count < answers.count {
        guard case .awaitingStudent = event, let answer = remaining.popFirst() else { continue }
        if let judged = run.answer(answer) { given.append(judged) }
      }
      for (gold, judged) in zip(expected, given)
      where gold.promptTurn == judged.turnID && gold.stance == judged.stance {
        right += 1
      }
    }
    let accuracy = Double(right) / Double(gold.count)
    #expect(accuracy >= 0.9, "\(right) of \(gold.count) answers judged right in \(set)")
  }
}
