import DebateContent
import Testing

@testable import DebateEngine

/// Scenario and map files as teachers save them: CRLF, a byte-order mark, duplicated keys,
/// stray control characters, bytes that are not UTF-8, and deep or bracket-heavy text.
struct SavedFileTests {
  static func crlf(_ text: String) -> String { text.replacing("\n", with: "\r\n") }

  static func diagnostics(_ source: String) -> [Diagnostic] {
    do {
      _ = try ScenarioFixtures.load(source)
      return []
    } catch {
      return error.diagnostics
    }
  }

  @Test(arguments: ["crlf", "bom", "bom+crlf", "cr"])
  func aScenarioSavedOnAnotherSystemLoadsLikeTheLFFile(_ variant: String) throws {
    let source = Self.variant(variant, of: ScenarioFixtures.base)
    let scenario = try ScenarioFixtures.load(source)
    #expect(scenario == (try ScenarioFixtures.load(ScenarioFixtures.base)))
  }

  @Test(arguments: ["crlf", "bom", "bom+crlf"])
  func errorsInASavedScenarioKeepTheirLineColumnAndCaret(_ variant: String) throws {
    let lf = ScenarioFixtures.base.replacingFirst("    next: ask", with: "    next: asc")
    let expected = try #require(Self.diagnostics(lf).first)
    let found = try #require(Self.diagnostics(Self.variant(variant, of: lf)).first)
    #expect(found.description == expected.description)
    #expect(found.description.hasSuffix("    next: asc\n          ^"))
  }

  @Test(arguments: ["crlf", "bom", "bom+crlf"])
  func aSavedMapIsStillAMapAndLoads(_ variant: String) throws {
    let shipped = try #require(ScenarioCatalog.shippedMapSource)
    let source = ScenarioCatalog.Source(
      file: "teacher-map.yaml", text: Self.variant(variant, of: shipped.text))
    #expect(source.isArgumentMap)
    let map = try ArgumentMapLoader(corpus: .builtIn).load(source.text, file: source.file)
    #expect(map.claims.count == (try ArgumentMap.builtIn()).claims.count)
    // The loader itself reads the raw text the same way.
    let raw = try ArgumentMapLoader(corpus: .builtIn).load(Self.variant(variant, of: shipped.text), file: "m")
    #expect(raw.claims.count == map.claims.count)
  }

  static func variant(_ name: String, of text: String) -> String {
    switch name {
    case "crlf": crlf(text)
    case "bom": "\u{FEFF}" + text
    case "bom+crlf": "\u{FEFF}" + crlf(text)
    default: text.replacing("\n", with: "\r")
    }
  }

