import Foundation
import Testing

/// The partner session in the README is what the binary prints for `docs/partner-session.txt`.
struct READMESessionTests {
  @Test func theREADMEShowsARealRun() async throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let input = try String(contentsOf: root.appending(path: "docs/partner-session.txt"), encoding: .utf8)
    let readme = try String(contentsOf: root.appending(path: "README.md"), encoding: .utf8)
    let result = try await DebateRun.run(["repl"], stdin: input)
    #expect(result.status == 0)
    var shown: [String] = []
    for line in result.stdout.split(separator: "\n") { shown.append("    " + line) }
    let block = readme.split(separator: "\n").filter { $0.hasPrefix("    ") && !$0.hasPrefix("    > ") }
      .map(String.init)
    for line in shown { #expect(block.contains(line), "not in the README: \(line)") }
  }
}
