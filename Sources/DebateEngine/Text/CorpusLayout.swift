/// Finds front lines, headings, paragraphs and sentences in a text.
///
/// Plain text: paragraphs are blocks separated by blank lines; a text with no blank lines (like
/// the essay) has one paragraph per line. Up to three short lines before the first long
/// paragraph are front lines (`title`, `subtitle`, `caption`), unless the text uses Markdown
/// headings; a title and a subtitle line standing directly above the first paragraph, with no
/// blank line between, are front lines too, and so are title-like lines (no final period or
/// comma) above a longer first sentence in a text of short paragraphs only. Markdown is read by cmark-gfm (`MarkdownBlocks`).
struct CorpusLayout {
  let text: String
  let splitter: SentenceSplitter
  var format: TextFormat = .plain

  static let frontNames = ["title", "subtitle", "caption"]
  /// Lines at most this long (in characters) may be front lines rather than body.
  static let frontLineLimit = 200

  /// A block of text: its segments are slices of the source that sentences never cross (a
  /// paragraph is one; a Markdown list has one per item, a block quote one per line).
  struct Block {
    var segments: [Substring]
    var heading: Substring?
    var length: Int { segments.reduce(0) { $0 + $1.count } }
  }

  func units() -> [CitableUnit] {
    var blocks = format == .markdown ? MarkdownBlocks(text: text).blocks() : self.plainBlocks()
    let hasHeadings = blocks.contains { $0.heading != nil }
    var units: [CitableUnit] = []
    var bodyStart = 0
    if !hasHeadings {
      // The first paragraph: the first long block, or the first block in a text of short ones.
      let firstLong = blocks.firstIndex(where: { $0.length > Self.frontLineLimit })
      bodyStart = min(firstLong ?? Self.shortTitleLines(blocks), Self.frontNames.count)
      if bodyStart < Self.frontNames.count, bodyStart < blocks.count {
        let lines = Self.frontLines(of: blocks[bodyStart], room: Self.frontNames.count - bodyStart)
        if !lines.front.isEmpty {
          blocks.replaceSubrange(
            bodyStart...bodyStart, with: lines.front.map { Block(segments: [$0]) } + [lines.body])
          bodyStart += lines.front.count
        }
      }
      // A front block of several lines ("Title" over "Author", no blank line between) is one
      // front line per line, when there are names enough for them.
      let frontLines = blocks.prefix(bodyStart).flatMap { block in
        block.segments[0].split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter {
          !$0.isEmpty
        }
      }
      let front =
        frontLines.count <= Self.frontNames.count
        ? frontLines : blocks.prefix(bodyStart).map { $0.segments[0] }
      for (name, line) in zip(Self.frontNames, front) {
        units.append(unit(.front(name), .front, line))
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
      var sentence = 0
      for segment in block.segments {
        for range in splitter.sentences(in: segment) {
          sentence += 1
          units.append(
            unit(.sentence(paragraph: paragraph, sentence: sentence), .sentence, segment[range]))
        }
      }
    }
    return units
  }

  /// In a text of short paragraphs only: the leading one-line blocks that read as titles (no
  /// final `.`, `,`, `;` or `:`), when a longer block that ends like a sentence follows them.
  static func shortTitleLines(_ blocks: [Block]) -> Int {
    func titleLike(_ block: Block) -> Bool {
      guard block.heading == nil, block.segments.count == 1, let text = block.segments.first,
        !text.contains(where: \.isNewline), let last = text.last
      else { return false }
      return !".,;:".contains(last)
    }
    let lead = min(blocks.prefix(while: titleLike).count, frontNames.count)
    guard lead > 0, lead < blocks.count, let last = blocks[lead].segments.last?.last,
      ".!?…”\"".contains(last), blocks.prefix(lead).allSatisfy({ $0.length < blocks[lead].length })
    else { return 0 }
    return lead
  }

  /// Up to `room` (at most two) title lines at the top of a paragraph: short lines with no
  /// final period or comma, each followed by a line that starts like a sentence and shorter
  /// than half the paragraph's longest line, so a hard-wrapped paragraph keeps its first line.
  static func frontLines(of block: Block, room: Int) -> (front: [Substring], body: Block) {
    guard block.segments.count == 1, let paragraph = block.segments.first else { return ([], block) }
    let lines = paragraph.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }
    guard lines.count >= 2, let longest = lines.map(\.count).max() else { return ([], block) }
    var front: [Substring] = []
    for (i, line) in lines.enumerated().dropLast() where front.count == i && front.count < min(room, 2) {
      let next = lines[i + 1]
      guard let last = line.last, let start = next.first,
        !".,;-–—".contains(last), line.count * 2 <= longest, line.count <= frontLineLimit,
        start.isUppercase || start.isNumber || "“\"‘'(".contains(start)
      else { break }
      front.append(line)
    }
    guard let lastFront = front.last else { return ([], block) }
    let body = paragraph[lastFront.endIndex...].trimmingWhitespace()
    return (front, Block(segments: [body]))
  }

  private func plainBlocks() -> [Block] {
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
      if let range = current { blocks.append(Block(segments: [text[range].trimmingWhitespace()])) }
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
        blocks.append(Block(segments: [trimmed], heading: heading))
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
    let slice = format == .markdown ? Self.unwrappingEmphasis(slice) : slice
    let utf8 = text.utf8
    let lower = utf8.distance(from: utf8.startIndex, to: slice.startIndex)
    let upper = lower + slice.utf8.count
    return CitableUnit(ref: ref, kind: kind, text: String(slice), byteRange: lower..<upper)
  }

  /// A unit wrapped whole in emphasis (`*…*`, `**…**`, `_…_`) without the markers. Markers
  /// inside a unit stay: a unit is always one unbroken slice of the source.
  static func unwrappingEmphasis(_ slice: Substring) -> Substring {
    var inner = slice
    while let mark = inner.first, mark == "*" || mark == "_" {
      let run = inner.prefix { $0 == mark }
      guard run.count <= 3, inner.count > run.count * 2, inner.hasSuffix(run),
        inner.dropFirst(run.count).first?.isWhitespace == false
      else { break }
      inner = inner.dropFirst(run.count).dropLast(run.count)
    }
    return inner
  }
}
