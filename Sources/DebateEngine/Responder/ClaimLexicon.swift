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
  /// Phrase indices by first stem, longest phrase first.
  private var byFirstStem: [String: [Int]] = [:]

  init(map: ArgumentMap, analyzer: TextAnalyzer) {
    var indexByKey: [[String]: Int] = [:]
    @discardableResult
    func add(_ text: String, claim: Int, role: Role) -> Int? {
      let stems = Self.keys(of: analyzer.analyze(text, correct: false)).map(\.key)
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
      // A set phrase of common words ("ups and downs") still names its subject.
      if weight == 0 && phrases[i].stems.count > 1 { weight = 1 }
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

  /// Longest-first, non-overlapping matches of the lexicon's phrases in a turn.
  func matches(in text: AnalyzedText) -> [Match] {
    let keys = Self.keys(of: text)
    var result: [Match] = []
    var i = 0
    while i < keys.count {
      var matched: Match?
      for candidate in byFirstStem[keys[i].key] ?? [] {
        let stems = phrases[candidate].stems
        guard i + stems.count <= keys.count else { continue }
        if (0..<stems.count).allSatisfy({ keys[i + $0].key == stems[$0] }) {
          let range = keys[i].range.lowerBound..<keys[i + stems.count - 1].range.upperBound
          matched = Match(phrase: candidate, range: range)
          i += stems.count
          break
        }
      }
      if let matched { result.append(matched) } else { i += 1 }
    }
    return result
  }
}
