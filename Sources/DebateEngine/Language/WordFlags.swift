/// What the stance rules know about a word, looked up once per token instead of once per rule.
struct WordFlags: OptionSet, Hashable, Sendable {
  let rawValue: UInt32
  init(rawValue: UInt32) { self.rawValue = rawValue }

  static let stopword = WordFlags(rawValue: 1 << 0)
  static let negator = WordFlags(rawValue: 1 << 1)
  static let dismissal = WordFlags(rawValue: 1 << 2)
  static let objectNegator = WordFlags(rawValue: 1 << 3)
  static let contrastMarker = WordFlags(rawValue: 1 << 4)
  static let concessionMarker = WordFlags(rawValue: 1 << 5)
  static let reportingVerb = WordFlags(rawValue: 1 << 6)
  static let thirdParty = WordFlags(rawValue: 1 << 7)
  static let endorsement = WordFlags(rawValue: 1 << 8)
  static let firstOrSecondPerson = WordFlags(rawValue: 1 << 9)
  static let people = WordFlags(rawValue: 1 << 10)
  /// A name of one of the text's people ("xi", "qin"): set from the map, never from a list here.
  static let namedPerson = WordFlags(rawValue: 1 << 11)
  /// A name of one of the text's places or states ("beijing", "kremlin"), from the map.
  static let namedPlace = WordFlags(rawValue: 1 << 12)

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

  init(word: String) { self = Self.table[word] ?? [] }
}
