/// What the stance rules know about a word, looked up once per token instead of once per rule.
public struct WordFlags: OptionSet, Hashable, Sendable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  public static let stopword = WordFlags(rawValue: 1 << 0)
  public static let negator = WordFlags(rawValue: 1 << 1)
  public static let dismissal = WordFlags(rawValue: 1 << 2)
  public static let objectNegator = WordFlags(rawValue: 1 << 3)
  public static let contrastMarker = WordFlags(rawValue: 1 << 4)
  public static let concessionMarker = WordFlags(rawValue: 1 << 5)
  public static let reportingVerb = WordFlags(rawValue: 1 << 6)
  public static let thirdParty = WordFlags(rawValue: 1 << 7)
  public static let endorsement = WordFlags(rawValue: 1 << 8)
  public static let firstOrSecondPerson = WordFlags(rawValue: 1 << 9)
  public static let people = WordFlags(rawValue: 1 << 10)
  /// A name of one of the text's people ("xi", "qin"): set from the map, never from a list here.
  public static let namedPerson = WordFlags(rawValue: 1 << 11)
  /// A name of one of the text's places or states ("beijing", "kremlin"), from the map.
  public static let namedPlace = WordFlags(rawValue: 1 << 12)

  /// Every cue word with all its flags, built once from `EnglishCues`.
  static let table: [String: WordFlags] = {
    var table: [String: WordFlags] = [:]
    let sets: [(Set<String>, WordFlags)] = [
      (EnglishCues.stopwords, .stopword), (EnglishCues.negators, .negator),
      (EnglishCues.dismissals, .dismissal),
      (EnglishCues.objectNegators, .objectNegator), (EnglishCues.contrastMarkers, .contrastMarker),
      (EnglishCues.concessionMarkers, .concessionMarker), (EnglishCues.reportingVerbs, .reportingVerb),
      (EnglishCues.thirdParties, .thirdParty), (EnglishCues.endorsements, .endorsement),
      (EnglishCues.firstAndSecondPerson, .firstOrSecondPerson), (EnglishCues.people, .people),
    ]
    for (words, flag) in sets { for word in words { table[word, default: []].insert(flag) } }
    return table
  }()

  public init(word: String) { self = Self.table[word] ?? [] }
}
