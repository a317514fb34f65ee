import Synchronization

/// Corrects a misspelt word to a known one at edit distance 1 (2 for long words).
///
/// Uses a deletion index (SymSpell's idea): every known word is stored under each of its
/// one-letter deletions, so a lookup costs a few hash probes instead of a scan of the vocabulary.
struct SpellingCorrector: Sendable {
  /// Builds the index on first use: most one-shot runs never need a correction.
  final class Lazy: Sendable {
    private let state = Mutex<(words: [(String, Int)], built: SpellingCorrector?)>(([], nil))

    init() {}

    func add(_ word: String, minimumLength: Int) {
      guard SpellingCorrector.indexes(word) else { return }
      state.withLock { $0.words.append((word, minimumLength)) }
    }

    func correction(for word: String) -> String? {
      state.withLock { state in
        if state.built == nil {
          var corrector = SpellingCorrector()
          for (word, minimum) in state.words { corrector.add(word, minimumLength: minimum) }
          state.built = corrector
          state.words = []
        }
        return state.built?.correction(for: word)
      }
    }
  }

  private var byDeletion: [String: [String]] = [:]
  private var known: [String: Int] = [:]  // word → minimum length of a word corrected to it

  /// Only words this long or shorter are indexed. A word of n letters costs n deletions of
  /// n - 1 letters each, so one 30,000-letter "word" in a corpus (a run of Chinese characters
  /// without punctuation, a base64 blob) used to cost 40 s and 1 GB; no one misspells a word
  /// that long, and the 20 letters cover "internationalisation".
  static let maximumIndexedLength = 20

  /// Whether `word` goes into the index: letters only, 4 to `maximumIndexedLength` of them.
  /// Checks the length without counting past the limit.
  static func indexes(_ word: String) -> Bool {
    var count = 0
    for character in word {
      count += 1
      if count > maximumIndexedLength || !character.isLetter { return false }
    }
    return count >= 4
  }

  /// How many deletion keys the index holds: what its memory grows with.
  var indexedKeyCount: Int { byDeletion.count }

  mutating func add(_ word: String, minimumLength: Int) {
    guard Self.indexes(word) else { return }
    if let existing = known[word] {
      known[word] = min(existing, minimumLength)
      return
    }
    known[word] = minimumLength
    for key in Self.deletions(of: word) + [word] { byDeletion[key, default: []].append(word) }
  }

  /// The known word closest to `word`, if exactly one is close enough.
  func correction(for word: String) -> String? {
    guard word.count >= 5, word.count <= 30, known[word] == nil, word.allSatisfy(\.isLetter) else {
      return nil
    }
    // "treats", "calling", "sounds": an inflected form is far likelier a real word the engine
    // does not know than a typo of one it does.
    for suffix in ["s", "ed", "ing", "ly"] where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
      return nil
    }
    var candidates: Set<String> = []
    for key in Self.deletions(of: word) + [word] {
      for candidate in byDeletion[key] ?? [] { candidates.insert(candidate) }
    }
    let limit = word.count >= 9 ? 2 : 1
    let scored = candidates.compactMap { candidate -> (String, Int)? in
      // Typists rarely miss the first letter: "sounds" is not a misspelt "bounds".
      guard let minimum = known[candidate], word.count >= minimum, candidate.first == word.first else {
        return nil
      }
      // A swapped letter in a short word is as likely another word ("policy", "police").
      if candidate.count == word.count && word.count < 7 { return nil }
      let distance = EditDistance.distance(word, candidate)
      // Two edits are a typo when they swap letters ("beleive") or leave the last two letters
      // alone; "community" ends otherwise than "communist" and is a word of its own.
      if distance == 2, word.sorted() != candidate.sorted(), word.suffix(2) != candidate.suffix(2) {
        return nil
      }
      return distance <= limit ? (candidate, distance) : nil
    }
    guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return nil }
    let tied = scored.filter { $0.1 == best.1 }
    return tied.count == 1 ? best.0 : nil
  }

  private static func deletions(of word: String) -> [String] {
    let characters = Array(word)
    return characters.indices.map { i in
      var copy = characters
      copy.remove(at: i)
      return String(copy)
    }
  }
}
