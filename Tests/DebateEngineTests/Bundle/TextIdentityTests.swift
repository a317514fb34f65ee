import DebateContent
import Testing

@testable import DebateEngine

/// A map names its text by file name and SHA-256; a map for another text is refused.
struct TextIdentityTests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func sha256MatchesTheStandardVectors(_ input: String, _ digest: String) {
    #expect(SHA256.hex(input.utf8) == digest)
  }

  @Test func theBuiltInMapNamesTheBuiltInEssay() throws {
    let map = try ArgumentMap.builtIn()
    #expect(map.text == TextIdentity(file: Corpus.builtInFileName, corpus: .builtIn))
    // What `sha256sum scenarios/axis-essay.txt` prints.
    #expect(map.text?.sha256 == "f8b4706f62aec59c8c3be29fd1497c92f38b3c6423089967589663c056905dc9")
  }

  static func map(naming identity: TextIdentity) -> String {
    """
    text: {file: \(identity.file), sha256: \(identity.sha256)}
    claims:
      - id: first
        statement: The first point holds.
        position: holds
        evidence: [¶1.1]
    """
  }

  @Test func aMapForItsOwnTextLoads() throws {
    let corpus = try Corpus(text: "The first point holds. The second does too.")
    let map = try ArgumentMapLoader(corpus: corpus).load(
      Self.map(naming: TextIdentity(file: "notes.txt", corpus: corpus)), file: "map.yaml")
    #expect(map.text?.file == "notes.txt")
    #expect(map.claims.map(\.id) == ["first"])
  }

  @Test func aMapForAnotherTextIsOneClearError() throws {
    let written = try Corpus(text: "The first point holds. The second does too.")
    let other = try Corpus(text: "A different text altogether. It also has sentences.")
    let error = #expect(throws: DiagnosticList.self) {
      try ArgumentMapLoader(corpus: other).load(
        Self.map(naming: TextIdentity(file: "notes.txt", corpus: written)), file: "map.yaml")
    }
    let messages = error?.diagnostics.map(\.message) ?? []
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("this map is for the text 'notes.txt' (sha256 ") == true)
    #expect(error?.diagnostics.first?.line == 1)
  }

  @Test func aMeasurementCanLoadTheEssaysMapOverALargerTextOnPurpose() throws {
    let larger = try Corpus(text: Corpus.builtIn.source + Corpus.builtIn.source)
    #expect(throws: DiagnosticList.self) { try ArgumentMap.builtIn(for: larger) }
    #expect(try ArgumentMap.builtIn(for: larger, checkingText: false).claims.count == 19)
  }

  @Test func theTextIsFoundWithoutLoadingTheMap() {
    let identity = TextIdentity.named(inMap: "text: {file: speech.md, sha256: abc}\nclaims: [oops")
    #expect(identity == nil)  // malformed YAML: nothing to trust
    #expect(
      TextIdentity.named(inMap: "text:\n  file: speech.md\n  sha256: abc\nclaims: []\n")
        == TextIdentity(file: "speech.md", sha256: "abc"))
  }
}
