import Foundation
import Testing

/// `debate replay` on a broken transcript names the entry and the field at fault.
struct ReplayInputTests {
  static func saved() async throws -> (folder: URL, json: [String: Any]) {
    let folder = FileManager.default.temporaryDirectory.appending(path: "replay-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appending(path: "t.json")
    let play = try await DebateRun.run(["play", "chinese-mediation", "--transcript", path.path])
    #expect(play.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: path))
    return (folder, try #require(object as? [String: Any]))
  }

  static func replay(_ edit: (inout [String: Any]) -> Void) async throws -> String {
    var (folder, json) = try await saved()
    defer { try? FileManager.default.removeItem(at: folder) }
    edit(&json)
    let path = folder.appending(path: "broken.json")
    try JSONSerialization.data(withJSONObject: json).write(to: path)
    let result = try await DebateRun.run(["replay", path.path])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    return result.stderr.replacingOccurrences(of: path.path, with: "broken.json")
  }

  static func editEntry(_ index: Int, _ json: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
    guard var entries = json["entries"] as? [[String: Any]], entries.indices.contains(index) else { return }
    edit(&entries[index])
    json["entries"] = entries
  }

  static func studentEntry(_ json: [String: Any]) -> Int {
    (json["entries"] as? [[String: Any]])?.firstIndex { $0["role"] as? String == "student" } ?? 0
  }

  @Test func aBadStanceNamesTheEntryAndTheField() async throws {
    let message = try await Self.replay { json in
      let index = Self.studentEntry(json)
      Self.editEntry(index, &json) { $0["stance"] = "maybe" }
    }
    #expect(message.hasPrefix("debate: cannot read broken.json as a JSON transcript: entry "))
    #expect(
      message.hasSuffix(": 'stance' is 'maybe'; use one of agree, disagree, neutral, unrelated\n"),
      "\(message)")
  }

  @Test func aMissingRoleNamesTheEntry() async throws {
    let message = try await Self.replay { json in Self.editEntry(1, &json) { $0["role"] = nil } }
    #expect(
      message
        == "debate: cannot read broken.json as a JSON transcript: entry 2 has no 'role'; use one of student, essay, opponent, moderator\n"
    )
  }

  @Test func noVersionIsNamed() async throws {
    let message = try await Self.replay { $0["version"] = nil }
    #expect(
      message == "debate: cannot read broken.json as a JSON transcript: the transcript has no 'version'\n")
  }

  @Test func aWrongTypeIsNamed() async throws {
    let message = try await Self.replay { json in Self.editEntry(0, &json) { $0["refs"] = 3 } }
    #expect(
      message == "debate: cannot read broken.json as a JSON transcript: entry 1: 'refs' must be a list\n")
  }

  @Test func notJSONAtAll() async throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "replay-\(UUID().uuidString).json")
    try Data("{\"version\": 1,".utf8).write(to: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try await DebateRun.run(["replay", folder.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("as a JSON transcript: it is not valid JSON"))
  }
}
