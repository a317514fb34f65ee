/// Multi-word cue phrases ("far from", "rather than") indexed by their first word, so finding
/// the phrase that starts at a token costs one lookup instead of a scan of every list.
struct PhraseTable: Sendable {
  private let byFirstWord: [String: [[String]]]

  init(_ phrases: [[String]]) {
    var table: [String: [[String]]] = [:]
    for phrase in phrases {
      guard let first = phrase.first else { continue }
      table[first, default: []].append(phrase)
    }
    // Longest first, so "far from" wins over a one-word phrase starting the same way.
    byFirstWord = table.mapValues { $0.sorted { $0.count > $1.count } }
  }

  /// The phrase that starts at `i` in `tokens`, if any.
  func phrase(at i: Int, in tokens: [Token]) -> [String]? {
    guard let candidates = byFirstWord[tokens[i].word] else { return nil }
    return candidates.first { phrase in
      i + phrase.count <= tokens.count && phrase.indices.allSatisfy { tokens[i + $0].word == phrase[$0] }
    }
  }

  static let dismissals = PhraseTable(EnglishCues.dismissalPhrases)
  static let negators = PhraseTable(EnglishCues.negatorPhrases)
  static let notNegating = PhraseTable(EnglishCues.notNegating)
  static let preferences = PhraseTable(EnglishCues.preferenceMarkers)
}
