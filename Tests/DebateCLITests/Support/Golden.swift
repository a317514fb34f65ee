import Foundation
import Testing

/// Compares output with a golden file in `Tests/DebateCLITests/Golden/`.
///
/// A difference is a test failure. To accept new output deliberately, run the tests with
/// `DEBATE_RECORD_GOLDEN=1`: the file is rewritten and the test fails once more, saying so,
/// so a recording run can never pass by accident; review the diff and commit it.
enum Golden {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Golden")

  static func expect(
    _ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let file = folder.appending(path: name)
    if ProcessInfo.processInfo.environment["DEBATE_RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file)
      Issue.record("recorded \(name); run again without DEBATE_RECORD_GOLDEN", sourceLocation: sourceLocation)
      return
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
      Issue.record(
        "no golden file \(name); record it with DEBATE_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard actual != expected else { return }
    // Name the first line that differs rather than printing two whole transcripts.
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(want.count, got.count)
    let show = { (lines: [Substring]) in line < lines.count ? "\(lines[line])" : "(end of output)" }
    Issue.record(
      "output differs from Golden/\(name) at line \(line + 1):\n  expected: \(show(want))\n  actual:   \(show(got))",
      sourceLocation: sourceLocation)
  }
}
