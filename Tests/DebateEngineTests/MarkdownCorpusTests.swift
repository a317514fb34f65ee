import Testing

@testable import DebateEngine

/// Markdown read by cmark-gfm, and title lines in plain text: units without markers, each still
/// an exact slice of the source.
struct MarkdownCorpusTests {
  static func texts(_ corpus: Corpus) -> [String: String] {
    Dictionary(uniqueKeysWithValues: corpus.units.map { ($0.ref.description, $0.text) })
  }

  /// Every unit is the source's bytes at its range.
  static func expectSlices(_ corpus: Corpus) {
    let bytes = Array(corpus.source.utf8)
    for unit in corpus.units {
      #expect(String(decoding: bytes[unit.byteRange], as: UTF8.self) == unit.text, "\(unit.ref)")
    }
  }

  @Test func bulletItemsAreUnitsWithoutTheirMarkers() throws {
    let corpus = try Corpus(
      text: "Intro line.\n\n- First item\n- Second item.\n  More of it.\n", format: .markdown)
    #expect(corpus.units.map(\.text) == ["Intro line.", "First item", "Second item.", "More of it."])
    #expect(corpus.units.map(\.ref.description) == ["¶1.1", "¶2.1", "¶2.2", "¶2.3"])
    Self.expectSlices(corpus)
  }

  @Test func numberedMarkersAreNotUnits() throws {
    let corpus = try Corpus(text: "1. Taxes are theft.\n2. Roads need taxes.\n10) Ten.\n", format: .markdown)
    #expect(corpus.units.map(\.text) == ["Taxes are theft.", "Roads need taxes.", "Ten."])
    #expect(!corpus.units.contains { $0.text.first?.isNumber == true })
    Self.expectSlices(corpus)
  }

  @Test func blockQuoteMarkersAreNotPartOfAQuote() throws {
    let corpus = try Corpus(
      text: "> We hold these truths.\n> All men are equal.\n>\n> > Nested one.\n", format: .markdown)
    #expect(corpus.units.map(\.text) == ["We hold these truths.", "All men are equal.", "Nested one."])
    #expect(!corpus.units.contains { $0.text.contains(">") })
    Self.expectSlices(corpus)
  }

  @Test func emphasisWrappingAUnitIsDroppedAndInsideItStaysVerbatim() throws {
    let corpus = try Corpus(
      text: "*The state is a tool.* It is **only** a tool. __Use it well.__\n", format: .markdown)
    #expect(corpus.units.map(\.text) == ["The state is a tool.", "It is **only** a tool.", "Use it well."])
    Self.expectSlices(corpus)
  }

  @Test func headingsStayUnitsInBothStyles() throws {
    let corpus = try Corpus(
      text: "# First ##\n\nBody one.\n\nSecond part\n-----------\n\nBody two.\n", format: .markdown)
    #expect(
      Self.texts(corpus) == ["h1": "First", "¶1.1": "Body one.", "h2": "Second part", "¶2.1": "Body two."])
    Self.expectSlices(corpus)
  }

  @Test func codeAndHTMLAreNotCited() throws {
    let corpus = try Corpus(
      text: "Text here.\n\n```\nlet x = 1.\n```\n\n<div>html.</div>\n\n---\n", format: .markdown)
    #expect(corpus.units.map(\.text) == ["Text here."])
  }

  @Test func multibyteTextAndCRLFKeepExactRanges() throws {
    let corpus = try Corpus(text: "Intro — “quoted.”\r\n\r\n- Ünïcode item.\r\n- 中文。\r\n", format: .markdown)
    #expect(corpus.units.map(\.text) == ["Intro — “quoted.”", "Ünïcode item.", "中文。"])
    Self.expectSlices(corpus)
  }

  @Test func sameTextAsPlainKeepsMarkers() throws {
    let corpus = try Corpus(text: "- one.\n- two.\n", format: .plain)
    #expect(corpus.units.map(\.text) == ["- one.", "- two."])
  }

  @Test func plainTitleAndSubtitleAboveTheFirstParagraphAreFrontLines() throws {
    let body = String(repeating: "The first paragraph argues a point at some length. ", count: 5)
    let corpus = try Corpus(text: "Civil Government\nA Short Essay\n\(body)\n\nAnother paragraph.\n")
    #expect(corpus.units.prefix(2).map(\.ref.description) == ["title", "subtitle"])
    #expect(corpus.units.prefix(2).map(\.text) == ["Civil Government", "A Short Essay"])
    #expect(
      corpus.unit(.sentence(paragraph: 1, sentence: 1))?.text
        == "The first paragraph argues a point at some length.")
    #expect(corpus.paragraphCount == 2)
    Self.expectSlices(corpus)
  }

  @Test func titleLinesAboveAShortTextAreFrontLines() throws {
    let corpus = try Corpus(
      text: "On Taxes\nA letter to the editor\nSir, the new tax on windows is unjust, and I say so plainly.\n"
    )
    #expect(corpus.units.map(\.ref.description) == ["title", "subtitle", "¶1.1"])
    let plain = try Corpus(text: "First point.\nSecond point.\n")
    #expect(!plain.units.contains { $0.kind == .front })
  }

  @Test func aHardWrappedFirstParagraphKeepsItsFirstLine() throws {
    let corpus = try Corpus(
      text: """
        The first line of a hard-wrapped paragraph is about as long as
        The lines after it, so it stays in the paragraph and is no title.

        Second paragraph.
        """)
    #expect(!corpus.units.contains { $0.kind == .front })
    #expect(corpus.units.first?.text.hasPrefix("The first line") == true)
  }

  @Test func aTitleLineEndingInAPeriodOrCommaIsNoTitle() throws {
    for first in ["Dear Sir,", "It rained."] {
      let corpus = try Corpus(
        text: "\(first)\nThe rest of the paragraph is long and goes on and on for a while.\n\nMore.\n")
      #expect(!corpus.units.contains { $0.kind == .front }, "\(first)")
    }
  }

  @Test func formatFollowsTheFileName() {
    #expect(TextFormat(fileName: "essay.MD") == .markdown)
    #expect(TextFormat(fileName: "a.markdown") == .markdown)
    #expect(TextFormat(fileName: "a.txt") == .plain)
    #expect(TextFormat(fileName: "md") == .plain)
  }
}
