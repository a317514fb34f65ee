import Foundation
import Testing

/// Every file `debate` reads as text goes through the engine's one check, and says what is wrong.
struct TextInputTests {
  static func file(_ bytes: [UInt8]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appending(path: "answers-\(UUID().uuidString).txt")
    try Data(bytes).write(to: url)
    return url
  }

  @Test(
    arguments: [
      ([0x79, 0x65, 0x73, 0x0A, 0xFF, 0x0A], "it is not valid UTF-8 (byte 0xFF); save it as UTF-8"),
      ([0xFF, 0xFE, 0x79, 0x00], "it is UTF-16 text; save it as UTF-8"),
      ([0x79, 0x00, 0x0A], "it has a NUL byte: it looks like a binary file, not text"),
    ] as [([UInt8], String)])
  func anAnswersFileThatIsNotTextSaysWhy(_ bytes: [UInt8], _ why: String) async throws {
    let answers = try Self.file(bytes)
    defer { try? FileManager.default.removeItem(at: answers) }
    let result = try await DebateRun.run(["play", "chinese-mediation", "--answers", answers.path])
    #expect(result.status == 1)
    #expect(result.stderr == "debate: cannot use \(answers.path): \(why)\n")
  }
}
