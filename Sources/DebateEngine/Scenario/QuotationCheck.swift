import Foundation
import Yams

/// Checks that authored words presented as the essay's are the essay's, character for character.
///
/// A quotation (“…” or "…") must stand verbatim in the text when the line is spoken by a
/// speaker of side `essay`, or when the line attributes it to the text ("says the essay",
/// "the author writes"). Nothing is ignored: not case, not punctuation, not spacing.
struct QuotationCheck {
  let corpus: Corpus

  /// Words that attribute a quotation in the line to the text.
  static let attributions = ["essay", "the text", "the author", "the article"]

  func check(_ line: String, at node: Node, speaker: ScenarioSpeaker?, _ reader: inout YAMLReader) {
    let lowered = line.lowercased()
    guard speaker?.side == .essay || Self.attributions.contains(where: { lowered.contains($0) }) else {
      return
    }
    for quotation in Self.quotations(in: line) where !corpus.containsVerbatim(quotation.text) {
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
