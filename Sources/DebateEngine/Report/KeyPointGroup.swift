/// The arguments a class made against the essay on one claim, grouped into key points.
///
/// In the manner of key point analysis, without a language model: each argument is matched
/// against the claim's own vocabulary in the map (its `affirm`, `deny` and `topic` words,
/// stemmed as the responder stems them), and the phrase that covers the most uncovered arguments
/// becomes the next key point, until every argument is covered or matches no phrase ("other").
/// Each key point shows its shortest argument as the example, and counts students and turns.
public struct KeyPointGroup: Hashable, Sendable {
  public struct KeyPoint: Hashable, Sendable {
    /// The map's phrase that groups these arguments, in the example's own words ("allies" for
    /// the map's "allied"); nil for those no phrase matched.
    public let phrase: String?
    /// The shortest argument of the group, as a student said it.
    public let example: String
    public let students: Int
    public let turns: Int
    /// Every distinct argument of the group, in the order said.
    public let arguments: [String]
  }

  public let claimID: String
  public let gist: ClaimGist
  /// Students who argued against the essay on this claim.
  public let students: Int
  public let points: [KeyPoint]

  public init(claim: Claim, arguments: [(student: String, text: String)], analyzer: TextAnalyzer) {
    claimID = claim.id
    gist = claim.gist
    students = Set(arguments.map(\.student)).count
    // Phrases that assert a side come before topic words when they cover as many arguments.
    let vocabulary = claim.vocabulary
    var phrases: [(phrase: String, stems: [String], rank: Int)] = []
    for (rank, list) in [vocabulary.affirm, vocabulary.deny, vocabulary.topic].enumerated() {
      for phrase in list {
        let tokens = analyzer.analyze(phrase, correct: false).tokens
        guard tokens.contains(where: { !EnglishCues.stopwords.contains($0.word) }) else { continue }
        if !phrases.contains(where: { $0.phrase == phrase }) {
          phrases.append((phrase, tokens.map(\.stem), rank))
        }
      }
    }
    let tokens = arguments.map { analyzer.analyze($0.text, correct: false).tokens }
    let stems = tokens.map { $0.map(\.stem) }
    let matches = phrases.map { phrase in
      Set(stems.indices.filter { stems[$0].containsRun(phrase.stems) })
    }
    var uncovered = Set(arguments.indices)
    var points: [KeyPoint] = []
    while !uncovered.isEmpty {
      let best = phrases.indices.max { a, b in
        let (x, y) = (matches[a].intersection(uncovered).count, matches[b].intersection(uncovered).count)
        if x != y { return x < y }
        if phrases[a].rank != phrases[b].rank { return phrases[a].rank > phrases[b].rank }
        if phrases[a].stems.count != phrases[b].stems.count {
          return phrases[a].stems.count < phrases[b].stems.count
        }
        return phrases[a].phrase > phrases[b].phrase
      }
      guard let best, !matches[best].intersection(uncovered).isEmpty else { break }
      let members = matches[best].intersection(uncovered).sorted()
      var point = Self.point(phrases[best].phrase, members, arguments)
      if let example = members.first(where: { arguments[$0].text == point.example }),
        let start = stems[example].firstRun(of: phrases[best].stems)
      {
        let words = tokens[example][start..<(start + phrases[best].stems.count)].map(\.word)
        point = KeyPoint(
          phrase: words.joined(separator: " "), example: point.example, students: point.students,
          turns: point.turns, arguments: point.arguments)
      }
      points.append(point)
      uncovered.subtract(members)
    }
    if !uncovered.isEmpty { points.append(Self.point(nil, uncovered.sorted(), arguments)) }
    self.points = points
  }

  private static func point(
    _ phrase: String?, _ members: [Int], _ arguments: [(student: String, text: String)]
  )
    -> KeyPoint
  {
    var distinct: [String] = []
    for index in members where !distinct.contains(arguments[index].text) {
      distinct.append(arguments[index].text)
    }
    let example = distinct.min { ($0.count, $0) < ($1.count, $1) } ?? ""
    return KeyPoint(
      phrase: phrase, example: example, students: Set(members.map { arguments[$0].student }).count,
      turns: members.count, arguments: distinct)
  }
}

extension Array where Element == String {
  /// Whether `phrase` stands in these words as a contiguous run.
  fileprivate func containsRun(_ phrase: [String]) -> Bool { firstRun(of: phrase) != nil }

  /// Where `phrase` first stands in these words as a contiguous run.
  fileprivate func firstRun(of phrase: [String]) -> Int? {
    guard !phrase.isEmpty, phrase.count <= count else { return nil }
    return (0...(count - phrase.count)).first { start in
      Array(self[start..<(start + phrase.count)]) == phrase
    }
  }
}
