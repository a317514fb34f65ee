import DebateContent
import DebateEngine
import Foundation
import Testing

/// The solver against an independent one: pygarg (from PyPI), reading our i23 files with its own
/// parser. `make test` installs it into `.build/pyvenv` and requires this test to run; a plain
/// `swift test` without the venv skips it and says why.
struct GroundedCrossCheckTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let python = packageRoot.appending(path: ".build/pyvenv/bin/python")
  static let script = packageRoot.appending(path: "scripts/grounded-crosscheck.py")
  static let required = ProcessInfo.processInfo.environment["DEBATE_REQUIRE_TOOLS"] == "1"
  static let available = FileManager.default.isExecutableFile(atPath: python.path)

  @Test(
    .enabled(
      if: available || required,
      "pygarg is not installed in .build/pyvenv; `make test` installs it and runs this test"))
  func groundedExtensionsAgreeWithPygargOnRandomFrameworks() throws {
    try #require(Self.available, "DEBATE_REQUIRE_TOOLS=1 but \(Self.python.path) is missing")
    var random = SplitMix64(seed: 2023)
    var frameworks: [ArgumentationFramework] = []
    // 1,200 small and medium ones, then hand-checked shapes and the essay's own frameworks.
    for index in 0..<1_200 {
      frameworks.append(RandomFrameworks.next(&random, maxArguments: index < 1_000 ? 12 : 40))
    }
    frameworks.append(ArgumentationFramework())
    frameworks.append(GroundedSolverTests.framework(5, [(1, 2), (2, 3), (3, 4), (4, 5)]))
    frameworks.append(GroundedSolverTests.framework(3, [(1, 2), (2, 3), (3, 1)]))
    frameworks.append(GroundedSolverTests.framework(2, [(1, 1), (2, 2), (1, 2)]))
    // The essay's own framework, alone and after a session (objections, answers, withdrawals).
    let map = try ArgumentMap.builtIn()
    frameworks.append(DebateFramework(map: map).framework)
    var session = DebateSession(responder: Responder(corpus: .builtIn, map: map))
    for turn in [
      "Beijing could be an honest broker between Russia and Ukraine.", "They are real allies.",
      "I agree, they are not allies.", "The word axis is alarmist.",
    ] { session.respond(to: turn) }
    session.side = .opponent
    session.respond(to: "Beijing could mediate a peace deal in Ukraine.")
    frameworks.append(DebateFramework(map: map, transcript: session.transcript).framework)
    let folder = FileManager.default.temporaryDirectory.appending(path: "crosscheck-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (index, framework) in frameworks.enumerated() {
      try ICCMAFormat.i23(framework).write(
        to: folder.appending(path: Self.fileName(index)), atomically: true, encoding: .utf8)
    }
    let theirs = try Self.pygargExtensions(folder)
    #expect(theirs.count == frameworks.count)
    var disagreements = 0
    for (index, framework) in frameworks.enumerated() {
      let ours = GroundedSolver().label(framework).extensionArguments.map { $0 + 1 }
      if theirs[Self.fileName(index)] != ours {
        disagreements += 1
        Issue.record(
          "framework \(index): ours \(ours), pygarg \(theirs[Self.fileName(index)] ?? [])\n\(ICCMAFormat.i23(framework))"
        )
      }
    }
    #expect(disagreements == 0)
    // The random set really contains what the check is for.
    #expect(frameworks.filter { GroundedSolver().label($0).count(.undecided) > 0 }.count > 100)
    #expect(frameworks.filter { $0.attacks.contains { $0.attacker == $0.target } }.count > 100)
  }

  static func fileName(_ index: Int) -> String { "af\(String(index + 10_000).dropFirst()).i23" }

  /// pygarg's grounded extension for every file in `folder`, by file name, 1-based.
  static func pygargExtensions(_ folder: URL) throws -> [String: [Int]] {
    let process = Process()
    process.executableURL = python
    process.arguments = [script.path, folder.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "pygarg exited with \(process.terminationStatus)")
    var result: [String: [Int]] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      result[String(fields[0])] =
        fields.count > 1 ? fields[1].split(separator: " ").compactMap { Int($0) } : []
    }
    return result
  }
}
