import Foundation
import Testing

/// `debate text` run as a built binary: what scripts and people see.
struct TextCommandTests {
  /// The essay as shipped, read from the package, not from the binary under test.
  static let essay: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return try! String(contentsOf: root.appending(path: "scenarios/axis-essay.txt"), encoding: .utf8)
  }()

  @Test func printsOneUnitPerLineWithEighteenSentences() async throws {
    let result = try await DebateRun.run(["text"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.filter { $0.contains("¶") }.count == 18)
    #expect(lines.prefix(3).map { $0.prefix { $0 != "\t" } } == ["title", "subtitle", "caption"])
    try Golden.expect(result.stdout, matches: "text-essay.txt")
  }

  @Test func everyEssaySentenceIsPrintedVerbatim() async throws {
    let result = try await DebateRun.run(["text"])
    let sentences = result.stdout.split(separator: "\n").filter { $0.hasPrefix("¶") }
      .map { $0.drop { $0 != "\t" }.dropFirst() }
    #expect(sentences.count == 18)
    for sentence in sentences {
      #expect(Self.essay.contains(sentence), "\(sentence)")
    }
    // Together with the front lines they cover the whole essay, in order.
    let units = result.stdout.split(separator: "\n").map { $0.drop { $0 != "\t" }.dropFirst() }
    let essayLines = Self.essay.split(separator: "\n")
    #expect(units.prefix(3).elementsEqual(essayLines.prefix(3)))
    #expect(units.dropFirst(3).joined(separator: " ") == essayLines.dropFirst(3).joined(separator: " "))
  }

  @Test(arguments: [("2.5", "¶2.5"), ("¶2.4", "¶2.4"), ("title", "title"), ("CAPTION", "caption")])
  func printsOneRef(_ typed: String, _ printed: String) async throws {
    let result = try await DebateRun.run(["text", "--ref", typed])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    try #require(lines.count == 1)
    #expect(lines[0].hasPrefix("\(printed)\t"))
  }

  @Test(arguments: ["9.9", "0.1", "h7", "¶"])
  func unknownRefIsOneClearError(_ typed: String) async throws {
    let result = try await DebateRun.run(["text", "--ref", typed])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("debate: "))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func wrapsToTheTerminalWidth() async throws {
    // `script` gives the program a pseudo-terminal; with no real window, COLUMNS sets the width.
    let script = URL(fileURLWithPath: "/usr/bin/script")
    try #require(FileManager.default.isExecutableFile(atPath: script.path), "needs util-linux script")
    let command = "'\(DebateRun.binary.path)' text --ref 2.5"
    let result = try await DebateRun.run(
      script, ["-qec", command, "/dev/null"], environment: ["COLUMNS": "40", "TERM": "dumb"])
    #expect(result.status == 0)
    let lines = result.stdout.replacing("\r\n", with: "\n").split(separator: "\n")
    #expect(lines.count > 5)
    #expect(lines.first?.hasPrefix("¶2.5 ") == true)
    #expect(lines.allSatisfy { $0.count <= 40 })
    let piped = try await DebateRun.run(["text", "--ref", "2.5"]).stdout
    let sentence = piped.drop { $0 != "\t" }.dropFirst().split(whereSeparator: \.isWhitespace)
    #expect(lines.joined(separator: " ").split(separator: " ").dropFirst().elementsEqual(sentence))
  }

  @Test func binaryCopiedAloneStillPrintsTheEssay() async throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "debate-alone-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appending(path: "debate")
    try DebateRun.copyBinary(to: copy)
    let result = try await DebateRun.run(copy, ["text"], in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("¶") }.count == 18)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["debate"])
  }

  // MARK: --corpus

  static func removeScratch(_ path: String) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
  }

  /// Writes `bytes` (or a folder, for nil) into a fresh temporary folder and returns its path.
  static func scratch(_ name: String, _ bytes: [UInt8]?) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appending(path: "debate-corpus-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appending(path: name)
    if let bytes {
      try Data(bytes).write(to: url)
    } else {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    return url.path
  }

  @Test(
    arguments: [
      ("missing", nil, "no such file"),
      ("empty", [], "it is empty"),
      ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], "binary"),
      ("latin1", Array("caf".utf8) + [0xE9], "not valid UTF-8"),
      ("folder", nil, "folder"),
    ] as [(String, [UInt8]?, String)])
  func unusableCorpusIsOneLineAndStatusOne(_ kind: String, _ bytes: [UInt8]?, _ why: String) async throws {
    var path = try Self.scratch(kind, bytes)
    defer { Self.removeScratch(path) }
    if kind == "missing" { path += "-not-there" }
    let result = try await DebateRun.run(["text", "--corpus", path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("debate: cannot use \(path): "))
    #expect(result.stderr.contains(why))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func unreadableCorpusIsOneLineAndStatusOne() async throws {
    let path = try Self.scratch("secret.txt", Array("Hidden text.".utf8))
    defer { Self.removeScratch(path) }
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
    // Root reads any file, so as root run `debate` as nobody through setpriv.
    let result: DebateRun.Result
    if getuid() == 0 {
      let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
      try #require(FileManager.default.isExecutableFile(atPath: setpriv.path), "needs setpriv as root")
      // A copy next to the file, since nobody may not reach the build folder.
      let copy = URL(fileURLWithPath: path).deletingLastPathComponent().appending(path: "debate")
      try DebateRun.copyBinary(to: copy)
      let drop = ["--reuid=65534", "--regid=65534", "--clear-groups", copy.path]
      result = try await DebateRun.run(setpriv, drop + ["text", "--corpus", path])
    } else {
      result = try await DebateRun.run(["text", "--corpus", path])
    }
    #expect(result.status == 1)
    #expect(result.stderr == "debate: cannot use \(path): permission denied\n")
  }

  @Test func otherTextIsCitedFromItsOwnLines() async throws {
    let path = try Self.scratch("notes.md", Array("# Notes\n\nFirst point. Second\npoint.\n".utf8))
    defer { Self.removeScratch(path) }
    let result = try await DebateRun.run(["text", "--corpus", path])
    #expect(result.status == 0)
    #expect(result.stdout == "h1\tNotes\n¶1.1\tFirst point.\n¶1.2\tSecond point.\n")
  }
}
