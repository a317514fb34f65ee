import Testing

@testable import DebateEngine

/// Every diagnostic the scenario loader reports, with its line and column.
struct ScenarioLoaderTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let old: String
    let new: String
    let line: Int
    let column: Int
    let message: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "malformed YAML", old: "title: T", new: "title: [T", line: 3, column: 7, message: "malformed YAML"
    ),
    Case(
      name: "wrong type", old: "cast:\n", new: "cast: 3\nx:\n", line: 4, column: 7,
      message: "a cast member must be a mapping"),
    Case(
      name: "unknown top field", old: "cast:\n", new: "cast: 3\nx:\n", line: 5, column: 1,
      message: "unknown field 'x'"),
    Case(
      name: "missing field", old: "title: T\n", new: "", line: 1, column: 1,
      message: "missing the field 'title'"),
    Case(
      name: "unknown field with hint", old: "    says: Hello.", new: "    sayz: Hello.", line: 11, column: 5,
      message: "unknown field 'sayz' in a turn; did you mean 'says'?"),
    Case(
      name: "duplicate turn", old: "  - id: fin", new: "  - id: a", line: 20, column: 9,
      message: "duplicate turn id 'a'"),
    Case(
      name: "duplicate speaker", old: "{id: e, name: Essay", new: "{id: m, name: Essay", line: 6, column: 10,
      message: "duplicate speaker id 'm'"),
    Case(
      name: "unknown speaker", old: "    speaker: m\n", new: "    speaker: mod\n", line: 10, column: 14,
      message: "unknown speaker 'mod' in turn 'a'"),
    Case(
      name: "unknown side", old: "side: moderator", new: "side: moderatr", line: 5, column: 30,
      message: "did you mean 'moderator'?"),
    Case(
      name: "unknown ref", old: "quote: ¶2.5", new: "quote: ¶9.9", line: 22, column: 12,
      message: "unknown ref '¶9.9' in turn 'fin'"),
    Case(
      name: "unknown claim", old: "quote: ¶2.5", new: "answer: mediatr", line: 22, column: 13,
      message: "unknown claim 'mediatr'; did you mean 'mediator'?"),
    Case(
      name: "unknown branch claim", old: "{stance: disagree, next: fin}", new: "{claim: wedg, next: fin}",
      line: 18,
      column: 17, message: "unknown claim 'wedg'"),
    Case(
      name: "unknown stance", old: "{stance: disagree", new: "{stance: agrees", line: 18, column: 18,
      message: "stance must be one of"),
    Case(
      name: "dangling next", old: "    next: ask", new: "    next: asc", line: 12, column: 11,
      message: "turn 'a' goes to unknown turn 'asc'; did you mean 'ask'?"),
    Case(
      name: "unreachable turn", old: "    default: fin",
      new: "    default: fin\n  - id: lost\n    speaker: m\n    says: Nobody hears me.\n    next: fin",
      line: 20,
      column: 9, message: "turn 'lost' is never reached from the start 'a'"),
    Case(
      name: "no default branch", old: "    default: fin\n", new: "", line: 13, column: 5,
      message: "student turn 'ask' has no default branch"),
    Case(
      name: "loop nothing leaves", old: "    default: fin",
      new:
        "    default: x\n  - id: x\n    speaker: m\n    says: Round\n    next: y\n  - id: y\n    speaker: m\n    says: and round.\n    next: x",
      line: 20, column: 9, message: "turn 'x' can never reach an end: 'x', 'y' loop"),
    Case(
      name: "no end", old: "    quote: ¶2.5\n    end: true", new: "    quote: ¶2.5\n    next: a", line: 9,
      column: 9,
      message: "the scenario has no end turn"),
    Case(
      name: "no next", old: "    next: ask\n", new: "", line: 9, column: 9,
      message: "turn 'a' has no next turn and is not an end"),
    Case(
      name: "two contents", old: "    says: Hello.", new: "    says: Hello.\n    quote: ¶2.5", line: 12,
      column: 5,
      message: "says more than one thing"),
    Case(
      name: "unknown start", old: "turns:", new: "start: b\nturns:", line: 8, column: 8,
      message: "start names unknown turn 'b'"),
    Case(
      name: "essay speaker misquotes", old: "    quote: ¶2.5",
      new: "    says: As I wrote, “Beijing could play the role of a mediator”.", line: 22, column: 23,
      message: "is attributed to the essay but is not in it verbatim"),
    Case(
      name: "line attributes a misquote", old: "    says: Hello.",
      new: "    says: The essay says \"China is a mediator\".",
      line: 11, column: 26, message: "“China is a mediator” is attributed to the essay"),
    Case(
      name: "student turn with says", old: "    prompt: Well?", new: "    prompt: Well?\n    says: Hi",
      line: 16, column: 5,
      message: "student turn 'ask' cannot use 'says'"),
    Case(
      name: "reply by unknown speaker", old: "    prompt: Well?", new: "    prompt: Well?\n    reply: ese",
      line: 16,
      column: 12, message: "unknown speaker 'ese' in reply of turn 'ask'"),
    Case(
      name: "when names unknown turn", old: "    says: Hello.",
      new: "    says: Hello.\n    when: {visited: nowhere}",
      line: 12, column: 21, message: "depends on unknown turn 'nowhere'"),
    Case(
      name: "not a boolean", old: "    end: true", new: "    end: maybe", line: 23, column: 10,
      message: "end of turn 'fin' must be true or false"),
  ]

  @Test(arguments: cases)
  func reportsTheProblemWhereItIs(_ test: Case) throws {
    let diagnostics = ScenarioFixtures.diagnostics(replacing: test.old, with: test.new)
    let match = diagnostics.first { $0.message.contains(test.message) }
    let found = try #require(match, "got: \(diagnostics.map(\.description))")
    #expect(found.file == "t.yaml")
    #expect(found.line == test.line)
    #expect(found.column == test.column)
    #expect(found.description.contains("t.yaml:\(test.line):\(test.column): error: "))
  }

  @Test func loadsTheBaseFixture() throws {
    let scenario = try ScenarioFixtures.load(ScenarioFixtures.base)
    #expect(scenario.id == "t")
    #expect(scenario.start == "a")
    #expect(scenario.turns.map(\.id) == ["a", "ask", "fin"])
    #expect(scenario.turn("ask")?.isStudent == true)
  }

  @Test func collectsEveryProblemAtOnce() {
    var source = ScenarioFixtures.base.replacingFirst("    speaker: m\n", with: "    speaker: mod\n")
    source = source.replacingFirst("quote: ¶2.5", with: "quote: ¶9.9")
    source = source.replacingFirst("side: moderator", with: "side: judge")
    #expect(throws: DiagnosticList.self) { try ScenarioFixtures.load(source) }
    do {
      _ = try ScenarioFixtures.load(source)
    } catch {
      #expect(error.diagnostics.count == 3)
      #expect(error.diagnostics.map(\.line).sorted() == [5, 10, 22])
    }
  }

  @Test func caretPointsAtTheColumn() throws {
    let diagnostics = ScenarioFixtures.diagnostics(replacing: "    next: ask", with: "    next: asc")
    let text = try #require(diagnostics.first).description
    #expect(text.hasSuffix("    next: asc\n          ^"))
  }

  @Test func refusesHugeAndDeeplyNestedFiles() {
    let huge = ScenarioFixtures.base + "# " + String(repeating: "x", count: YAMLReader.maximumBytes) + "\n"
    #expect(ScenarioFixtures.diagnostics(huge).first?.message.contains("at most") == true)
    let depth = YAMLReader.maximumDepth * 2
    let deep = "id: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    #expect(ScenarioFixtures.diagnostics(deep).first?.message.contains("nesting is deeper") == true)
    #expect(ScenarioFixtures.diagnostics("").first?.message == "the file is empty")
  }

  @Test func quotationsNestCurlyQuotes() {
    let line = "It says “as if, moreover, a “mediator” were needed” and \"Axis\"."
    let quotes = QuotationCheck.quotations(in: line).map(\.text)
    #expect(quotes == ["as if, moreover, a “mediator” were needed", "Axis"])
  }
}

extension ScenarioFixtures {
  static func diagnostics(_ source: String) -> [Diagnostic] {
    do {
      _ = try load(source)
      return []
    } catch {
      return error.diagnostics
    }
  }
}
