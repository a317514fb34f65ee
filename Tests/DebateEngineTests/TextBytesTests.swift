import DebateEngine
import Testing

/// The one check every file and stream goes through before it is read as text.
struct TextBytesTests {
  @Test func validTextDecodesAsIs() throws {
    #expect(try TextBytes.decode(Array("Привет, 世界 👋\n".utf8)).get() == "Привет, 世界 👋\n")
  }

  @Test(
    arguments: [
      ([0xFF, 0xFE, 0x41, 0x00], TextBytes.Problem.utf16),
      ([0x41, 0x42, 0x00, 0x43], .nul(offset: 2)),
      ([0x41, 0xC3, 0xA9, 0xFF, 0x41], .invalidUTF8(byte: 0xFF, offset: 3)),
      // Invalid UTF-8 after a NUL: the first problem is the one reported.
      ([0x00, 0xFF], .nul(offset: 0)),
      ([0x41, 0xE2, 0x82], .invalidUTF8(byte: 0xE2, offset: 1)),
    ] as [([UInt8], TextBytes.Problem)])
  func reportsTheFirstProblemAndWhere(_ bytes: [UInt8], _ problem: TextBytes.Problem) {
    #expect(throws: problem) { try TextBytes.decode(bytes).get() }
  }

  @Test func corporaAndDataFilesAgreeOnWhatIsText() throws {
    let binary: [UInt8] = Array("claims: []\n".utf8) + [0]
    #expect(throws: CorpusError.binary) { try Corpus(bytes: binary) }
    guard case .failure(let diagnostic) = ScenarioCatalog.Source.decoding(binary, file: "m.yaml") else {
      Issue.record("a NUL byte in a data file must be refused")
      return
    }
    #expect(diagnostic.line == 2 && diagnostic.column == 1)
    let invalid: [UInt8] = Array("a\r\nbé".utf8) + [0xFF]
    #expect(throws: CorpusError.notUTF8) { try Corpus(bytes: invalid) }
    guard case .failure(let located) = ScenarioCatalog.Source.decoding(invalid, file: "m.yaml") else {
      Issue.record("invalid UTF-8 in a data file must be refused")
      return
    }
    #expect(located.message == "invalid UTF-8 (byte 0xFF); save the file as UTF-8")
    #expect(located.line == 2 && located.column == 3)
  }
}
