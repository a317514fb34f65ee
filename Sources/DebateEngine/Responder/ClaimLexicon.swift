import Foundation

/// The argument map's vocabulary compiled into stem sequences, matched longest first.
///
/// One phrase may serve several claims, each with its own role: "alliance" is a topic word of
/// several claims and asserts the `alliance` claim's statement.
struct ClaimLexicon: Sendable {
  enum Role: Int, Sendable, Comparable {
    case topic, affirm, deny
    static func < (a: Role, b: Role) -> Bool { a.rawValue < b.rawValue }
  }

  struct Use: Sendable, Hashable {
    let claim: Int
    let role: Role
  }

  struct Phrase: Sendable {
    let stems: [String]
    let text: String
    var uses: [Use]
    /// How much the phrase says about which claim a turn is about (0 for function words).
    var weight: Double
  }

  /// Articles and possessives skipped on both sides when matching phrases.
  static let skippable: Set<String> = [
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that",
  ]

  private(set) var phrases: [Phrase] = []
  /// For each claim with `requires` words: the phrases of which one must match.
  private(set) var anchors: [Int: Set<Int>] = [:]
  /// Phrase indices by first stem, longest phrase first.
  private var byFirstStem: [String: [Int]] = [:]

  init(map: ArgumentMap, analyzer: TextAnalyzer) {
    var indexByKey: [[String]: Int] = [:]
    @discardableResult
    func add(_ text: String, claim: Int, role: Role) -> Int? {
      let stems = analyzer.analyze(text, correct: false).tokens
        .filter { !Self.skippable.contains($0.word) }.map(\.stem)
      guard !stems.isEmpty else { return nil }
      if let existing = indexByKey[stems] {
        if let same = phrases[existing].uses.firstIndex(where: { $0.claim == claim }) {
          let strongest = max(phrases[existing].uses[same].role, role)
          phrases[existing].uses[same] = Use(claim: claim, role: strongest)
        } else {
          phrases[existing].uses.append(Use(claim: claim, role: role))
        }
        return existing
      }
      indexByKey[stems] = phrases.count
      phrases.append(Phrase(stems: stems, text: text, uses: [Use(claim: claim, role: role)], weight: 0))
      return phrases.count - 1
    }
    for (index, claim) in map.claims.enumerated() {
      for word in claim.vocabulary.topic { add(word, claim: index, role: .topic) }
      for word in claim.vocabulary.affirm { add(word, claim: index, role: .affirm) }
      for word in claim.vocabulary.deny { add(word, claim: index, role: .deny) }
      for word in claim.vocabulary.requires {
        if let phrase = add(word, claim: index, role: .topic) { anchors[index, default: []].insert(phrase) }
      }
    }
    // A stem used by few claims says more about which claim a turn is about.
    var claimsByStem: [String: Set<Int>] = [:]
    for phrase in phrases {
      for stem in phrase.stems { claimsByStem[stem, default: []].formUnion(phrase.uses.map(\.claim)) }
    }
    let claimCount = Double(max(map.claims.count, 1))
    for i in phrases.indices {
      var weight = 0.0
      for stem in phrases[i].stems where !Self.isFunctionStem(stem) {
        let spread = Double(claimsByStem[stem]?.count ?? 1)
        weight += log(1 + claimCount / spread)
      }
      phrases[i].weight = weight
      byFirstStem[phrases[i].stems[0], default: []].append(i)
    }
    for key in byFirstStem.keys {
      byFirstStem[key]!.sort { phrases[$0].stems.count > phrases[$1].stems.count }
    }
  }

  private static let functionStems: Set<String> = Set(
    EnglishCues.stopwords.map { $0 } + Array(EnglishCues.negators))
  static func isFunctionStem(_ stem: String) -> Bool { functionStems.contains(stem) }

  /// A phrase found in a turn: which one, and the token range it covers.
  struct Match: Sendable {
    let phrase: Int
    let range: Range<Int>
  }

  /// Longest-first, non-overlapping matches of the lexicon's phrases in `tokens`.
  func matches(in tokens: [Token]) -> [Match] {
    var result: [Match] = []
    var i = 0
    while i < tokens.count {
      if Self.skippable.contains(tokens[i].word) {
        i += 1
        continue
      }
      var matched: Match?
      for candidate in byFirstStem[tokens[i].stem] ?? [] {
        if let end = self.end(of: phrases[candidate].stems, in: tokens, from: i) {
          matched = Match(phrase: candidate, range: i..<end)
          break
        }
      }
      if let matched {
        result.append(matched)
        i = matched.range.upperBound
      } else {
        i += 1
      }
    }
    return result
  }

  /// Where a phrase ends if it matches at `start`, skipping articles and possessives.
  private func end(of stems: [String], in tokens: [Token], from start: Int) -> Int? {
    var position = start
    for stem in stems {
      while position < tokens.count, Self.skippable.contains(tokens[position].word),
        tokens[position].stem != stem
      {
        position += 1
      }
      guard position < tokens.count, tokens[position].stem == stem else { return nil }
      position += 1
    }
    return position
  }
}
