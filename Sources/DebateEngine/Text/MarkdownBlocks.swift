import CCmark

/// The blocks of a Markdown text as cmark-gfm parses them, each as slices of the source.
///
/// A paragraph is one block; a list (with every item in it, nested lists too) is one block
/// whose items are separate segments, so an item never runs into the next one and its marker
/// (`-`, `*`, `1.`) is never part of it. Inside a block quote each line after the `>` markers is
/// a segment of its own, so no marker stands inside a unit. Headings (ATX and setext) are
/// heading blocks; code blocks, HTML and thematic breaks are not citable and are left out.
struct MarkdownBlocks {
  let text: String

  func blocks() -> [CorpusLayout.Block] {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { return [] }
    let document: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS)
      }
    }
    guard let document else { return [] }
    defer { cmark_node_free(document) }
    var lineStarts = [0]
    for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(i + 1) }
    var walker = Walker(text: text, bytes: bytes, lineStarts: lineStarts)
    walker.visitChildren(of: document, inQuote: false)
    return walker.blocks
  }

  private struct Walker {
    let text: String
    let bytes: [UInt8]
    let lineStarts: [Int]
    var blocks: [CorpusLayout.Block] = []
    /// The segments of the list being collected, when inside a list.
    var list: [Substring]?

    mutating func visitChildren(of node: OpaquePointer, inQuote: Bool) {
      var child = cmark_node_first_child(node)
      while let current = child {
        visit(current, inQuote: inQuote)
        child = cmark_node_next(current)
      }
    }

    mutating func visit(_ node: OpaquePointer, inQuote: Bool) {
      let type = cmark_node_get_type(node)
      switch type {
      case CMARK_NODE_BLOCK_QUOTE:
        visitChildren(of: node, inQuote: true)
      case CMARK_NODE_LIST where list == nil:
        list = []
        visitChildren(of: node, inQuote: inQuote)
        if let segments = list, !segments.isEmpty { blocks.append(CorpusLayout.Block(segments: segments)) }
        list = nil
      case CMARK_NODE_LIST, CMARK_NODE_ITEM:
        visitChildren(of: node, inQuote: inQuote)
      case CMARK_NODE_PARAGRAPH:
        let segments = self.segments(of: node, inQuote: inQuote)
        guard !segments.isEmpty else { return }
        if list != nil {
          list?.append(contentsOf: segments)
        } else {
          blocks.append(CorpusLayout.Block(segments: segments))
        }
      case CMARK_NODE_HEADING:
        guard let title = heading(node) else { return }
        blocks.append(CorpusLayout.Block(segments: [title], heading: title))
      default:
        return  // code, HTML, thematic breaks: nothing to cite
      }
    }

    /// The byte range a node covers, from cmark's source positions (1-based, end inclusive).
    func range(of node: OpaquePointer) -> Range<Int>? {
      let startLine = Int(cmark_node_get_start_line(node))
      let startColumn = Int(cmark_node_get_start_column(node))
      let endLine = Int(cmark_node_get_end_line(node))
      let endColumn = Int(cmark_node_get_end_column(node))
      guard startLine >= 1, endLine >= startLine, startLine <= lineStarts.count, endLine <= lineStarts.count
      else { return nil }
      let lower = lineStarts[startLine - 1] + max(startColumn - 1, 0)
      let upper = min(lineStarts[endLine - 1] + max(endColumn, 0), bytes.count)
      guard lower < upper else { return nil }
      return lower..<upper
    }

    func slice(_ range: Range<Int>) -> Substring {
      let utf8 = text.utf8
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
      return text[lower..<upper]
    }

    /// A paragraph's text; in a block quote, one segment per line without its `>` markers.
    func segments(of node: OpaquePointer, inQuote: Bool) -> [Substring] {
      guard let range = range(of: node) else { return [] }
      let whole = slice(range).trimmingWhitespace()
      guard inQuote else { return whole.isEmpty ? [] : [whole] }
      var result: [Substring] = []
      for line in whole.split(whereSeparator: \.isNewline) {
        var rest = line.trimmingWhitespace()
        while rest.first == ">" { rest = rest.dropFirst().trimmingWhitespace() }
        if !rest.isEmpty { result.append(rest) }
      }
      return result
    }

    /// A heading's title without its `#` marks or setext underline.
    func heading(_ node: OpaquePointer) -> Substring? {
      guard let range = range(of: node) else { return nil }
      var whole = slice(range).trimmingWhitespace()
      while whole.first == ">" { whole = whole.dropFirst().trimmingWhitespace() }
      if let atx = CorpusLayout.markdownHeading(whole) { return atx }
      // Setext: the title stands above a line of `=` or `-`.
      guard let lastBreak = whole.lastIndex(where: \.isNewline) else { return nil }
      let title = whole[..<lastBreak].trimmingWhitespace()
      return title.isEmpty ? nil : title
    }
  }
}
