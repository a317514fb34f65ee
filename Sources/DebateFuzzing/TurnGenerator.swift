public import DebateEngine

/// Builds student turns that no one would write but every reader must survive: the map's
/// vocabulary, the text's own words, the cue words, contractions, punctuation, odd Unicode and
/// raw bytes, in random order and length. Turn `n` depends only on the seed and `n`, so any
/// failure is replayed from those two numbers alone.
public struct TurnGenerator: Sendable {
  private let vocabulary: [String]
  private let textWords: [String]
  private let cues: [String]
  public let seed: UInt64

  /// Glue that rules look around: sentence ends, clause marks, quotes, contractions, chat.
  private static let glue = [
    ".", ",", "?", "!", ";", ":", "—", "–", "-", "…", "“", "”", "\"", "'", "(", ")", "[", "]",
    "n't", "'s", "'re", "dont", "cant", "isnt", "theyre", "its", "too", "so", "not", "no", "never",
    "but", "and", "or", "than", "more", "rather", "as", "unless", "if", "because", "yes", "nah",
    "lol", "tbh", "ok.", "So,", "me too", "not just", "far from", "anything but", "more than",
    "too … to", "the", "a", "is", "are", "was", "?!", "...", "\n", "\t", "  ",
  ]

  /// Characters that stress tokenizing and cleaning: combining marks, emoji with joiners,
  /// right-to-left text, control characters, a BOM, CJK, the replacement character.
  private static let oddities = [
    "e\u{301}", "👩‍👩‍👧", "🇨🇳", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{202E}abc", "中国和俄罗斯", "Россия",
    "\u{0}", "\u{7}", "\u{1B}[31m", "\r", "\u{FFFD}", "ﬁ", "Ⅻ", "٣", "\u{2028}", "¶2.5", "¶", "0", "1e9",
  ]

  public init(responder: Responder, seed: UInt64) {
    self.seed = seed
    vocabulary =
      responder.map.claims.flatMap {
        $0.vocabulary.topic + $0.vocabulary.affirm + $0.vocabulary.deny + [$0.statement]
      } + responder.map.entities.flatMap { [$0.name] + $0.aliases }
    textWords = responder.corpus.source.split(whereSeparator: \.isWhitespace).map(String.init)
    cues =
      Array(
        EnglishCues.negators.union(EnglishCues.dismissals).union(EnglishCues.contrastMarkers)
          .union(EnglishCues.concessionMarkers).union(EnglishCues.questionOpeners)
          .union(EnglishCues.reportingVerbs)
      ).sorted()
      + (EnglishCues.negatorPhrases + EnglishCues.dismissalPhrases + EnglishCues.preferenceMarkers
      + EnglishCues.rhetoricalOpeners).map { $0.joined(separator: " ") }
  }

  /// The `n`th turn of this generator's sequence.
  public func turn(_ n: UInt64) -> String {
    var random = SplitMix64(seed: seed &+ n &* 0x9E37_79B9_7F4A_7C15)
    let length = 1 + random.index(below: random.index(below: 4) == 0 ? 60 : 14)
    var pieces: [String] = []
    for _ in 0..<length {
      switch random.index(below: 10) {
      case 0...2: pieces.append(pick(vocabulary, &random))
      case 3...4: pieces.append(pick(textWords, &random))
      case 5...6: pieces.append(pick(cues, &random))
      case 7...8: pieces.append(pick(Self.glue, &random))
      default:
        pieces.append(random.index(below: 2) == 0 ? pick(Self.oddities, &random) : Self.bytes(&random))
      }
    }
    let separator = random.index(below: 5) == 0 ? "" : " "
    var turn = pieces.joined(separator: separator)
    if random.index(below: 4) == 0 { turn = turn.uppercased() }
    return turn
  }

  private func pick(_ list: [String], _ random: inout SplitMix64) -> String {
    list.isEmpty ? "" : list[random.index(below: list.count)]
  }

  /// A few random bytes, decoded leniently the way a terminal's input would be.
  private static func bytes(_ random: inout SplitMix64) -> String {
    let raw = (0..<(1 + random.index(below: 6))).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    return String(decoding: raw, as: UTF8.self)
  }

  /// Questions for turns to answer: each claim's statement asked yes or no, as an either/or,
  /// as a "why", and as a guest's view to agree with.
  public static func questions(of responder: Responder) -> [String] {
    responder.map.claims.flatMap { claim in
      [
        "Is it true that \(claim.statement)?", "\(claim.statement) Do you agree?",
        "Is it \(claim.statement), or \(claim.view)?", "Why do some say that \(claim.statement)?",
      ]
    } + ["Convinced?", "Alliance or axis?", "", "?", "or", "Why?", "Is it X, or?"]
  }
}
