/// The text's runs of eight words in a row, each with the first unit it appears in, so that
/// whether an authored line copies the text is one lookup per run of the line.
///
/// The argument map's counterarguments must be the opponent's own words; checking each one by
/// splitting every unit of the text again made loading the shipped map take half of a one-shot
/// `debate ask`. The index is built on first use only: most maps have no counterarguments.
final class TextRuns {
  static let length = 8
  private let corpus: Corpus
  private var firstUnitByRun: [[Substring]: Int]?

  init(_ corpus: Corpus) { self.corpus = corpus }

  /// The first unit, in text order, that shares a run of eight words with `words`.
  func firstUnit(copiedInto words: String) -> CitableUnit? {
    let authored = Self.words(words)
    guard authored.count >= Self.length else { return nil }
    let index = firstUnitByRun ?? build()
    var first: Int?
    for start in 0...(authored.count - Self.length) {
      if let unit = index[Array(authored[start..<(start + Self.length)])], unit < (first ?? Int.max) {
        first = unit
      }
    }
    return first.map { corpus.units[$0] }
  }

  private static func words(_ text: String) -> [Substring] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }
  }

  private func build() -> [[Substring]: Int] {
    var index: [[Substring]: Int] = [:]
    for (position, unit) in corpus.units.enumerated() {
      let words = Self.words(unit.text)
      guard words.count >= Self.length else { continue }
      for start in 0...(words.count - Self.length) {
        let run = Array(words[start..<(start + Self.length)])
        if index[run] == nil { index[run] = position }
      }
    }
    firstUnitByRun = index
    return index
  }
}
