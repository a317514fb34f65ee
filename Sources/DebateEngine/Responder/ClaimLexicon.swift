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
    /// Listed as a topic word by some claim: it names a subject, rather than only leaning.
    var namesTopic: Bool
    /// How much the phrase says about which claim a turn is about (0 for function words).
    var weight: Double
  }

  /// Articles and possessives skipped on both sides when matching phrases.
  static let skippable: Set<String> = [
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "them", "it",
  ]

  private(set) var phrases: [Phrase] = []
  /// For each claim with `requires` words: the phrases of which one must match.
  private(set) var anchors: [Int: Set<Int>] = [:]
  /// Every phrase that satisfies some claim's required name.
  private(set) var anchorPhrases: Set<Int> = []
  /// Phrase indices by first stem, longest phrase first.
  private var byFirstStem: [String: [Int]] = [:]

  init(map: ArgumentMap, analyzer: inout TextAnalyzer) {
    var indexByKey: [[String]: Int] = [:]
    @discardableResult
    func add(_ text: String, claim: Int, role: Role) -> Int? {
      let stems = Self.keys(of: analyzer.learnAndAnalyze(text)).map(\.key)
      // A phrase of several entity names only ("Kremlin and Zhongnanhai") would match every
      // mention of the two countries; it says nothing about a claim.
      let content = stems.filter { !Self.isFunctionStem($0) }
      guard stems.count > 0, content.count < 2 || content.contains(where: { !$0.hasPrefix("@") }) else {
        return nil
      }
      if let existing = indexByKey[stems] {
        if let same = phrases[existing].uses.firstIndex(where: { $0.claim == claim }) {
          let strongest = max(phrases[existing].uses[same].role, role)
          phrases[existing].uses[same] = Use(claim: claim, role: strongest)
        } else {
          phrases[existing].uses.append(Use(claim: claim, role: role))
        }
        if role == .topic { phrases[existing].namesTopic = true }
        return existing
      }
      indexByKey[stems] = phrases.count
      phrases.append(
        Phrase(
          stems: stems, text: text, uses: [Use(claim: claim, role: role)], namesTopic: role == .topic,
          weight: 0))
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
    // A longer phrase that contains a required name ("Trump's United States") satisfies it too.
    for (claim, required) in anchors {
      let names = Set(required.flatMap { phrases[$0].stems.filter { !Self.isFunctionStem($0) } })
      for (i, phrase) in phrases.enumerated() where phrase.uses.contains(where: { $0.claim == claim }) {
        if phrase.stems.contains(where: names.contains) { anchors[claim, default: []].insert(i) }
      }
    }
    anchorPhrases = anchors.values.reduce(into: []) { $0.formUnion($1) }
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
      // A set phrase of common words ("ups and downs") still names its subject, and a longer
      // phrase is more specific than its words alone.
      if weight == 0 && phrases[i].stems.count > 1 { weight = 1 }
      weight += 0.5 * Double(phrases[i].stems.count - 1)
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

  /// Words a phrase may skip between two of its own ("breaking the two apart" for "break apart").
  static let maximumGap = 3

  /// The matching keys of a text: stems, with each run of words naming one entity folded into
  /// `@entity` (so "relying on Moscow" matches "relying on the Kremlin"), articles skipped.
  static func keys(of text: AnalyzedText) -> [(key: String, range: Range<Int>)] {
    var keys: [(key: String, range: Range<Int>)] = []
    var i = 0
    let tokens = text.tokens
    while i < tokens.count {
      if let entity = text.entities[i] {
        var end = i + 1
        while end < tokens.count, text.entities[end] == entity, tokens[end].clause == tokens[i].clause {
          end += 1
        }
        keys.append(("@" + entity, i..<end))
        i = end
        continue
      }
      if !skippable.contains(tokens[i].word) { keys.append((tokens[i].stem, i..<(i + 1))) }
      i += 1
    }
    return keys
  }

  /// Longest-first, non-overlapping matches of the lexicon's phrases in a turn, in turn order.
  ///
  /// Exact phrases are found first; only then may a phrase match with short gaps in what is
  /// left, so "form a formal alliance" is "formal alliance", not "form … alliance".
  func matches(in text: AnalyzedText) -> [Match] {
    let keys = Self.keys(of: text)
    var covered = [Bool](repeating: false, count: keys.count)
    var found: [(match: Match, first: Int)] = []
    for gap in [0, Self.maximumGap] {
      var i = 0
      while i < keys.count {
        guard !covered[i] else {
          i += 1
          continue
        }
        var matched: (phrase: Int, last: Int)?
        for candidate in byFirstStem[keys[i].key] ?? [] where gap == 0 || phrases[candidate].stems.count > 1 {
          if let last = lastKey(
            of: phrases[candidate].stems, in: keys, from: i, gap: gap, covered: covered, text)
          {
            matched = (candidate, last)
            break
          }
        }
        guard let matched else {
          i += 1
          continue
        }
        let range = keys[i].range.lowerBound..<keys[matched.last].range.upperBound
        found.append((Match(phrase: matched.phrase, range: range), i))
        for k in i...matched.last { covered[k] = true }
        i = matched.last + 1
      }
    }
    return found.sorted { $0.first < $1.first }.map(\.match)
  }

  /// The index of the last key of a phrase matched at `start`, with gaps of at most `gap`
  /// uncovered keys in one clause.
  private func lastKey(
    of stems: [String], in keys: [(key: String, range: Range<Int>)], from start: Int, gap: Int,
    covered: [Bool],
    _ text: AnalyzedText
  ) -> Int? {
    let clause = text.tokens[keys[start].range.lowerBound].clause
    var last = start
    for stem in stems.dropFirst() {
      var found: Int?
      var probe = last + 1
      // An entity must follow at once ("before Xi" is not "before Russia and China").
      let allowed = stem.hasPrefix("@") ? 0 : gap
      while probe < keys.count, probe <= last + 1 + allowed, !covered[probe],
        text.tokens[keys[probe].range.lowerBound].clause == clause
      {
        if keys[probe].key == stem {
          found = probe
          break
        }
        // A gap never swallows a negation: "has no limits" is not "has limits".
        if !text.tokens[keys[probe].range.lowerBound].flags.isDisjoint(with: [.negator, .dismissal]) {
          break
        }
        probe += 1
      }
      guard let found else { return nil }
      last = found
    }
    return last
  }
}
