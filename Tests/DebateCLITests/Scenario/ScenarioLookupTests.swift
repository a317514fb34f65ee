import Foundation
import Testing

/// `debate play NAME` names the errors of the file called NAME, and only of that file.
struct ScenarioLookupTests {
  static func folder(broken name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "lookup-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "id: broken\nturns: [\n".write(to: folder.appending(path: name), atomically: true, encoding: .utf8)
    return folder
  }

  @Test func theBrokenFileOfThatNameIsReported() async throws {
    let folder = try Self.folder(broken: "wedge-driving.yaml")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try await DebateRun.run(["play", "--scenarios", folder.path, "wedge-driving"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("debate: scenario 'wedge-driving' has errors:\n"))
    #expect(result.stderr.contains("wedge-driving.yaml:"))
  }

  @Test func aNameThatIsOnlyPartOfABrokenFilesNameIsNoScenario() async throws {
    // "wedge" used to match wedge-driving.yaml's errors, as if that file were the one asked for.
    let folder = try Self.folder(broken: "wedge-driving.yaml")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try await DebateRun.run(["play", "--scenarios", folder.path, "wedge"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("debate: no scenario 'wedge'; the scenarios are: "))
  }
}