  @Test(arguments: [false, true])
  func aDuplicatedKeyIsReportedAtTheSecondKeyWithoutAContextDump(_ windows: Bool) throws {
    let lf = ScenarioFixtures.base.replacingFirst("    next: ask\n", with: "    next: ask\n    next: fin\n")
    let found = Self.diagnostics(windows ? Self.crlf(lf) : lf)
    #expect(found.count == 1)
    let diagnostic = try #require(found.first)
    #expect(diagnostic.line == 13)
    #expect(diagnostic.column == 5)
    #expect(
      diagnostic.description
        == "t.yaml:13:5: error: duplicate key 'next': a field may appear only once in a mapping\n"
        + "    next: fin\n    ^")
    #expect(!diagnostic.description.contains("Context"))
  }

  @Test func aDuplicatedKeyInAFlowMappingIsReportedAtTheSecondKey() throws {
    let source = ScenarioFixtures.base.replacingFirst(
      "{id: e, name: Essay, side: essay}", with: "{id: e, name: Essay, side: essay, name: E}")
    let diagnostic = try #require(Self.diagnostics(source).first)
    #expect(diagnostic.message.hasPrefix("duplicate key 'name'"))
    #expect((diagnostic.line, diagnostic.column) == (6, 39))
  }

  @Test func aDuplicatedTopLevelKeyIsReportedAtTheSecondKey() throws {
    let source = ScenarioFixtures.base.replacingFirst("motion: M\n", with: "motion: M\ntitle: U\n")
    let diagnostic = try #require(Self.diagnostics(source).first)
    #expect(diagnostic.message.hasPrefix("duplicate key 'title'"))
    #expect((diagnostic.line, diagnostic.column) == (4, 1))
  }

  @Test(arguments: ["\u{07}", "\u{1B}", "\u{7F}", "\u{9B}"])
  func aControlCharacterIsReportedWithItsLineAndColumn(_ character: String) throws {
    let source = ScenarioFixtures.base.replacingFirst("says: Hello.", with: "says: Hel\(character)lo.")
    let diagnostic = try #require(Self.diagnostics(source).first)
    #expect(diagnostic.message.contains("control character U+"))
    #expect((diagnostic.line, diagnostic.column) == (11, 14))
    #expect(diagnostic.description.contains("t.yaml:11:14: error: "))
  }

  @Test func bytesThatAreNotTextAreLocated() throws {
    var bytes = Array("id: t\ntitle: ok\nmotion: M\u{E9}\n".utf8)
    bytes[bytes.count - 3] = 0xFF
    guard case .failure(let invalid) = ScenarioCatalog.Source.decoding(bytes, file: "t.yaml") else {
      Issue.record("invalid UTF-8 was accepted")
      return
    }
    #expect((invalid.line, invalid.column) == (3, 10))
    #expect(invalid.message.contains("invalid UTF-8 (byte 0xFF)"))
    let nul = Array("id: t\r\ntitle: a\u{0}b\n".utf8)
    guard case .failure(let binary) = ScenarioCatalog.Source.decoding(nul, file: "t.yaml") else {
      Issue.record("a NUL byte was accepted")
      return
    }
    #expect((binary.line, binary.column) == (2, 9))
    guard
      case .success(let source) = ScenarioCatalog.Source.decoding(
        [0xEF, 0xBB, 0xBF] + Array("a: 1\r\n".utf8), file: "t")
    else {
      Issue.record("a BOM file was refused")
      return
    }
    #expect(source.text == "a: 1\n")
  }

  @Test func bracketsInsideQuotesAreNotNesting() throws {
    let brackets = String(repeating: "[", count: 70) + String(repeating: "{", count: 70)
    for title in ["\"\(brackets)\"", "'\(brackets)'", "\"say \\\"\(brackets)\""] {
      let source = ScenarioFixtures.base.replacingFirst("title: T", with: "title: \(title)")
      let scenario = try ScenarioFixtures.load(source)
      #expect(scenario.title.contains(brackets))
    }
  }

  @Test func nestingDeeperThanTheParserAllowsIsLocated() throws {
    let depth = YAMLReader.maximumDepth * 2
    let deep = "id: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    let diagnostic = try #require(Self.diagnostics(deep).first)
    #expect(diagnostic.message == "nesting is deeper than \(YAMLReader.maximumDepth) levels")
    #expect(diagnostic.line == 1)
    #expect(diagnostic.column > 1)
    #expect(diagnostic.description.hasSuffix("^"))
    let unclosed = try #require(Self.diagnostics("id: " + String(repeating: "{", count: depth)).first)
    #expect(unclosed.message == diagnostic.message)
    // Just under the limit parses (and is then only the wrong type).
    let fine = YAMLReader.maximumDepth - 10
    let shallow = "id: " + String(repeating: "[", count: fine) + String(repeating: "]", count: fine) + "\n"
    #expect(Self.diagnostics(shallow).allSatisfy { !$0.message.contains("nesting") && $0.line > 0 })
  }

  /// Nine anchors, each listing the previous one nine times: 9⁹ nodes when expanded.
  static let aliasBomb =
    "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + (1..<9).map { level -> String in
      let name = String(UnicodeScalar(UInt8(97 + level)))
      let previous = String(UnicodeScalar(UInt8(96 + level)))
      return "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
        + "]\n"
    }.joined()

  @Test(arguments: ["? *i\n: x\n", "? [*i, *i]\n: x\n", "{*i : x}: y\n"])
  func anAliasBombUsedAsAKeyIsRefusedAtOnceWhereItStands(_ use: String) throws {
    let clock = ContinuousClock()
    let start = clock.now
    let diagnostic = try #require(Self.diagnostics(Self.aliasBomb + use).first)
    #expect(clock.now - start < .seconds(5))
    #expect(diagnostic.message.hasPrefix("an alias (*name) cannot be used in a key"))
    #expect(diagnostic.line == 10)
    #expect(diagnostic.column > 1)
  }

  @Test func anAliasBombAsAValueIsOnlyTheWrongType() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let found = Self.diagnostics(Self.aliasBomb + "id: *i\ntitle: *i\ncast: *i\nturns: *i\n")
    #expect(clock.now - start < .seconds(5))
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.line > 0 && $0.column > 0 })
    let map = Self.aliasBomb + "synonyms: *i\nclaims: *i\n"
    #expect(throws: DiagnosticList.self) { try ArgumentMapLoader(corpus: .builtIn).load(map, file: "m") }
  }

  @Test func aDuplicateKeyOnAVeryLongLineIsFoundInTimeLinearInTheLine() throws {
    let words = String(repeating: "word ", count: 100_000)
    let source = "{id: t, id: u, says: \(words)}\n"
    let clock = ContinuousClock()
    let start = clock.now
    let diagnostic = try #require(Self.diagnostics(source).first)
    #expect(clock.now - start < .seconds(5))
    #expect(diagnostic.message.hasPrefix("duplicate key 'id'"))
    #expect((diagnostic.line, diagnostic.column) == (1, 9))
  }
}
