import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `debate map` and `/map`, run through the built binary.
struct MapCommandTests {
  static let claimIDs = [
    "one-adjective", "phases", "alliance", "wedge", "contain-via-moscow", "closer-to-china", "mediator",
    "axis",
    "between-regimes", "ideological", "changed-since-2012", "tool-and-convergence", "junior-partners",
    "historical-connotation", "totalitarian", "alliance-requires", "trump-question", "too-unequal",
    "unlimited-friendship",
  ]
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
  /// Graphviz draws svg and png; `make` installs it and `make test` requires these tests.
  static let graphviz =
    FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")
    || ProcessInfo.processInfo.environment["DEBATE_REQUIRE_TOOLS"] == "1"

  static let transcript = """
    {"version":1,"entries":[
     {"speaker":"Student","role":"student","text":"Beijing could broker peace.","refs":[],"claim":"mediator","stance":"disagree"},
     {"speaker":"Essay","role":"essay","text":"The essay says: …","refs":["¶2.5"],"claim":"mediator"},
     {"speaker":"Student","role":"student","text":"Axis is the wrong word.","refs":[],"claim":"axis","stance":"disagree"},
     {"speaker":"Opponent","role":"opponent","text":"I agree with you.","refs":[],"claim":"axis"}]}
    """

  func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "map-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func theOutlineShowsEveryClaimWrappedAndLinkedClaimsOnce() throws {
    let result = try DebateRun.run(["map"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    for id in Self.claimIDs { #expect(result.stdout.contains("\(id) [essay "), "\(id)") }
    #expect(result.stdout.contains("  + tool-and-convergence: shown above"))
    #expect(result.stdout.hasPrefix("The essay's argument map: 19 claims"))
    #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
    #expect(
      result.stdout.split(separator: "\n").contains(
        "alliance [essay rejects] China and Russia form a formal alliance."))
  }

  @Test(.enabled(if: graphviz, "Graphviz's dot is not installed; make installs it"))
  func theSVGShowsEveryClaimID() throws {
    let result = try DebateRun.run(["map", "--format", "svg"])
    #expect(result.status == 0)
    let found = SVGNodes(result.stdout)
    #expect(found.parsed)
    #expect(Set(found.nodeIDs) == Set(Self.claimIDs))
    #expect(Set(found.titles).isSuperset(of: Self.claimIDs))
    #expect(found.edges == 13)  // the map's relations
    for id in Self.claimIDs { #expect(found.texts.contains(id), "\(id) is not drawn as text") }
  }

  @Test(.enabled(if: graphviz, "Graphviz's dot is not installed; make installs it"))
  func aPNGIsWrittenWhereDashOSays() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appending(path: "map.png")
    let result = try DebateRun.run(["map", "-o", file.path])
    #expect(result.status == 0)
    let bytes = try [UInt8](Data(contentsOf: file))
    #expect(bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
    #expect(width > 600 && height > 600)
  }

  @Test(.enabled(if: graphviz, "Graphviz's dot is not installed; make installs it"))
  func thePictureInDocsIsWhatDebateMapDraws() throws {
    let committed = try String(
      contentsOf: Self.packageRoot.appending(path: "docs/argument-map.svg"), encoding: .utf8)
    let drawn = try DebateRun.run(["map", "--format", "svg"]).stdout
    #expect(committed == drawn, "docs/argument-map.svg is stale: run make docs")
  }

  @Test func aTranscriptGivesEachClaimItsStatus() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appending(path: "debate.json")
    try Self.transcript.write(to: file, atomically: true, encoding: .utf8)
    let outline = try DebateRun.run(["map", "--transcript", file.path])
    #expect(outline.status == 0)
    let flat = outline.stdout.flattened
    #expect(flat.contains("your objection at turn 1 was answered by ¶2.5"))
    #expect(
      flat.contains("stands: your objection at turn 2 was answered by the essay's claim 'between-regimes'"))
    let json = try DebateRun.run(["map", "--format", "json", "--transcript", file.path])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let claims = try #require(object["claims"] as? [[String: Any]])
    #expect(claims.allSatisfy { $0["status"] is [String: Any] })
    let i23 = try DebateRun.run(["map", "--format", "i23", "--transcript", file.path])
    #expect(i23.stdout.hasPrefix("p af "))
    #expect(i23.stdout.contains("objection at turn 1 to mediator"))
  }

  @Test func theFormatFollowsTheExtensionOfDashO() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appending(path: "map.argdown")
    #expect(try DebateRun.run(["map", "-o", file.path]).status == 0)
    #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("===\ntitle: "))
    let text = folder.appending(path: "other.txt")
    try "A short text. It has two sentences.\n".write(to: text, atomically: true, encoding: .utf8)
    let none = try DebateRun.run(["map", "--corpus", text.path])
    #expect(none.status == 1)
    #expect(none.stderr == "debate: this text has no argument map to show; give one with --map FILE\n")
    let bad = try DebateRun.run(["map", "--format", "pdf"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("pdf"))
  }

  @Test func theREPLShowsTheMapWithWhatStandsSoFar() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appending(path: "mine.dot")
    let result = try DebateRun.run(
      [],
      stdin:
        "Beijing could be an honest broker between Russia and Ukraine.\n/map\n/map \(file.path)\n/map x.doc\n"
    )
    #expect(result.stdout.contains("mediator [essay rejects]"))
    #expect(result.stdout.flattened.contains("your objection at turn 1 was answered by ¶2.5"))
    #expect(result.stdout.contains("Wrote the map to \(file.path) (dot)."))
    #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("digraph"))
    #expect(result.stdout.contains("/map FILE: the file name must end in one of"))
  }

  @Test func scoreSaysWhereEachPositionStandsUnderGroundedSemantics() throws {
    let result = try DebateRun.run(
      [], stdin: "Beijing could be an honest broker between Russia and Ukraine.\n/score\n")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let mediator = try #require(lines.first { $0.hasPrefix("mediator ") })
    #expect(
      mediator.hasSuffix(
        "your objection at turn 1 was answered by ¶2.5 (argued against it 1); last, you argued against the essay: Beijing could mediate"
      ))
    #expect(
      lines.contains {
        $0.hasPrefix("trump-question ") && $0.hasSuffix("open: the essay leaves it an open question (¶4.2)")
      })
    #expect(lines.contains("Grounded semantics: 18 stand, 1 open, 0 fall. /map shows them on the whole map."))
  }
}

extension String {
  /// The words of wrapped output on one line, so a phrase split at a line end still matches.
  fileprivate var flattened: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}

/// The claim boxes and arrows of an SVG drawn by Graphviz, read with an XML parser.
final class SVGNodes: NSObject, XMLParserDelegate {
  var nodeIDs: [String] = []
  var titles: [String] = []
  var texts: [String] = []
  var edges = 0
  var parsed = false
  private var inTitle = false
  private var inText = false

  init(_ svg: String) {
    super.init()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = self
    parsed = parser.parse()
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String]
  ) {
    if name == "g", attributes["class"] == "node", let id = attributes["id"] { nodeIDs.append(id) }
    if name == "g", attributes["class"] == "edge" { edges += 1 }
    inTitle = name == "title"
    inText = name == "text"
    if inTitle { titles.append("") }
    if inText { texts.append("") }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inTitle { titles[titles.count - 1] += string }
    if inText { texts[texts.count - 1] += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?)
  {
    inTitle = false
    inText = false
  }
}
