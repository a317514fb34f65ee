import DebateContent
import Testing

@testable import DebateEngine

/// The built-in essay and a Markdown sample, cut into units that are exact slices of the source.
struct CorpusTests {
  static let markdown = """
    # The Axis Question

    Beijing and Moscow are close. Are they allies?
    Nobody agrees, e.g. on the U.S. role.

    ## A Closer Look

    Growth was 3.5 percent… Then it fell!
    J. Smith wrote “make peace.” Nobody listened.

    ### Open Questions ###
    Is it an axis?

    """

  @Test func essayHasFrontLinesAndEighteenSentences() {
    let corpus = Corpus.builtIn
    #expect(corpus.units.prefix(3).map(\.ref.description) == ["title", "subtitle", "caption"])
    #expect(corpus.title?.hasPrefix("Can We Talk About an Axis") == true)
    #expect(corpus.sentences.count == 18)
    #expect(corpus.paragraphCount == 4)
    let perParagraph = (1...4).map { p in corpus.sentences.filter { $0.paragraph == p }.count }
    #expect(perParagraph == [2, 5, 7, 4])
  }

  @Test(arguments: [
    ("¶2.4", "“move closer to China to force Moscow to make peace.”"),
    ("2.2", "Qin Gang, and of most"),
    ("¶2.4", "February 24, 2022, they switched"),
    ("2.5", "Ukraine—as if, moreover, a “mediator” were needed"),
    ("4.4", "“Unlimited friendship,” as it is officially described"),
  ])
  func essaySentenceKeepsItsPhrases(_ ref: String, _ phrase: String) throws {
    let parsed = try #require(UnitRef(parsing: ref))
    let unit = try #require(Corpus.builtIn.unit(parsed))
    #expect(unit.text.contains(phrase))
  }

  @Test func essaySentenceEndsInsideClosingQuote() throws {
    let unit = try #require(Corpus.builtIn.unit(.sentence(paragraph: 2, sentence: 4)))
    #expect(unit.text.hasSuffix("make peace.”"))
  }

  @Test(arguments: [Corpus.builtIn.source, markdown, markdown.replacing("\n", with: "\r\n")])
  func everyUnitIsAnExactSliceOfTheSource(_ text: String) throws {
    let corpus = try Corpus(text: text)
    let bytes = Array(corpus.source.utf8)
    #expect(!corpus.units.isEmpty)
    for unit in corpus.units {
      let slice = String(decoding: bytes[unit.byteRange], as: UTF8.self)
      #expect(slice == unit.text, "\(unit.ref)")
      #expect(corpus.containsVerbatim(unit.text))
    }
  }

  @Test func markdownHeadingsAreUnitsInDocumentOrder() throws {
    let corpus = try Corpus(text: Self.markdown)
    let listing = corpus.units.map { "\($0.ref) \($0.text)" }
    #expect(
      listing == [
        "h1 The Axis Question",
        "¶1.1 Beijing and Moscow are close.",
        "¶1.2 Are they allies?",
        "¶1.3 Nobody agrees, e.g. on the U.S. role.",
        "h2 A Closer Look",
        "¶2.1 Growth was 3.5 percent…",
        "¶2.2 Then it fell!",
        "¶2.3 J. Smith wrote “make peace.”",
        "¶2.4 Nobody listened.",
        "h3 Open Questions",
        "¶3.1 Is it an axis?",
      ])
    #expect(corpus.title == "The Axis Question")
  }

  @Test func windowsLineEndingsGiveTheSameUnits() throws {
    let unix = try Corpus(text: Self.markdown)
    let windows = try Corpus(text: Self.markdown.replacing("\n", with: "\r\n"))
    #expect(windows.units.map(\.ref) == unix.units.map(\.ref))
    #expect(
      windows.units.map { $0.text.replacing("\r\n", with: "\n") } == unix.units.map(\.text))
  }

  @Test func essayWithTrailingNewlineKeepsItsLayout() throws {
    let corpus = try Corpus(text: Corpus.builtIn.source + "\n")
    #expect(corpus.units.map(\.ref) == Corpus.builtIn.units.map(\.ref))
    #expect(corpus.units.map(\.text) == Corpus.builtIn.units.map(\.text))
  }

  /// A title and its byline with no blank line between them, then a blank line: each is a
  /// front line of its own, so neither quote runs across a line break.
  @Test func titleOverBylineAreTwoFrontLines() throws {
    let body = String(repeating: "Opinion grows in the open and withers where it is silenced. ", count: 5)
    let corpus = try Corpus(text: "A Plea for Open Argument\nby A. Writer\n\n\(body)\n")
    #expect(corpus.units.prefix(3).map(\.ref.description) == ["title", "subtitle", "¶1.1"])
    #expect(corpus.units.prefix(2).map(\.text) == ["A Plea for Open Argument", "by A. Writer"])
  }

  @Test func plainTextWithoutFrontLinesIsAllBody() throws {
    let corpus = try Corpus(text: "One short line. Two.\nAnother line.\n")
    #expect(corpus.units.map(\.ref.description) == ["¶1.1", "¶1.2", "¶2.1"])
  }

  @Test(arguments: [
    ([UInt8](), CorpusError.empty),
    (Array(" \n\t\n".utf8), .empty),
    ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], .binary),
    ([0x41, 0xC3, 0x28, 0x42], .notUTF8),
    ([0xFF, 0xFE, 0x41, 0x00], .notUTF8),
  ])
  func unusableBytesAreRejectedWithAReason(_ bytes: [UInt8], _ expected: CorpusError) {
    #expect(throws: expected) { try Corpus(bytes: bytes) }
  }

  @Test func byteOrderMarkIsDropped() throws {
    let corpus = try Corpus(bytes: [0xEF, 0xBB, 0xBF] + Array("Hello there. Bye.".utf8))
    #expect(corpus.units.map(\.text) == ["Hello there.", "Bye."])
  }
}
