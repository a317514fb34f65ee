/// The essay's claims and how they attack and support each other.
///
/// Loaded from `scenarios/argument-map.yaml` and checked against the text: every ref must name a
/// unit of the corpus, every relation a claim of the map.
public struct ArgumentMap: Sendable {
  public let claims: [Claim]
  /// Names for the text's actors: `russia` → `moscow`, `kremlin`, `putin`…, in file order.
  public let entities: [(name: String, aliases: [String])]
  /// The entities whose mention makes a turn about the text's subject.
  public let actors: Set<String>
  /// Groups of interchangeable words, for finding the sentence that says a thing differently.
  public let synonyms: [[String]]
  /// People the text names ("Xi Jinping", "Qin Gang"): what they said is a report of one
  /// person's view, whoever types their name in lower case.
  public let people: [String]
  /// Places and people the text never discusses ("India", "Macron").
  public let elsewhere: [String]
  /// What the text argues about, in a few words each, for turns it does not address.
  public let topics: [String]
  /// What the text grants the other side.
  public let concessions: [Concession]
  /// The text the map names (`text: {file, sha256}`), when it names one.
  public let text: TextIdentity?
  private let indexByID: [String: Int]

  public init(
    claims: [Claim], entities: [(name: String, aliases: [String])] = [], actors: [String]? = nil,
    people: [String] = [], synonyms: [[String]] = [], elsewhere: [String] = [], topics: [String] = [],
    text: TextIdentity? = nil, concessions: [Concession] = []
  ) {
    self.concessions = concessions
    self.people = people
    self.topics = topics
    self.text = text
    self.elsewhere = elsewhere
    self.claims = claims
    self.entities = entities
    self.actors = Set(actors ?? entities.map(\.name))
    self.synonyms = synonyms
    var index: [String: Int] = [:]
    for (i, claim) in claims.enumerated() where index[claim.id] == nil { index[claim.id] = i }
    indexByID = index
  }

  public static let builtInFileName = "argument-map.yaml"

  public func claim(_ id: String) -> Claim? { indexByID[id].map { claims[$0] } }

  /// Claims that list `id` among the claims they attack.
  public func attackers(of id: String) -> [Claim] { claims.filter { $0.attacks.contains(id) } }

  /// Claims that list `id` among the claims they support.
  public func supporters(of id: String) -> [Claim] { claims.filter { $0.supports.contains(id) } }

  /// Claims whose evidence or reported opposing view cites `ref`.
  public func claims(citing ref: UnitRef) -> [Claim] {
    claims.filter { $0.evidence.contains(ref) || $0.opposingRefs.contains(ref) }
  }
}
