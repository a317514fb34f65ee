import Yams

/// Checks that authored words presented as the essay's are the essay's, character for character.
///
/// A quotation (“…”, "…", ‘…’ or '…') must stand verbatim in the text when the line is spoken
/// by a speaker of side `essay`, or when the line attributes it to the text ("says the essay",
/// "As the author puts it, 'they are allies'"). Nothing is ignored: not case, not punctuation,
/// not spacing. A single quotation mark inside a word (an apostrophe: "the essay's") opens and
/// closes nothing.
struct QuotationCheck {
  let corpus: Corpus

  /// Words that attribute a quotation in the line to the text.
  static let attributions = ["essay", "the text", "the author", "the article"]

  func check(_ line: String, at node: Node, speaker: ScenarioSpeaker?, _ reader: inout YAMLReader) {
    let lowered = line.lowercased()
    guard speaker?.side == .essay || Self.attributions.contains(where: { lowered.contains($0) }) else {
      return
    }
    let quoted = Self.quotations(in: line) + Self.singleQuotations(in: line)
    for quotation in quoted where !corpus.containsVerbatim(quotation.text) {
      let place = locate(quotation, after: node, in: reader.source)
      reader.error(
        "the quotation “\(quotation.text.prefix(60))\(quotation.text.count > 60 ? "…" : "")” is attributed to the essay but is not in it verbatim",
        line: place.line, column: place.column)
    }
  }

  struct Quotation: Equatable {
    /// The opening mark, as written.
    let opening: Character
    let text: String
  }

  /// The quotations in a line, outermost only: “…” may nest, "…" may not.
  static func quotations(in line: String) -> [Quotation] {
    var result: [Quotation] = []
    var depth = 0
    var opening: Character = "“"
    var current = ""
    for character in line {
      if depth == 0 {
        if character == "“" || character == "\"" {
          opening = character
          depth = 1
          current = ""
        }
        continue
      }
      if opening == "\"" && character == "\"" || opening == "“" && character == "”" && depth == 1 {
        depth = 0
        if !current.isEmpty { result.append(Quotation(opening: opening, text: current)) }
        continue
      }
      if opening == "“" && character == "“" { depth += 1 }
      if opening == "“" && character == "”" { depth -= 1 }
      current.append(character)
    }
    return result
  }

  /// Quotations in single marks, ‘…’ or '…': a mark opens at the start or after a space or an
  /// opening bracket or dash, before a letter or digit, and closes after a non-space and before
  /// the end or a non-letter, so apostrophes ("don't", "the People’s") are left alone.
  static func singleQuotations(in line: String) -> [Quotation] {
    let characters = Array(line)
    var result: [Quotation] = []
    var index = 0
    while index < characters.count {
      let mark = characters[index]
      let before = index == 0 ? " " : characters[index - 1]
      let after = index + 1 < characters.count ? characters[index + 1] : " "
      guard mark == "'" || mark == "‘", before.isWhitespace || "([{—–-:“\"".contains(before),
        after.isLetter || after.isNumber
      else {
        index += 1
        continue
      }
      let closing: Character = mark == "'" ? "'" : "’"
      var end = index + 1
      var found: Int?
      while end < characters.count {
        let next = end + 1 < characters.count ? characters[end + 1] : " "
        if characters[end] == closing, !characters[end - 1].isWhitespace, !(next.isLetter || next.isNumber) {
          found = end
          break
        }
        end += 1
      }
      guard let found else { break }
      result.append(Quotation(opening: mark, text: String(characters[(index + 1)..<found])))
      index = found + 1
    }
    return result
  }

  /// Line and column of the quotation's opening mark in the file, searched from the node's
  /// start; the node's own position when the quotation spans lines or uses escapes.
  private func locate(_ quotation: Quotation, after node: Node, in source: String) -> (line: Int, column: Int)
  {
    let fallback = (node.mark?.line ?? 0, node.mark?.column ?? 0)
    guard let mark = node.mark else { return fallback }
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let probe = String(quotation.opening) + quotation.text.prefix { $0 != "\n" }.prefix(12)
    var lineNumber = mark.line
    var startColumn = mark.column
    while lineNumber <= lines.count, lineNumber < mark.line + 50 {
      let scalars = Array(lines[lineNumber - 1].unicodeScalars)
      let text = String(String.UnicodeScalarView(scalars.dropFirst(max(startColumn - 1, 0))))
      if let range = text.range(of: probe) {
        return (
          lineNumber, startColumn + text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        )
      }
      lineNumber += 1
      startColumn = 1
    }
    return fallback
  }
}
