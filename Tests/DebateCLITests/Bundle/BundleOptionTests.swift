import Foundation
import Testing

/// `--bundle DIR` on the subcommands, `debate check --bundle`, and `--corpus` never checked
/// against the built-in essay's map and scenarios.
struct BundleOptionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static var shipped: String { root.appending(path: "scenarios").path }

  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "bundle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func theShippedEssayIsABundle() async throws {
    let result = try await DebateRun.run(["check", "--bundle", Self.shipped])
    #expect(result.status == 0)
    #expect(result.stdout == "checked 6 files: 5 scenarios, 1 argument map; no problems\n")
    let ask = try await DebateRun.run([
      "ask", "--json", "--bundle", Self.shipped, "Beijing could mediate in Ukraine.",
    ])
    #expect(ask.stdout.contains(#""claim":"mediator""#))
    let text = try await DebateRun.run(["text", "--bundle", Self.shipped, "--ref", "title"])
    #expect(text.stdout.hasPrefix("title\tCan We Talk About an Axis"))
  }

  @Test func anotherTextAloneIsNeverCheckedAgainstTheEssaysFiles() async throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = folder.appending(path: "notes.txt")
    try "The first point holds. The second does too.\n".write(to: text, atomically: true, encoding: .utf8)
    let check = try await DebateRun.run(["check", "--corpus", text.path])
    #expect(check.status == 1)
    #expect(check.stderr.contains("nothing to check for \(text.path)"))
    let list = try await DebateRun.run(["play", "--list", "--corpus", text.path])
    #expect(list.stdout.isEmpty)
  }

  @Test func theEssaysMapAgainstAnotherTextIsAnError() async throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = folder.appending(path: "notes.txt")
    try "The first point holds. The second does too.\n".write(to: text, atomically: true, encoding: .utf8)
    let map = Self.shipped + "/argument-map.yaml"
    let check = try await DebateRun.run(["check", "--corpus", text.path, "--map", map])
    #expect(check.status == 1)
    #expect(check.stdout.contains("error: this map is for the text 'axis-essay.txt' (sha256 f8b4706f62ae…)"))
    #expect(check.stdout.hasSuffix("1 argument map; 1 error in 1 file\n"))
    let ask = try await DebateRun.run(["ask", "--corpus", text.path, "--map", map, "hello"])
    #expect(ask.status == 1)
    #expect(ask.stderr.contains("this map is for the text 'axis-essay.txt'"))
  }

  @Test func aFolderThatIsNoBundleIsRefusedWithAReason() async throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = try await DebateRun.run(["ask", "--bundle", folder.path, "hello"])
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("it has no argument-map.yaml"))
    try "claims: []\n".write(
      to: folder.appending(path: "argument-map.yaml"), atomically: true, encoding: .utf8)
    let unnamed = try await DebateRun.run(["check", "--bundle", folder.path])
    #expect(unnamed.status == 1)
    #expect(unnamed.stderr.contains("does not name its text"))
    let both = try await DebateRun.run(["ask", "--bundle", folder.path, "--corpus", "x.txt", "hello"])
    #expect(both.status != 0)
    #expect(both.stderr.contains("--bundle brings its own text"))
  }
}
