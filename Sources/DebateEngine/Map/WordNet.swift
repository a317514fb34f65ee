/// WordNet 3.0 synonyms, read from the dictionary's own files (`index.noun`, `data.noun`, …, as
/// Debian's `wordnet-base` installs them in /usr/share/wordnet). The engine gets the bytes; the
/// executable reads the files.
///
/// An index line is `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`, sorted
/// by lemma; a data line, at its byte offset, is `offset lex_filenum ss_type w_cnt(hex) word
/// lex_id … | gloss`. Of a word's senses, the one whose words and gloss share most words with
/// the text is taken (the most frequent sense on a tie), so `state` in an essay on government
/// gives `nation, country`, not `condition`; a word none of whose senses shares a word with the
/// text gets no synonyms.
public struct WordNet: Sendable {
  public enum PartOfSpeech: String, Sendable, CaseIterable { case noun, verb, adj }

  struct Files: Sendable {
    let index: [UInt8]
    let data: [UInt8]
    let lineStarts: [Int]
  }

  private let files: [PartOfSpeech: Files]

  /// The dictionary from each part of speech's `index` and `data` file contents.
  public init(files: [PartOfSpeech: (index: [UInt8], data: [UInt8])]) {
    var parsed: [PartOfSpeech: Files] = [:]
    for (pos, pair) in files {
      var starts = [0]
      for (i, byte) in pair.index.enumerated() where byte == 0x0A && i + 1 < pair.index.count {
        starts.append(i + 1)
      }
      parsed[pos] = Files(index: pair.index, data: pair.data, lineStarts: starts)
    }
    self.files = parsed
  }

  /// One sense of a word: its synonyms (the word itself left out) and gloss.
  public struct Sense: Sendable, Equatable {
    public var words: [String]
    public var gloss: String
  }

  /// Synonyms of `word` in the sense that best fits `context` (lower-case words of the text),
  /// at most `limit`, in WordNet's order; empty when WordNet does not know the word.
  ///
  /// Only a word's first senses of each part of speech are considered when `frequentSenses` is
  /// given (WordNet lists them most frequent first): a rare sense ("lyric" for `words`, "burst"
  /// for `fit`) whose gloss happens to share a word with the text is a trap.
  public func synonyms(
    of word: String, context: Set<String>, limit: Int = 3, frequentSenses: Int? = nil
  ) -> [String] {
    let lower = word.lowercased()
    var best: (score: Int, rank: Int, sense: Sense)?
    var rank = 0
    for pos in PartOfSpeech.allCases {
      for lemma in Self.baseForms(of: lower, pos) {
        let found = senses(of: lemma, pos)
        for sense in found.prefix(frequentSenses ?? found.count) {
          rank += 1
          guard !sense.words.isEmpty else { continue }
          let words = (sense.words.joined(separator: " ") + " " + sense.gloss).lowercased()
            .split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 && $0 != lower }
          let score = Set(words).subtracting(EnglishCues.stopwords).intersection(context).count
          // A sense the text's own words do not confirm is no better than a guess: none.
          if score > 0, best.map({ score > $0.score }) ?? true { best = (score, rank, sense) }
        }
        if !found.isEmpty { break }
      }
    }
    guard let sense = best?.sense else { return [] }
    return Array(sense.words.filter { $0 != lower }.prefix(limit))
  }

  /// How many senses the word has, over every part of speech (in each, of the form with most:
  /// `words` has 5 as a noun, `word` 10): a word of many senses ("first", "allow", "state") is
  /// common and vague.
  public func senseCount(of word: String) -> Int {
    let lower = word.lowercased()
    var total = 0
    for pos in PartOfSpeech.allCases {
      guard let file = files[pos] else { continue }
      total +=
        Self.baseForms(of: lower, pos).map { lemma in
          guard let line = indexLine(of: lemma, in: file) else { return 0 }
          let fields = line.split(separator: " ")
          return fields.count > 2 ? Int(fields[2]) ?? 0 : 0
        }.max() ?? 0
    }
    return total
  }

  /// Every sense of `lemma` as a part of speech, most frequent first.
  public func senses(of lemma: String, _ pos: PartOfSpeech) -> [Sense] {
    guard let file = files[pos], let line = indexLine(of: lemma.replacing(" ", with: "_"), in: file) else {
      return []
    }
    let fields = line.split(separator: " ")
    guard fields.count > 4, let synsets = Int(fields[2]), let pointers = Int(fields[3]) else { return [] }
    let firstOffset = 4 + pointers + 2
    guard fields.count >= firstOffset + synsets else { return [] }
    return fields[firstOffset..<(firstOffset + synsets)].compactMap { raw in
      Int(raw).flatMap { sense(at: $0, in: file, lemma: lemma) }
    }
  }

  private func indexLine(of lemma: String, in file: Files) -> Substring? {
    let key = Array(lemma.utf8)
    var low = 0
    var high = file.lineStarts.count
    while low < high {
      let mid = (low + high) / 2
      let start = file.lineStarts[mid]
      var end = start
      while end < file.index.count, file.index[end] != 0x20, file.index[end] != 0x0A { end += 1 }
      let word = file.index[start..<end]
      if word.elementsEqual(key) {
        var lineEnd = end
        while lineEnd < file.index.count, file.index[lineEnd] != 0x0A { lineEnd += 1 }
        return Substring(decoding: file.index[start..<lineEnd], as: UTF8.self)
      }
      if word.lexicographicallyPrecedes(key) { low = mid + 1 } else { high = mid }
    }
    return nil
  }

  private func sense(at offset: Int, in file: Files, lemma: String) -> Sense? {
    guard offset >= 0, offset < file.data.count else { return nil }
    var end = offset
    while end < file.data.count, file.data[end] != 0x0A { end += 1 }
    let line = String(decoding: file.data[offset..<end], as: UTF8.self)
    let parts = line.split(separator: "|", maxSplits: 1)
    let fields = parts[0].split(separator: " ")
    guard fields.count > 4, let count = Int(fields[3], radix: 16), fields.count >= 4 + count * 2 else {
      return nil
    }
    var words: [String] = []
    for i in 0..<count {
      var word = String(fields[4 + i * 2]).replacing("_", with: " ")
      // adjective markers: (a), (p)
      if let paren = word.firstIndex(of: "(") { word = String(word[..<paren]) }
      let lower = word.lowercased()
      if lower != lemma, !words.contains(lower) { words.append(lower) }
    }
    let gloss = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: " \n") : ""
    return Sense(words: words, gloss: gloss)
  }

  /// The word and the base forms WordNet's detachment rules give it (morphy, without the
  /// exception lists): `governments` → `government`, `ruling` → `rule`.
  static func baseForms(of word: String, _ pos: PartOfSpeech) -> [String] {
    let rules: [(String, String)] =
      switch pos {
      case .noun:
        [("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"), ("s", "")]
      case .verb:
        [
          ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
          ("s", ""),
        ]
      case .adj: [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
      }
    var forms = [word]
    for (suffix, ending) in rules where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
      let base = String(word.dropLast(suffix.count)) + ending
      if !forms.contains(base) { forms.append(base) }
    }
    return forms
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let c = s.first, set.contains(c) { s.removeFirst() }
    while let c = s.last, set.contains(c) { s.removeLast() }
    return String(s)
  }
}
