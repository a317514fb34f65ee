/// Splits a paragraph into sentences, returning character ranges into the paragraph.
///
/// Rule-based on purpose: a sentence ends at `.`, `?`, `!`, `…` (or the CJK `。？！`), optionally
/// followed by closing quotes or brackets, then white space and a capital, digit or opening
/// quote. Abbreviations (`Dr.`, `e.g.`, `U.S.`), initials (`J. Smith`) and decimals do not end
/// a sentence; em dashes, commas and quoted phrases never do.
public struct SentenceSplitter: Sendable {
  /// Lower-cased abbreviations, without their final period, that never end a sentence: in the
  /// text, and in a student's turn (the `Tokenizer` reads its sentences with the same list).
  public static let standardAbbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "etc", "e.g", "i.e", "cf",
    "u.s", "u.k", "u.n", "e.u", "vol", "fig", "al", "approx", "gen", "col", "lt", "sgt",
    "gov", "sen", "rep", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "inc", "ltd", "corp", "pp", "eds", "ca",
  ]

  /// The abbreviations this splitter knows; a text with its own can add them.
  public var abbreviations: Set<String> = standardAbbreviations

  public init() {}

  private static let terminators: Set<Character> = [".", "?", "!", "…", "。", "？", "！"]
  // `*` and `_` are Markdown emphasis: `*Done.* Next` ends a sentence after the closing mark.
  private static let closers: Set<Character> = ["”", "’", "\"", "'", ")", "]", "»", "」", "』", "*", "_"]
  private static let openers: Set<Character> = ["“", "‘", "\"", "'", "(", "[", "«", "「", "『", "*", "_"]
  private static let fullWidth: Set<Character> = ["。", "？", "！"]

  /// Ranges of the sentences in `text`, trimmed of surrounding white space.
  public func sentences(in text: Substring) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    var start = text.startIndex
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      guard Self.terminators.contains(c) else {
        i = text.index(after: i)
        continue
      }
      // Take a run of terminators (`?!`, `...`) and any closing quotes after it.
      var end = text.index(after: i)
      while end < text.endIndex, Self.terminators.contains(text[end]) { end = text.index(after: end) }
      while end < text.endIndex, Self.closers.contains(text[end]) { end = text.index(after: end) }
      if isBoundary(text, terminator: i, end: end) {
        appendTrimmed(text[start..<end], to: &result)
        start = end
      }
      i = end
    }
    appendTrimmed(text[start...], to: &result)
    return result
  }

  private func isBoundary(_ text: Substring, terminator: String.Index, end: String.Index) -> Bool {
    if end == text.endIndex { return true }
    if Self.fullWidth.contains(text[terminator]) { return true }
    guard text[end].isWhitespace else { return false }
    var next = end
    while next < text.endIndex, text[next].isWhitespace { next = text.index(after: next) }
    guard next < text.endIndex else { return true }
    let following = text[next]
    let startsSentence =
      following.isUppercase || following.isNumber || Self.openers.contains(following)
      || (following.isLetter && !following.isCased)
    guard startsSentence else { return false }
    let lonePeriod = text[terminator] == "." && text.index(after: terminator) == end
    return !(lonePeriod && isAbbreviation(before: terminator, followedBy: next, in: text))
  }

  /// Whether the word ending just before the period at `dot` is an abbreviation or an initial.
  ///
  /// A lone capital is an initial (`J. Smith`), except the pronoun `I`, which is one only when
  /// another initial follows (`I. M. Pei`), so that `So did I. Then…` still splits.
  private func isAbbreviation(
    before dot: String.Index, followedBy next: String.Index, in text: Substring
  ) -> Bool {
    var wordStart = dot
    while wordStart > text.startIndex {
      let previous = text.index(before: wordStart)
      let c = text[previous]
      if c.isLetter || c == "." { wordStart = previous } else { break }
    }
    let word = text[wordStart..<dot]
    if word.isEmpty { return false }
    if word == "I" { return Self.startsWithInitial(text[next...]) }
    if word.count == 1, let c = word.first, c.isUppercase { return true }  // initial: J. Smith
    return abbreviations.contains(word.lowercased())
  }

  /// Whether `text` starts with a capital and a period, like `M. Pei`.
  private static func startsWithInitial(_ text: Substring) -> Bool {
    var chars = text.makeIterator()
    guard let letter = chars.next(), letter.isUppercase, chars.next() == "." else { return false }
    return true
  }

  private func appendTrimmed(_ piece: Substring, to result: inout [Range<String.Index>]) {
    let trimmed = piece.trimmingWhitespace()
    if !trimmed.isEmpty { result.append(trimmed.startIndex..<trimmed.endIndex) }
  }
}
