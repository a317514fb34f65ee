/// Finds front lines, headings, paragraphs and sentences in a text.
///
/// Paragraphs are blocks separated by blank lines; a text with no blank lines (like the essay)
/// has one paragraph per line. Up to three short lines before the first long paragraph are
/// front lines (`title`, `subtitle`, `caption`), unless the text uses Markdown headings.
struct CorpusLayout {
  let text: String
  let splitter: SentenceSplitter

  static let frontNames = ["title", "subtitle", "caption"]
  /// Lines at most this long (in characters) may be front lines rather than body.
  static let frontLineLimit = 200

  func units() -> [CitableUnit] {
    let blocks = self.blocks()
    let hasHeadings = blocks.contains { $0.heading != nil }
    var units: [CitableUnit] = []
    var bodyStart = 0
    if !hasHeadings, let firstLong = blocks.firstIndex(where: { $0.text.count > Self.frontLineLimit }) {
      bodyStart = min(firstLong, Self.frontNames.count)
      for (i, block) in blocks.prefix(bodyStart).enumerated() {
        units.append(unit(.front(Self.frontNames[i]), .front, block.text))
      }
    }
    var paragraph = 0
    var heading = 0
    for block in blocks.dropFirst(bodyStart) {
      if let title = block.heading {
        heading += 1
        units.append(unit(.front("h\(heading)"), .heading, title))
        continue
      }
      paragraph += 1
      for (s, range) in splitter.sentences(in: block.text).enumerated() {
        units.append(
          unit(.sentence(paragraph: paragraph, sentence: s + 1), .sentence, block.text[range]))
      }
    }
    return units
  }

  private struct Block {
    var text: Substring
    var heading: Substring?
  }

  private func blocks() -> [Block] {
    // `\r\n` is one Character in Swift, so split on any newline, not just on "\n".
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    // Blank lines separate paragraphs only when one stands between two lines of text; a
    // trailing newline or leading blank lines do not turn a one-paragraph-per-line text into one
    // big paragraph.
    let filled = lines.indices.filter { !lines[$0].trimmingWhitespace().isEmpty }
    let blankSeparated =
      filled.count > 1
      && (filled.first!...filled.last!).contains { lines[$0].trimmingWhitespace().isEmpty }
    var blocks: [Block] = []
    var current: Range<String.Index>?
    func flush() {
      if let range = current { blocks.append(Block(text: text[range].trimmingWhitespace())) }
      current = nil
    }
    for line in lines {
      let trimmed = line.trimmingWhitespace()
      if trimmed.isEmpty {
        flush()
        continue
      }
      if let heading = Self.markdownHeading(trimmed) {
        flush()
        blocks.append(Block(text: trimmed, heading: heading))
        continue
      }
      if blankSeparated, let range = current {
        current = range.lowerBound..<line.endIndex
      } else {
        flush()
        current = line.startIndex..<line.endIndex
      }
    }
    flush()
    return blocks
  }

  /// The heading text of an ATX Markdown heading line (`## Title`), without its marks.
  static func markdownHeading(_ line: Substring) -> Substring? {
    let hashes = line.prefix { $0 == "#" }
    guard (1...6).contains(hashes.count) else { return nil }
    let rest = line.dropFirst(hashes.count)
    guard let first = rest.first, first == " " || first == "\t" else { return nil }
    var title = rest.trimmingWhitespace()
    while title.last == "#" { title = title.dropLast() }
    title = title.trimmingWhitespace()
    return title.isEmpty ? nil : title
  }

  private func unit(_ ref: UnitRef, _ kind: CitableUnit.Kind, _ slice: Substring) -> CitableUnit {
    let utf8 = text.utf8
    let lower = utf8.distance(from: utf8.startIndex, to: slice.startIndex)
    let upper = lower + slice.utf8.count
    return CitableUnit(ref: ref, kind: kind, text: String(slice), byteRange: lower..<upper)
  }
}
